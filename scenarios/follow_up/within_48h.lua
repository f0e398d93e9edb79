-- follow_up.within_48h: writing the follow-up email to someone you met at an event, two days later.
-- First you replay Tuesday's conversation (what you hear there becomes facts); then each choice is a line
-- of the email, and the lines that mention something specific are offered only if you really heard it.
-- Facts heard on Tuesday: week_two_dropout, big_job_lands, time_not_money, promised_template,
-- hackney_half, book_tip; on Thursday: launch_post. Each email line is also a fact (its key in LINES),
-- so the draft shown after every line, her reply and the ending all come from what you wrote.

-- The email lines, by key. A choice's text is its line; picking it learns the key.
local LINES = {
  subj_template = "Subject: The five-day diary template I promised",
  subj_weektwo = "Subject: Week-two dropout, one idea",
  subj_following = "Subject: Following up",
  subj_meetup = "Subject: Great to meet you at the London UX Research meetup on Tuesday!",
  subj_quick_q = "Subject: Quick question",
  greet_plain = "Hi Noor, great to meet you at Tuesday's meetup.",
  greet_launch = "Hi Noor, congratulations on the late-payment reminders launch!",
  greet_sorry = "Hi Noor, you probably won't remember me, but we spoke briefly on Tuesday...",
  greet_week = "Hi Noor, hope your week is going well!",
  ctx_weektwo = "I keep thinking about your week-two problem, when a big job lands.",
  ctx_race = "Good luck for the Hackney Half on Sunday!",
  ctx_generic = "I really enjoyed our chat about research and all the challenges in our field.",
  ctx_wrong = "Sorry, remind me: was it recruitment you were struggling with, or retention?",
  val_template = "As promised, here's our five-day template; the day-three check-in is what kept people.",
  val_article = "Since it's time, not money: here's a piece on two-minute voice-note diaries.",
  val_anything = "If there's ever anything at all I can do to help with your research, just let me know!",
  val_deck = "I've attached a short deck on how we run research ops at Shiftly, in case it's useful.",
  ask_call = "Could we do twenty minutes next month? I'd love to hear how week two goes.",
  ask_noreply = "No need to reply; I just wanted to send this over.",
  ask_coffee = "Let me know if you'd ever fancy grabbing a coffee or something at some point!",
  ask_hiring = "Is Tandem hiring researchers at the moment, by any chance?",
  ps_book = "Thanks again. PS: I started Just Enough Research on your tip; chapter four already helped.",
  so_thanks = "Thanks again for the chat. Best wishes.",
  so_soon = "Looking forward to hearing back from you very soon, hopefully this week!",
}

-- The draft's parts, in the order they appear in the email.
local PARTS = {
  { "subj_template", "subj_weektwo", "subj_following", "subj_meetup", "subj_quick_q" },
  { "greet_plain", "greet_launch", "greet_sorry", "greet_week" },
  { "ctx_weektwo", "ctx_race", "ctx_generic", "ctx_wrong" },
  { "val_template", "val_article", "val_anything", "val_deck" },
  { "ask_call", "ask_noreply", "ask_coffee", "ask_hiring" },
  { "ps_book", "so_thanks", "so_soon" },
}

