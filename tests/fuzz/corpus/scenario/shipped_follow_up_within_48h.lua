-- follow_up.within_48h: writing the follow-up email to someone you met at an event, two days later.
-- First you replay Tuesday's conversation (what you hear there becomes facts); then each choice is a line
-- of the email, and the lines that mention something specific are offered only if you really heard it.

-- Noor's reply depends on how the whole email reads to her, which the lines add up in her trust.
local function reply_for(state)
  local t = state.trust.noor or 0
  if t >= 5 then return "warm_reply" end
  if t >= 1 then return "polite_reply" end
  return "forgotten"
end

-- Her warm reply answers the specific things your email contained.
local function warm_reply_text(state)
  local f = state.facts
  local parts = { "Hi! So nice to hear from you." }
  if f.sent_template then
    parts[#parts + 1] = "The template is exactly what I needed; the day-three check-in is going straight into "
      .. "our next study."
  end
  if f.sent_article then
    parts[#parts + 1] = "The voice-note piece is clever. I've already shared it with the team."
  end
  if f.wished_race then
    parts[#parts + 1] = "And thank you, the legs are as ready for Sunday as they'll ever be."
  end
  if f.mentioned_launch then
    parts[#parts + 1] = "Thanks for noticing the launch, too. It was a long eighteen months."
  end
  if f.mentioned_book then
    parts[#parts + 1] = "Glad the book is earning its keep!"
  end
  if f.asked_call then
    parts[#parts + 1] = "Twenty minutes next month sounds great. I'll send you some times."
  else
    parts[#parts + 1] = "Let's keep swapping notes on this."
  end
  return table.concat(parts, " ")
end

return {
  format = 1,
  version = 1,
  id = "follow_up.within_48h",
  title = "Within 48 hours",
  family = "follow_up",
  summary = "On Tuesday you met Noor, a research lead, at a meetup. It is Thursday morning: replay what she "
    .. "told you, then write the follow-up email that makes her remember you.",
  difficulty = 1,
  skills = { "listening", "empathy", "value_first" },
  cast = {
    noor = { name = "Noor Haddad", role = "Head of Research, Tandem" },
  },
  start = "recap",
  nodes = {
    -- Tuesday, replayed -------------------------------------------------------------------------
    recap = {
      speaker = "narrator",
      text = "Thursday, 9:10. On Tuesday evening, at the London UX Research meetup, you spent fifteen minutes "
        .. "with Noor Haddad, Head of Research at Tandem, which makes invoicing tools for freelancers. Before "
        .. "you write to her, you replay the conversation. It started by the drinks table, when she said: "
        .. "\"Our diary studies with freelancers keep collapsing in week two. It's driving me mad.\"",
      learn = { "met_at_meetup", "week_two_dropout" },
      choices = {
        { text = "Week two? What happens in week two?",
          to = "fb_dropout", score = { listening = 1 }, trust = { noor = 1 }, tags = { "follow_up_question" },
          feedback = "A follow-up on her own words invites her to explain the problem she cares about. "
            .. "Everything useful you can write on Thursday starts with questions like this on Tuesday." },
        { text = "Ha, ours did that too. We changed the study design and it stopped.",
          to = "fb_template", score = { value_first = 1 }, tags = { "share_resource" },
          feedback = "Sharing that you solved the same problem is genuinely useful to her. "
            .. "Asking one question first would have told you whether your fix fits her case." },
        { text = "Mm, research is hard. I'm at Shiftly, by the way; we do scheduling for gig workers.",
          to = "fb_self", score = { listening = -1 }, tags = { "topic_hijack", "generic_reply" },
          feedback = "She opened with the thing on her mind and you moved to your own introduction. "
            .. "'Research is hard' could follow anything she said." },
      },
    },

    fb_dropout = {
      speaker = "noor",
      text = "They sign up, they're keen, they write every day. Then a big job lands and the diary goes "
        .. "silent. Week two, every time.",
      cue = "She is talking faster now. This is clearly on her mind.",
      learn = { "big_job_lands" },
      choices = {
        { text = "So the people you most need to hear from vanish when they're busiest.",
          to = "fb_template", score = { listening = 2 }, trust = { noor = 1 }, tags = { "paraphrase" },
          feedback = "You put her problem in one sharp sentence, which tells her you got it. "
            .. "A good paraphrase often makes people want to keep talking to you." },
        { text = "Have you tried paying them more?",
          to = "fb_money", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "A fair follow-up question, though a fairly obvious one; it still keeps her talking about "
            .. "her problem. She probably tried that first." },
        { text = "Yeah, recruitment's always hard, isn't it. How big is your team at Tandem?",
          to = "fb_team", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "You changed the subject just as she got specific. "
            .. "The detail you steered away from is the one you would need on Thursday." },
      },
    },

    fb_money = {
      speaker = "noor",
      text = "We tried. It isn't the money, it's time. The busiest weeks are exactly the ones we need to see.",
      cue = "She shrugs, a little deflated.",
      learn = { "time_not_money" },
      choices = {
        { text = "Same for us. A shorter study fixed it.",
          to = "fb_template", score = { value_first = 1 }, trust = { noor = 1 }, tags = { "share_resource" },
          feedback = "You offered your own experience exactly where her problem is, time, not money. "
            .. "That is relevant information, the most useful kind of value." },
        { text = "Huh. Yeah, that's a really tricky one, then.",
          to = "fb_marathon", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "She gave you a sharp insight and got a shrug back. "
            .. "A short reply is fine; an empty one ends the thread." },
      },
    },

    fb_template = {
      speaker = "noor",
      text = "Wait, you've had this too? How did you fix it?",
      cue = "She puts her glass down and turns to face you fully.",
      choices = {
        { text = "Five-day diary, day-three check-in. I'll send you our template.",
          to = "fb_marathon", learn = { "promised_template" }, score = { value_first = 1 }, trust = { noor = 1 },
          tags = { "offer_help" },
          feedback = "A concrete answer and a concrete offer. "
            .. "Now you have a promise to keep, and a reason to write that is about her, not you." },
        { text = "Mostly luck, honestly. We over-recruited and hoped for the best.",
          to = "fb_marathon", score = { value_first = -1 }, tags = { "generic_reply" },
          feedback = "Self-deprecating, but it leaves her with nothing, and you did have something real. "
            .. "If you know what worked, say it." },
      },
    },

    fb_self = {
      speaker = "noor",
      text = "Oh, Shiftly. I've heard of you. Nice.",
      cue = "She nods politely, but her eyes drift to her phone.",
      choices = {
        { text = "Sorry, I cut across you. What happens in week two?",
          to = "fb_dropout", score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "notice_cue", "follow_up_question" },
          feedback = "You noticed her attention slipping and gave the conversation back to her problem. "
            .. "Catching your own detour is a listening skill too." },
        { text = "Yeah, we're growing fast. I actually lead research ops there now.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          feedback = "Her glance at her phone was a sign she was drifting, and more about you pushed her further. "
            .. "You will have little of hers to mention on Thursday." },
      },
    },

    fb_team = {
      speaker = "noor",
      text = "Four of us. Two are brand new, which is lovely and also total chaos.",
      cue = "She laughs, but it sounds tired.",
      choices = {
        { text = "Two new people at once is a lot to carry.",
          to = "fb_marathon", score = { empathy = 1 }, trust = { noor = 1 }, tags = { "name_emotion" },
          feedback = "You heard the tired laugh and named the load without fuss. "
            .. "It is a small thing, and people remember being understood." },
        { text = "Nice, that's a good size. We're only three at Shiftly.",
          to = "fb_marathon", score = { listening = -1 }, tags = { "miss_cue", "self_focus" },
          feedback = "The 'total chaos' and the tired laugh were an opening, and this reply let it pass. "
            .. "Respond to the feeling, not only the number." },
      },
    },

    fb_marathon = {
      speaker = "noor",
      text = "Anyway, I should head off soon. I'm running the Hackney Half on Sunday and I promised myself "
        .. "an early night.",
      cue = "She checks the time and reaches for her coat.",
      learn = { "hackney_half" },
      choices = {
        { text = "Go, get your early night. Can I email you this week?",
          to = "fb_goodbye", score = { empathy = 1, listening = 1 }, trust = { noor = 1 },
          tags = { "notice_cue", "respect_time" },
          feedback = "You read the coat as the end and made leaving easy for her, while setting up your email. "
            .. "Ending on time is part of being remembered well." },
        { text = "Good luck Sunday! Before you go, any book you'd recommend on diary studies?",
          to = "fb_book", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "A quick question she can answer in a sentence while putting her coat on. "
            .. "It also gives you something to thank her for later." },
        { text = "Oh, one more thing about recruitment, actually, because we also had...",
          to = "fb_goodbye", score = { listening = -1, empathy = -1 }, trust = { noor = -1 },
          tags = { "miss_cue", "self_focus" },
          feedback = "She told you she was leaving and why; starting a new topic ignores both. "
            .. "Save it for the email, where she can read it when she chooses." },
      },
    },

    fb_book = {
      speaker = "noor",
      text = "Just Enough Research, by Erika Hall. Short, honest, and cheap. Right, I'm off!",
      cue = "She is already walking backwards towards the door, smiling.",
      learn = { "book_tip" },
      choices = {
        { text = "Thanks! Good luck on Sunday.",
          to = "fb_goodbye", score = { empathy = 1 }, tags = { "gratitude", "respect_time" },
          feedback = "Thanks and a warm send-off, in five words, as she leaves. Exactly the right length." },
        { text = "Wait, which chapter is best for diary studies?",
          to = "fb_goodbye", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "She is walking out of the door; a detail question here holds her up for something you can "
            .. "find yourself. Let her go." },
      },
    },

    fb_goodbye = {
      speaker = "narrator",
      text = "And then she was gone into the evening. That was Tuesday. Now it is Thursday, and her card is "
        .. "on your desk.",
      choices = {
        { text = "(Look at her LinkedIn before writing.)",
          to = "linkedin", score = { empathy = 1 }, tags = { "perspective" },
          feedback = "Checking what is happening in her world this week means you write to her as she is now. "
            .. "Two minutes of looking often gives you the best line." },
        { text = "(Start writing now, while it's all still fresh.)",
          to = "subject", tags = { "follow_through" },
          feedback = "Writing while Tuesday is fresh is the most important thing you can do, so this is fine. "
            .. "A quick look at her recent news might have given you one more thing to say." },
      },
    },

    linkedin = {
      speaker = "narrator",
      text = "Her newest post, from yesterday: Tandem has launched late-payment reminders, \"after eighteen "
        .. "months of research with freelancers who chase invoices at midnight\".",
      learn = { "launch_post" },
      choices = {
        { text = "(Open the draft.)",
          to = "subject", tags = { "perspective" },
          feedback = "Now you know what she is proud of this week as well as what worries her. "
            .. "Both can make an email feel written for her alone." },
      },
    },

    -- Thursday: the email, line by line ----------------------------------------------------------
    subject = {
      speaker = "narrator",
      text = "New email to Noor Haddad. First, the subject line. Her inbox, you suspect, holds a dozen "
        .. "'Great to meet you' emails from Tuesday.",
      choices = {
        { text = "Subject: The 5-day diary template I promised",
          when = "promised_template",
          to = "greeting", score = { listening = 1, value_first = 1 }, trust = { noor = 1 },
          tags = { "recall_detail", "follow_through" },
          feedback = "The subject alone tells her who you are and that you kept your word. "
            .. "It also promises something useful inside." },
        { text = "Subject: Week-two dropout, an idea",
          when = "big_job_lands",
          to = "greeting", score = { listening = 1 }, trust = { noor = 1 }, tags = { "recall_detail" },
          feedback = "It names her own problem in her own words, so she will open it. "
            .. "Specific beats friendly in a crowded inbox." },
        { text = "Subject: Following up",
          to = "greeting", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "It tells her nothing about who you are or why to open it. "
            .. "A subject that names something from your talk does the remembering for her." },
        { text = "Subject: Great to meet you at the London UX Research meetup on Tuesday!",
          to = "greeting", tags = { "generic_reply" },
          feedback = "It places you, which helps, but it is what everyone from Tuesday will write. "
            .. "Name something only the two of you talked about." },
      },
    },

    greeting = {
      speaker = "narrator",
      text = "The first line.",
      choices = {
        { text = "Hi Noor, great to meet you at Tuesday's meetup.",
          to = "context", score = { empathy = 1 }, trust = { noor = 1 }, tags = { "perspective" },
          feedback = "Warm, short, and it tells her at once where you met, which saves her the work of placing "
            .. "you. Plain is good here." },
        { text = "Hi Noor, congratulations on the late-payment reminders launch!",
          when = "launch_post",
          to = "context", gives = true, learn = { "mentioned_launch" },
          score = { empathy = 1, value_first = 1 }, trust = { noor = 1 }, tags = { "celebrate", "recall_detail" },
          feedback = "Celebrating a milestone she posted about this week shows you pay attention to her work, "
            .. "not only to your own goals. It costs you one line." },
        { text = "Hi Noor, you probably won't remember me, but we spoke briefly on Tuesday...",
          to = "context", score = { empathy = -1 }, trust = { noor = -1 }, tags = { "self_focus" },
          feedback = "Opening with self-doubt makes her reassure you before she has read anything. "
            .. "Assume the conversation mattered; it did." },
        { text = "Dear Ms Haddad, I hope this email finds you well.",
          to = "context", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Formal and empty: it could open any email to anyone. "
            .. "You had a real conversation; write like it." },
      },
    },

    context = {
      speaker = "narrator",
      text = "The line that reminds her who you are.",
      choices = {
        { text = "I keep thinking about your week-two problem, when a big job lands.",
          when = "big_job_lands",
          to = "value", score = { listening = 2 }, trust = { noor = 1 }, tags = { "recall_detail", "paraphrase" },
          feedback = "You gave back the exact detail she told you, in a way that shows you understood why it "
            .. "matters. She will remember the conversation the moment she reads it." },
        { text = "Good luck for the Hackney Half on Sunday!",
          when = "hackney_half",
          to = "value", learn = { "wished_race" }, score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "recall_detail" },
          feedback = "A personal detail, remembered and timed right, before the race rather than after. "
            .. "Small and human, and it tells her you were listening to her, not only to the shop talk." },
        { text = "I really enjoyed our chat about research and all the challenges in our field.",
          to = "value", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Pleasant, but it could be sent to anyone from Tuesday. "
            .. "One specific detail would do more than a paragraph of warmth." },
        { text = "Remind me, what was the recruiting issue you mentioned? I want to get it right.",
          to = "value", score = { listening = -1 }, trust = { noor = -1 }, tags = { "ask_again" },
          feedback = "It was the first thing she told you, and now she has to tell you again. "
            .. "If you have lost a detail, leave it out rather than asking her to repeat it." },
      },
    },

    value = {
      speaker = "narrator",
      text = "The line that gives her something.",
      choices = {
        { text = "As promised, here's our five-day template; the day-three check-in is what kept people.",
          when = "promised_template",
          to = "ask", gives = true, learn = { "sent_template" }, score = { value_first = 2, listening = 1 },
          trust = { noor = 2 }, tags = { "follow_through", "share_resource", "recall_detail" },
          feedback = "You kept a promise within two days and pointed her to the part that matters. "
            .. "Following through is the most convincing thing a new contact can do." },
        { text = "Since it's time, not money: here's a piece on two-minute voice-note diaries.",
          when = "time_not_money",
          to = "ask", gives = true, learn = { "sent_article" }, score = { value_first = 1, listening = 1 },
          trust = { noor = 1 }, tags = { "share_resource", "recall_detail" },
          feedback = "The resource fits the exact insight she gave you, so it shows both listening and "
            .. "thought. Relevant beats impressive." },
        { text = "If there's ever anything at all I can do to help with your research, just let me know!",
          to = "ask", score = { listening = -1 }, tags = { "offer_help", "generic_reply" },
          feedback = "Kindly meant, but an open offer leaves her to invent a use for you, so few people take it up. "
            .. "Offer one specific thing instead." },
        { text = "I've attached my portfolio and CV, in case Tandem is ever hiring.",
          to = "ask", asks = true, score = { value_first = -1 }, trust = { noor = -1 },
          tags = { "self_focus", "premature_ask" },
          feedback = "A CV in a first follow-up turns the conversation into a job application she did not invite. "
            .. "Let her know you as a peer first." },
      },
    },

    ask = {
      speaker = "narrator",
      text = "How do you close? Ask for something, or not?",
      choices = {
        { text = "Could we do twenty minutes next month? I'd love to hear how week two goes.",
          to = "signoff", asks = true, learn = { "asked_call" }, score = { value_first = 1 }, trust = { noor = 1 },
          tags = { "specific_ask" },
          feedback = "Small, specific, a sensible distance away, and tied to her problem rather than your needs. "
            .. "An ask like this is easy to accept and easy to decline." },
        { text = "No need to reply; I just wanted to send this over.",
          to = "signoff", score = { empathy = 1 }, trust = { noor = 1 }, tags = { "respect_time" },
          feedback = "You took the pressure of a reply off a busy person, which she will appreciate. "
            .. "The risk is small: the thread may simply rest until you write again." },
        { text = "Anyway, let me know if you'd ever fancy grabbing a coffee or something at some point!",
          to = "signoff", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          feedback = "'At some point' asks her to do the planning and is easy to leave unanswered. "
            .. "A clear, small request is kinder than an open one." },
        { text = "Is Tandem hiring researchers at the moment, by any chance?",
          to = "signoff", asks = true, score = { value_first = -1 }, trust = { noor = -1 },
          tags = { "premature_ask" },
          feedback = "After one conversation this reframes everything before it as a job hunt. "
            .. "If you want to work there, the relationship has to come first." },
      },
    },

    signoff = {
      speaker = "narrator",
      text = "The sign-off.",
      choices = {
        { text = "PS: Started Just Enough Research on your tip. Already useful.",
          when = "book_tip",
          to = "review", gives = true, learn = { "mentioned_book" }, score = { listening = 1, empathy = 1 },
          trust = { noor = 1 }, tags = { "gratitude", "recall_detail" },
          feedback = "Telling someone their advice worked is one of the best gifts you can give a new contact. "
            .. "It also shows you act on what people tell you." },
        { text = "Thanks again for the chat. Best wishes.",
          to = "review", tags = { "gratitude" },
          feedback = "A clean, friendly close. Nothing wrong with it; nothing memorable either." },
        { text = "Looking forward to hearing back from you very soon, hopefully this week!",
          to = "review", score = { empathy = -1 }, tags = { "generic_reply" },
          feedback = "It sounds friendly, but it quietly tells her she owes you a reply. "
            .. "Close on thanks rather than on expectation." },
      },
    },

    review = {
      speaker = "narrator",
      text = "You read the email through once. It is 9:40 on Thursday, about thirty-eight hours since you "
        .. "said goodbye.",
      discuss = "Which line in your email could only have been written by someone who was in that conversation?",
      choices = {
        { text = "(Send it.)",
          to = reply_for, can_go = { "warm_reply", "polite_reply", "forgotten" }, tags = { "follow_through" },
          feedback = "Sent inside the 48 hours, while she still remembers your face. "
            .. "Her reply will tell you how much of the email was about her." },
        { text = "(Leave it in drafts and polish it at the weekend.)",
          to = "never_sent", score = { value_first = -1 }, tags = { "miss_cue" },
          feedback = "Tuesday fades fast on both sides, and a good email sent now beats a perfect one next week. "
            .. "If you promised her something, the delay is also a broken promise." },
      },
    },

    -- endings ------------------------------------------------------------------------------------
    warm_reply = {
      speaker = "noor",
      text = warm_reply_text,
      cue = "Her reply arrives before lunch.",
      ending = "warm_reply", grade = "good",
    },
    polite_reply = {
      speaker = "noor",
      text = "Thanks so much, great to meet you too! Good luck with everything.",
      cue = "A reply arrives the next day, two lines long.",
      ending = "polite_reply", grade = "mixed",
    },
    forgotten = {
      speaker = "noor",
      text = "Hi! Sorry, remind me where we met? Tuesday was a bit of a blur.",
      cue = "The reply comes a week later.",
      ending = "forgotten", grade = "poor",
    },
    never_sent = {
      speaker = "narrator",
      text = "Saturday is busy. Sunday she runs her race. On Wednesday you open the draft again, and it has been "
        .. "eight days. Writing now would feel strange, so you don't.",
      ending = "never_sent", grade = "poor",
    },
  },
  debrief = {
    listening = "A follow-up is a listening test you take two days later. The lines that worked all came from "
      .. "something Noor said: her week-two problem, the race, the book. Ask questions at the event so you "
      .. "have something real to write.",
    empathy = "She gets many of these emails. Place yourself in her first line, keep it short, and don't make "
      .. "her do work: no reassuring you, no repeating herself, no reply owed.",
    value_first = "Send the thing you promised, or something that fits her problem, before asking for anything. "
      .. "Then make one small, specific ask she can say yes or no to in a line.",
  },
}