-- The email as written so far: what the player sees after each line (the narrator's reply).
-- The context line and the body share a paragraph.
local function draft(state)
  local got = {}
  for i, part in ipairs(PARTS) do
    for _, key in ipairs(part) do
      if state.facts[key] then got[i] = LINES[key] end
    end
  end
  local body = got[3] and got[4] and (got[3] .. " " .. got[4]) or got[3] or got[4]
  local list = { got[1], got[2], body, got[5], got[6] }
  local paras = {}
  for i = 1, 5 do
    if list[i] then paras[#paras + 1] = list[i] end
  end
  return "Your draft so far:\n\n" .. table.concat(paras, "\n\n")
end

-- Noor's reply depends on how the conversation and the email added up for her (her trust), and on
-- whether the email turned into a job enquiry.
local function reply_for(state)
  local t = state.trust.noor
  if state.facts.ask_hiring then return t >= 4 and "job_polite" or "job_reply" end
  -- Six days later, she has had a weekend, a race and a full inbox since Tuesday: the best an email
  -- can earn then is a polite answer.
  if state.facts.waited then return t >= 4 and "polite_reply" or "forgotten" end
  if t >= 7 then return "warm_reply" end
  if t >= 2 then return "polite_reply" end
  return "forgotten"
end

-- Her warm reply answers the specific things your email contained.
local function warm_reply_text(state)
  local f = state.facts
  local parts = { "Hi! So nice to hear from you." }
  if f.val_template then
    parts[#parts + 1] = "The template is exactly what I needed; the day-three check-in is going straight into "
      .. "our next study."
  end
  if f.val_article then
    parts[#parts + 1] = "The voice-note piece is clever. I've already shared it with the team."
  end
  if f.ctx_weektwo and not f.val_template and not f.val_article then
    parts[#parts + 1] = "And yes, week two is still haunting me."
  end
  if f.ctx_race then
    parts[#parts + 1] = "Thank you for the race wishes; the legs are as ready for Sunday as they'll ever be."
  end
  if f.greet_launch then
    parts[#parts + 1] = "Thanks for noticing the launch, too. It was a long eighteen months."
  end
  if f.ps_book then
    parts[#parts + 1] = "Glad the book is earning its keep!"
  end
  if f.ask_call then
    parts[#parts + 1] = "Twenty minutes next month sounds great. I'll send you some times."
  else
    parts[#parts + 1] = "Let's keep swapping notes on this."
  end
  return table.concat(parts, " ")
end

-- Her polite reply still thanks you for what was actually in the email.
local function polite_reply_text(state)
  local f = state.facts
  if f.val_template then
    return "Thanks so much for the template, great to meet you too! Good luck with everything."
  elseif f.val_article then
    return "Thanks for the article, great to meet you too! Good luck with everything."
  end
  return "Thanks so much, great to meet you too! Good luck with everything."
end

return {
  format = 1,
  version = 2,
  id = "follow_up.within_48h",
  title = "Within 48 hours",
  family = "follow_up",
  summary = "On Tuesday you met Noor, a research lead, at a meetup. It is Thursday morning: replay what she "
    .. "told you, then write the follow-up email that makes her remember you.",
  difficulty = 1,
  skills = { "listening", "empathy", "value_first" },
  homework = "Within two days of your next event, send one person you met a message that names one thing "
    .. "they told you and gives them one thing that fits it.",
  cast = {
    noor = { name = "Noor Haddad", role = "Head of Research, Tandem", portrait = "teal_headscarf" },
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
        { id = "ours_too",
          text = "Ha, ours did that too. We changed the study design and it stopped.",
          to = "fb_fix", score = { listening = -1, value_first = 1 }, tags = { "share_resource" },
          reply = "She looks up from her glass. \"Wait, it stopped? Just like that?\"",
          feedback = "Useful news for her, but you jumped to your fix before she had said what goes wrong. "
            .. "One question first would have told you whether your fix fits her case." },
        { id = "self_intro",
          text = "Mm, research is hard. I'm at Shiftly, by the way; we do scheduling for gig workers.",
          to = "fb_self", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "generic_reply" },
          feedback = "She opened with the thing on her mind and you moved to your own introduction. "
            .. "'Research is hard' could follow anything she said, and it skips past 'driving me mad'." },
        { id = "maddening",
          text = "Every study, the same week? No wonder it's driving you mad.",
          to = "fb_dropout", score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "paraphrase", "name_emotion" },
          reply = "\"Every single one. Like clockwork.\"",
          thought = "Yes. Somebody gets it.",
          feedback = "You gave back the pattern she described and named her frustration without inflating it. "
            .. "She heard that you understood both the problem and how it feels, and she keeps going." },
        { id = "q_week_two",
          text = "Week two? What happens in week two?",
          to = "fb_dropout", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "A follow-up on her own words invites her to explain the problem she cares about. "
            .. "Everything useful you can write on Thursday starts with questions like this on Tuesday." },
      },
    },

    fb_dropout = {
      speaker = "noor",
      mood = "thinking",
      text = "They sign up, they're keen, they write every day. Then a big job lands and the diary goes "
        .. "silent. Week two, every time.",
      cue = "She is talking faster now. This is clearly on her mind.",
      learn = { "big_job_lands" },
      choices = {
        { id = "team_size",
          text = "Recruitment's always hard, isn't it. How big is your team at Tandem?",
          to = "fb_team", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "topic_hijack", "dismiss" },
          feedback = "She was talking faster because this is on her mind, and 'always hard, isn't "
            .. "it' waved it off before you changed the subject. The detail you steered away from "
            .. "is the one you would need on Thursday." },
        { id = "pay_more",
          text = "Have you tried paying them more?",
          to = "fb_money", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "We tried that.",
          feedback = "A fair, direct question that stays on her problem, and her answer tells you what the real "
            .. "constraint is. Good questions are often the plain ones." },
        { id = "fix_now",
          text = "Make the diary shorter. Five days, tops. That's what fixed ours.",
          to = "fb_fix", score = { listening = -1, value_first = 1 }, tags = { "share_resource" },
          reply = "Five days? Hm. We tried seven and it still collapsed.",
          feedback = "The advice is real, but it arrives as an instruction while she is still explaining. "
            .. "Hearing her out first would have made the same tip land as help rather than a verdict." },
        { id = "vanish",
          text = "So the people you most need go quiet exactly when they're busiest.",
          to = "fb_fix", score = { listening = 2 }, trust = { noor = 1 }, tags = { "paraphrase" },
          reply = "Yes! Exactly that. The busy weeks are the whole point of the study. Wait, have you run "
            .. "these yourself?",
          thought = "That's it exactly. I've never put it that well.",
          feedback = "You put her problem in one sharp sentence, which tells her you got it. "
            .. "A good paraphrase often makes people want to keep talking to you." },
      },
    },

    fb_money = {
      speaker = "noor",
      mood = "sad",
      text = "It isn't the money, though, it's time. The busiest weeks are exactly the ones we need to see.",
      cue = "She shrugs, a little deflated.",
      learn = { "time_not_money" },
      choices = {
        { id = "tricky",
          text = "Huh. Yeah, that's a tricky one, then.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "miss_cue" },
          reply = "Mm. It is.",
          feedback = "She gave you a sharp insight and shrugged, deflated, and got a shrug back. A "
            .. "short reply is fine; an empty one ends the thread and leaves her flat." },
        { id = "same_for_us",
          text = "Same for us. What fixed it was a shorter study, not a bigger fee.",
          to = "fb_fix", score = { listening = 1, value_first = 1 }, trust = { noor = 1 },
          tags = { "share_resource" },
          reply = "Shorter? Go on.",
          thought = "Finally, someone who's actually solved it.",
          feedback = "You offered your own experience exactly where her problem is: time, not money. "
            .. "Relevant information is the most useful kind of value." },
        { id = "bonus",
          text = "What about a bonus for finishing, paid at the end?",
          to = "fb_marathon", score = { listening = -1 }, tags = { "ask_again" },
          reply = "Tried that too. Honestly, it's time, not money.",
          feedback = "She had just told you money is not the problem, and a bonus is more money. "
            .. "When someone corrects your first guess, build on the correction." },
      },
    },

    fb_fix = {
      speaker = "noor",
      mood = "surprised",
      text = "Tell me what you did. I'm genuinely stuck.",
      cue = "She puts her glass down and turns to face you fully.",
      choices = {
        { id = "saga",
          text = "Honestly, it took us a year of trial and error. Product fought me on every single change.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "Ugh, I know that fight.",
          feedback = "She asked what worked and got the story of your struggle instead. "
            .. "Give her the thing she can use first; the saga can come later, if she asks." },
        { id = "template",
          text = "Five-day diary, a check-in call on day three. I'll send you our template.",
          to = "fb_marathon", gives = true, learn = { "promised_template" }, trust = { noor = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          reply = "Oh, would you? Yes please. Day three, I'm writing that down.",
          thought = "A template. That would save me a month.",
          feedback = "A concrete answer and a concrete offer, fitted to the exact problem she described. "
            .. "Now you have a promise to keep, and a reason to write that is about her, not you." },
        { id = "what_tried",
          text = "What have you tried so far?",
          to = "fb_tried", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "Asking what she has tried before offering your fix makes sure your answer will fit her "
            .. "case, and it keeps her talking about her problem." },
      },
    },

    fb_tried = {
      speaker = "noor",
      mood = "sad",
      text = "Paying more. Reminders at eight in the evening. Shorter prompts. Nothing gets people past day ten, "
        .. "and it isn't the money; it's time.",
      cue = "She counts them off on her fingers, then lets the hand drop.",
      learn = { "time_not_money" },
      choices = {
        { id = "nine_pm",
          text = "Eight's early for freelancers. We found ten at night got more replies.",
          to = "fb_marathon", score = { listening = 1, value_first = 1 }, tags = { "share_resource" },
          reply = "Ten? Huh. Maybe.",
          feedback = "A real tip on a detail she gave you, so it shows you listened. "
            .. "It tunes the reminders, though, when she just told you the problem is time, not timing." },
        { id = "template_after",
          text = "Then it's the length. Ours held at five days with a call on day three; I'll send you the template.",
          to = "fb_marathon", gives = true, learn = { "promised_template" }, trust = { noor = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          reply = "Five days and a call. Yes, please send it.",
          thought = "That's the piece I haven't tried.",
          feedback = "You used her list to find the gap, the length of the study, and offered the thing that "
            .. "fills it. A give that fits what someone has already tried is the one they use." },
        { id = "tried_everything",
          text = "Huh. Sounds like you've tried everything, then.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "miss_cue" },
          reply = "Feels like it.",
          feedback = "She listed what failed so you could build on it, and let her hand drop; the "
            .. "reply closes the topic instead of meeting that. You had the piece she is missing." },
      },
    },

    fb_self = {
      speaker = "noor",
      mood = "neutral",
      text = "Oh, Shiftly. I've heard of you. Nice.",
      cue = "She nods politely, but her eyes drift to her phone.",
      choices = {
        { id = "grow_fast",
          text = "Yeah, we're growing fast. I actually lead research ops there now.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          reply = "Oh, nice.",
          feedback = "Her glance at her phone was a sign she was drifting, and more about you pushed her further. "
            .. "You will have little of hers to mention on Thursday." },
        { id = "her_work",
          text = "You're on the research team there, right?",
          to = "fb_dropout", score = { listening = -1 }, tags = { "ask_again", "miss_cue" },
          reply = "I run it, actually. Diary studies, mostly, which is the thing driving me mad.",
          feedback = "It sounds interested, but she opened the conversation with what she is working on and "
            .. "what is going wrong with it, and her eyes are on her phone. Asking again tells her it did not land." },
        { id = "back_to_her",
          text = "Sorry, I cut across you. What happens in week two?",
          to = "fb_dropout", score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "notice_cue", "follow_up_question" },
          reply = "Oh! Right. Week two.",
          thought = "Oh, they did hear me. Okay.",
          feedback = "You noticed her attention slipping and gave the conversation back to her problem. "
            .. "Catching your own detour is a listening skill too." },
      },
    },

    fb_team = {
      speaker = "noor",
      mood = "neutral",
      text = "Four of us. Two are brand new, which is lovely and also total chaos.",
      cue = "She laughs, but it sounds tired.",
      choices = {
        { id = "two_new",
          text = "Two new people at once is a lot to carry.",
          to = "fb_marathon", score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "name_emotion" },
          reply = "It really is. Thank you for saying that.",
          thought = "It is a lot. Nice that someone noticed.",
          feedback = "You heard the tired laugh and named the load without fuss. "
            .. "It is a small thing, and people remember being understood." },
        { id = "we_hired_too",
          text = "Ha, we just hired two as well. Honestly, it's been great for us.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          reply = "Lucky you.",
          feedback = "She said it was chaos and laughed tiredly, and you answered with how well it went for you. "
            .. "Her feeling was the opening; your news closed it." },
        { id = "shiftly_three",
          text = "Nice. We're only three at Shiftly.",
          to = "fb_marathon", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          reply = "Ha. Cosy.",
          feedback = "The 'total chaos' and the tired laugh were an opening, and this reply let it pass. "
            .. "Respond to the feeling, not only the number." },
      },
    },

    fb_marathon = {
      speaker = "noor",
      mood = "warm",
      text = "Anyway, I should head off soon. I'm running the Hackney Half on Sunday and I promised myself "
        .. "an early night.",
      cue = "She checks the time and reaches for her coat.",
      learn = { "hackney_half" },
      choices = {
        { id = "go_email",
          text = "Go, get your early night, and good luck on Sunday. Mind if I email you this week?",
          to = "fb_goodbye", score = { listening = 1, empathy = 1 }, trust = { noor = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Please do!",
          thought = "Thank you for not keeping me.",
          feedback = "You read the coat as the end and made leaving easy for her, while setting up your email. "
            .. "Ending on time is part of being remembered well." },
        { id = "book_q",
          text = "Good luck Sunday! One quick thing as you go: any book you'd recommend on diary studies?",
          to = "fb_book", score = { listening = 1, value_first = -1 }, tags = { "follow_up_question" },
          feedback = "A small ask as she reaches for her coat: easy to answer, but you are taking one more "
            .. "thing from her. It pays off only if you use the tip and tell her so." },
        { id = "recruit_more",
          text = "Oh, before you go: we had exactly that problem with our panel. What happened was...",
          to = "fb_goodbye", score = { listening = -1, empathy = -1 }, trust = { noor = -1 },
          tags = { "miss_cue", "self_focus" },
          reply = "Sorry, I really do have to go. Email me?",
          thought = "I just said I'm leaving.",
          feedback = "She told you she was leaving and why; starting a new story ignores both. "
            .. "Save it for the email, where she can read it when she chooses." },
      },
    },

    fb_book = {
      speaker = "noor",
      mood = "warm",
      text = "Just Enough Research, by Erika Hall. Short, honest, and cheap. Right, I'm off!",
      cue = "She is already walking backwards towards the door, smiling.",
      learn = { "book_tip" },
      choices = {
        { id = "other_book",
          text = "Oh, I'll order it tonight. Have you read her other one, on design?",
          to = "fb_goodbye", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Not yet! Sorry, I have to run. Bye!",
          feedback = "Friendly, but she is walking backwards to the door, and a new question keeps her there. "
            .. "Thanks and a send-off would have let her go." },
        { id = "thanks_luck",
          text = "Thanks! Good luck on Sunday.",
          to = "fb_goodbye", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "Thanks! Bye!",
          feedback = "Thanks and a warm send-off in five words, as she leaves. Exactly the right length." },
        { id = "which_chapter",
          text = "Wait, which chapter is best for diary studies?",
          to = "fb_goodbye", score = { listening = -1, empathy = -1 }, trust = { noor = -1 },
          tags = { "miss_cue" },
          reply = "Er, the middle ones? Sorry, bye!",
          thought = "I'm literally at the door.",
          feedback = "She is walking out of the door; a detail question here holds her up for something you can "
            .. "find yourself. Let her go." },
      },
    },

    fb_goodbye = {
      speaker = "narrator",
      text = "And then she was gone into the evening. That was Tuesday. Now it is Thursday, and her card is "
        .. "on your desk.",
      choices = {
        { id = "wait_monday",
          text = "(Wait until Monday, so you don't look too keen.)",
          to = "subject", learn = { "waited" }, score = { value_first = -1 },
          reply = "Monday comes. You open a new email.",
          feedback = "Waiting to look less keen costs the thing that makes a follow-up work: she still "
            .. "remembers your face. Anything you offered her on Tuesday arrives late, too." },
        { id = "linkedin",
          text = "(Look at what she has posted this week before writing.)",
          to = "linkedin", score = { empathy = 1 }, tags = { "perspective" },
          feedback = "Checking what is happening in her world this week means you write to her as she is now. "
            .. "Two minutes of looking often gives you the best line." },
        { id = "write_now",
          text = "(Start writing now, while it's all still fresh.)",
          to = "subject",
          reply = "You open a new email.",
          feedback = "Writing while Tuesday is fresh is the most important part, so this is fine. "
            .. "It neither adds nor costs anything yet." },
      },
    },

    linkedin = {
      speaker = "narrator",
      text = "Her newest post, from yesterday: Tandem has launched late-payment reminders, \"after eighteen "
        .. "months of research with freelancers who chase invoices at midnight\".",
      learn = { "launch_post" },
      choices = {
        { id = "open_draft",
          text = "(Open a new email.)",
          to = "subject",
          feedback = "Now you know what she is proud of this week as well as what worries her. "
            .. "Either can make an email feel written for her alone." },
      },
    },

    -- Thursday: the email, line by line. After each line the narrator shows the draft so far. ---
    subject = {
      speaker = "narrator",
      text = "New email to Noor Haddad. First, the subject line: it is all she will see in her inbox list.",
      choices = {
        { id = "subj_meetup", text = LINES.subj_meetup, learn = { "subj_meetup" },
          to = "greeting", reply = draft,
          feedback = "It places you, which is useful, though it is the subject most people from Tuesday will "
            .. "use. Neither a gain nor a loss." },
        { id = "subj_quick_q", text = LINES.subj_quick_q, learn = { "subj_quick_q" },
          to = "greeting", reply = draft, score = { value_first = -1 }, tags = { "premature_ask" },
          feedback = "'Quick question' from someone she met once tells her a request is coming, and nothing "
            .. "about who you are. Lead with what is in it for her." },
        { id = "subj_template", text = LINES.subj_template, learn = { "subj_template" },
          when = "promised_template",
          to = "greeting", reply = draft, score = { listening = 1, value_first = 1 }, trust = { noor = 1 },
          tags = { "recall_detail", "follow_through" },
          thought = "Oh, the template person! Opening that now.",
          feedback = "The subject alone tells her who you are and that you kept your word. "
            .. "It also promises something useful inside." },
        { id = "subj_weektwo", text = LINES.subj_weektwo, learn = { "subj_weektwo" },
          when = "big_job_lands",
          to = "greeting", reply = draft, score = { listening = 1 }, trust = { noor = 1 },
          tags = { "recall_detail" },
          thought = "Week two! Yes. What's the idea?",
          feedback = "It names her own problem in her own words, so she will open it. "
            .. "Specific beats friendly in a crowded inbox." },
        { id = "subj_following", text = LINES.subj_following, learn = { "subj_following" },
          to = "greeting", reply = draft, score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "It tells her nothing about who you are or why to open it. "
            .. "A subject that names something from your talk does the remembering for her." },
      },
    },

    greeting = {
      speaker = "narrator",
      text = "The opening line.",
      choices = {
        { id = "greet_week", text = LINES.greet_week, learn = { "greet_week" },
          to = "context", reply = draft,
          feedback = "Friendly and harmless. It does not yet tell her who you are; the next line will have to." },
        { id = "greet_launch", text = LINES.greet_launch, learn = { "greet_launch" },
          when = "launch_post",
          to = "context", reply = draft, gives = true, score = { listening = 1, value_first = 1 },
          trust = { noor = 1 }, tags = { "celebrate" },
          thought = "Oh, they saw the launch. That's lovely.",
          feedback = "Celebrating a milestone she posted about this week shows you pay attention to her work, "
            .. "not only to your own goals. It costs you one line." },
        { id = "greet_sorry", text = LINES.greet_sorry, learn = { "greet_sorry" },
          to = "context", reply = draft, score = { empathy = -1 }, trust = { noor = -1 }, tags = { "self_focus" },
          thought = "Oh dear. Now I have to reassure a stranger.",
          feedback = "Opening with self-doubt makes her reassure you before she has read anything. "
            .. "Assume the conversation mattered; it did." },
        { id = "greet_plain", text = LINES.greet_plain, learn = { "greet_plain" },
          to = "context", reply = draft,
          feedback = "Plain, warm and it places you at once. A perfectly good opening; the specific part can "
            .. "come in the next line." },
      },
    },

    context = {
      speaker = "narrator",
      text = "A line to bring Tuesday back to her.",
      choices = {
        { id = "ctx_generic", text = LINES.ctx_generic, learn = { "ctx_generic" },
          to = "value", reply = draft, score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Pleasant, but it could be sent to anyone from Tuesday. "
            .. "One specific detail would do more than a paragraph of warmth." },
        { id = "ctx_race", text = LINES.ctx_race, learn = { "ctx_race" },
          when = { "hackney_half", "!waited" },
          to = "value", reply = draft, score = { listening = 1 }, trust = { noor = 1 },
          tags = { "recall_detail" },
          thought = "Aw, they remembered Sunday.",
          feedback = "A personal detail, remembered and timed right, before the race rather than after. "
            .. "Small and human, and it tells her you were listening to her, not only to the shop talk." },
        { id = "ctx_wrong", text = LINES.ctx_wrong, learn = { "ctx_wrong" },
          to = "value", reply = draft, score = { listening = -1 }, trust = { noor = -1 }, tags = { "ask_again" },
          thought = "It was the first thing I told you.",
          feedback = "It was the first thing she told you, and now she has to explain it again by email. "
            .. "If you have lost a detail, leave it out rather than asking her to repeat it." },
        { id = "ctx_weektwo", text = LINES.ctx_weektwo, learn = { "ctx_weektwo" },
          when = "big_job_lands",
          to = "value", reply = draft, score = { listening = 2 }, trust = { noor = 1 },
          tags = { "recall_detail", "paraphrase" },
          thought = "They actually understood the problem.",
          feedback = "You gave back the exact detail she told you, in a way that shows you understood why it "
            .. "matters. She will remember the conversation the moment she reads it." },
      },
    },

    value = {
      speaker = "narrator",
      text = "The body of the email.",
      choices = {
        { id = "val_anything", text = LINES.val_anything, learn = { "val_anything" },
          to = "ask", reply = draft, score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Kindly meant, but an open offer leaves her to invent a use for you, so few people take "
            .. "it up. She told you exactly what she was stuck on; offer that." },
        { id = "val_deck", text = LINES.val_deck, learn = { "val_deck" },
          to = "ask", reply = draft, score = { value_first = -1 },
          feedback = "It is framed as a gift, but a deck about your own team is mostly about you, and it is "
            .. "not what she needed. Send the thing that fits her problem, or nothing." },
        { id = "val_article", text = LINES.val_article, learn = { "val_article" },
          when = "time_not_money",
          to = "ask", reply = draft, gives = true, score = { listening = 1, value_first = 1 },
          trust = { noor = 1 }, tags = { "share_resource", "recall_detail" },
          thought = "Time, not money. They were listening.",
          feedback = "The resource fits the exact insight she gave you, so it shows both listening and "
            .. "thought. Relevant beats impressive." },
        { id = "val_template", text = LINES.val_template, learn = { "val_template" },
          when = "promised_template",
          to = "ask", reply = draft, gives = true, score = { listening = 1, value_first = 2 },
          trust = { noor = 2 }, tags = { "follow_through", "share_resource" },
          thought = "They actually sent it. Within two days!",
          feedback = "You kept a promise within two days and pointed her to the part that matters. "
            .. "Following through is the most convincing thing a new contact can do." },
      },
    },

    ask = {
      speaker = "narrator",
      text = "The close.",
      choices = {
        { id = "ask_hiring", text = LINES.ask_hiring, learn = { "ask_hiring" },
          to = "signoff", reply = draft, asks = true, score = { value_first = -2 }, trust = { noor = -1 },
          tags = { "premature_ask" },
          thought = "Ah. So that's what this was about.",
          feedback = "After one conversation this reframes everything before it as a job hunt. "
            .. "If you want to work there, the relationship has to come first." },
        { id = "ask_call", text = LINES.ask_call, learn = { "ask_call" },
          to = "signoff", reply = draft, asks = true, score = { listening = 1, value_first = 1 },
          trust = { noor = 1 }, tags = { "specific_ask" },
          thought = "Twenty minutes, about my problem. Easy yes.",
          feedback = "Small, specific, a sensible distance away, and tied to her problem rather than your needs. "
            .. "After a give, an ask like this is easy to accept and easy to decline." },
        { id = "ask_coffee", text = LINES.ask_coffee, learn = { "ask_coffee" },
          to = "signoff", reply = draft, asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          feedback = "'At some point' asks her to do the planning and is easy to leave unanswered. "
            .. "A clear, small request is kinder than an open one." },
        { id = "ask_noreply", text = LINES.ask_noreply, learn = { "ask_noreply" },
          to = "signoff", reply = draft, score = { empathy = 1 }, trust = { noor = 1 }, tags = { "respect_time" },
          thought = "How refreshing. No homework.",
          feedback = "You took the pressure of a reply off a busy person, which she will appreciate. "
            .. "The thread may simply rest until you write again, and that is fine." },
      },
    },

    signoff = {
      speaker = "narrator",
      text = "The sign-off.",
      choices = {
        { id = "ps_book", text = LINES.ps_book, learn = { "ps_book" },
          when = "book_tip",
          to = "review", reply = draft, gives = true, score = { listening = 1, value_first = 1 },
          trust = { noor = 1 }, tags = { "gratitude", "recall_detail" },
          thought = "They actually read it. That's nice to hear.",
          feedback = "Telling someone their advice worked is one of the best gifts you can give a new contact. "
            .. "It also shows you act on what people tell you." },
        { id = "so_soon", text = LINES.so_soon, learn = { "so_soon" },
          to = "review", reply = draft, score = { empathy = -1, value_first = -1 }, trust = { noor = -1 },
          tags = { "premature_ask" },
          thought = "Hopefully this week? I'll get to it when I get to it.",
          feedback = "It sounds friendly, but it quietly tells her she owes you a reply, and soon. "
            .. "Close on thanks rather than on expectation." },
        { id = "so_thanks", text = LINES.so_thanks, learn = { "so_thanks" },
          to = "review", reply = draft,
          feedback = "A clean, friendly close. Nothing wrong with it; nothing memorable either." },
      },
    },

    review = {
      speaker = "narrator",
      text = function(state)
        if state.facts.waited then
          return "You read the email through once. It is 9:40 on Monday, six days since you said goodbye."
        end
        return "You read the email through once. It is 9:40 on Thursday, about thirty-eight hours since you "
          .. "said goodbye."
      end,
      discuss = "Which line in your email could only have been written by someone who was in that conversation?",
      choices = {
        { id = "send",
          text = "(Send it.)",
          to = reply_for, can_go = { "warm_reply", "polite_reply", "forgotten", "job_polite", "job_reply" },
          reply = "Sent, 9:41.",
          feedback = "Sending beats polishing. Her reply will tell you how much of the email was about her." },
        { id = "drafts",
          text = "(Leave it in drafts and polish it at the weekend.)",
          to = "never_sent", score = { value_first = -1 },
          reply = "You save it and close the laptop.",
          feedback = "Tuesday fades fast on both sides, and a good email sent now beats a perfect one next week. "
            .. "If you promised her something, the delay is also a promise not kept." },
      },
    },

    -- endings ------------------------------------------------------------------------------------
    warm_reply = {
      speaker = "noor",
      mood = "warm",
      text = warm_reply_text,
      cue = "Her reply arrives before lunch.",
      ending = "warm_reply", grade = "good",
    },
    polite_reply = {
      speaker = "noor",
      mood = "neutral",
      text = polite_reply_text,
      cue = "A reply arrives the next day, two lines long.",
      ending = "polite_reply", grade = "mixed",
    },
    forgotten = {
      speaker = "noor",
      mood = "thinking",
      text = "Hi! Sorry, remind me where we met? Tuesday was a bit of a blur.",
      cue = "The reply comes a week later.",
      ending = "forgotten", grade = "poor",
    },
    job_polite = {
      speaker = "noor",
      mood = "neutral",
      text = function(state)
        local thanks = state.facts.val_template and "Thanks so much for the template, it's really useful."
          or state.facts.val_article and "Thanks for the article, it's really useful."
          or "Thanks for getting in touch, it was great to meet you."
        return thanks .. " On hiring: nothing open right now, I'm afraid, but roles go up on our careers page."
      end,
      cue = "A friendly reply the next day. Most of it is about the job question.",
      ending = "job_enquiry", grade = "mixed",
    },
    job_reply = {
      speaker = "noor",
      mood = "guarded",
      text = "Hi, thanks for getting in touch. We're not hiring at the moment, but roles go up on our careers "
        .. "page. Best, Noor",
      cue = "The reply comes two days later. It answers the last question and nothing else.",
      ending = "job_enquiry", grade = "poor",
    },
    never_sent = {
      speaker = "narrator",
      text = function(state)
        local s = "Saturday is busy. Sunday she runs her race. On Wednesday you open the draft again, and it "
          .. "has been eight days. Writing now would feel strange, so you don't."
        if state.facts.waited then
          s = "The week fills up. When you next open the draft it has been a fortnight since Tuesday, and "
            .. "writing now would feel strange, so you don't."
        end
        if state.facts.promised_template then
          s = s .. " The template you promised her is still on your laptop."
        end
        return s
      end,
      ending = "never_sent", grade = "poor",
    },
  },
  debrief = {
    listening = "A follow-up is a listening test you take two days later. The lines that work come from "
      .. "something Noor said, and only what you heard on Tuesday could go into the email. Ask questions at "
      .. "the event so you have something real to write.",
    empathy = "She gets many of these emails. Place yourself quickly, keep it short, and don't make her do "
      .. "work: no reassuring you, no correcting you, no reply owed by a deadline.",
    value_first = "Send the thing you promised, or something that fits her problem, before asking for "
      .. "anything. Then make one small, specific ask she can say yes or no to in a line.",
  },
}
