-- rejection.after_the_talk: catching a senior speaker in the two minutes after her talk.
-- Time pressure (timeouts on most of Helena's lines) and the fear of being brushed off.
-- Facts: deleted_alerts (the talk's 40 percent line), wants_templates (overheard: she wants other teams'
-- incident-review templates), muted_first (her advice: mute for a month before deleting),
-- thanked_specific (you thanked her for something she said), asked_own_q (you tied a question to the
-- template you are sending), pushed (you pressed after she said no or wait).

-- Asking to email her: whether she will place your name depends on what came before the ask.
local function email_to(state)
  if state.facts.pushed then return "email_maybe" end
  if state.facts.thanked_specific or state.trust.helena >= 2 then return "email_yes" end
  return "email_maybe"
end

return {
  format = 1,
  version = 3,
  id = "rejection.after_the_talk",
  title = "After the talk",
  family = "rejection",
  summary = "Helena Vasquez, VP of Engineering at Corvid Health, has just given 'Pager fatigue is a design bug', "
    .. "the talk you came for. A queue is forming, her car leaves at quarter to six, and you have two minutes.",
  difficulty = 3,
  skills = { "listening", "empathy", "value_first" },
  homework = "At the next talk you attend, write down one concrete claim the speaker made, and if you speak "
    .. "to them afterwards, open with a question about how they did it.",
  cast = {
    helena = { name = "Helena Vasquez", role = "VP of Engineering, Corvid Health", portrait = "brown_curls" },
    jonas = { name = "Jonas Albrecht", role = "Conference host", portrait = "auburn_crop" },
    dev = { name = "Dev Malhotra", role = "Start-up founder, ahead of you in the queue", portrait = "dark_waves" },
  },
  start = "applause",
  nodes = {
    applause = {
      speaker = "narrator",
      text = "Applause. On stage, Helena Vasquez, VP of Engineering at Corvid Health, has just finished "
        .. "'Pager fatigue is a design bug'. Her line that got the room: her team deleted 40 percent of their "
        .. "alerts after finding that nobody had acted on them in a year. Your payments team at Lumen Bank is "
        .. "drowning in pages, and you came today mostly to hear her.",
      cue = "At the side of the stage, the host taps his watch and holds up five fingers.",
      learn = { "deleted_alerts" },
      timeout = 15, on_timeout = "slow_start",
      timeout_score = { listening = -1 },
      timeout_feedback = "While you hesitated, the queue formed. The host's five fingers were the signal to move, "
        .. "and the moment passed while you decided.",
      choices = {
        { id = "wait_thin",
          text = "(Wait for the crowd to thin out.)",
          to = "slow_start", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "You wait. The crowd does not thin; it lines up.",
          feedback = "The host was signalling that her time is nearly gone, and waiting misread that signal. "
            .. "The quiet moment you are hoping for is the one where she is already in the car." },
        { id = "write_q",
          text = "(Write your question out on your phone first, so you get it right.)",
          to = "slow_start", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "By the time you look up, eight people are queueing.",
          feedback = "Getting the question right matters, but the host's five fingers said there was no time "
            .. "to draft it. Move first; you can shape the question in the queue." },
        { id = "go_now",
          text = "(Get up now and walk to the front, before the line forms.)",
          to = "near_front", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "You read the host's five fingers as a deadline and moved while there was still time. "
            .. "With a speaker who has to leave, waiting for a calmer moment usually means no moment." },
        { id = "seat_request",
          text = "(Send her a LinkedIn connection request from your seat instead.)",
          to = "seat_request", asks = true, score = { listening = -1, value_first = -1 }, tags = { "miss_cue", "vague_ask" },
          feedback = "The host's five fingers said the window is now, and a bare connection request "
            .. "from your seat lets it pass; it also asks her to place a stranger and gives her "
            .. "nothing back. The fear of a face-to-face 'no' made the decision for you." },
      },
    },

    seat_request = {
      speaker = "narrator",
      text = "The request goes off with no note. On stage, Helena is shaking hands with the first person in "
        .. "the line. Your phone stays quiet, which is no surprise: she is busy.",
      cue = "She laughs at something the person in front of her says. She is still taking questions.",
      choices = {
        { id = "resend_note",
          text = "(Withdraw it and resend it with a note: 'Loved the talk! Would love to pick your brain.')",
          to = "never_spoke", asks = true, score = { listening = -1, value_first = -1 }, tags = { "vague_ask", "miss_cue" },
          reply = "The new request sits there, unanswered, next to forty others from today.",
          feedback = "'Pick your brain' is an ask with no size and no end, and she is still right there taking "
            .. "questions in person. The door you are knocking on by phone is open ten metres away." },
        { id = "join_after",
          text = "(Put the phone away and join the line after all.)",
          to = "slow_start", score = { listening = 1 }, tags = { "notice_cue" },
          reply = "You join the end of the line.",
          feedback = "She is still there and still answering people: you noticed the door is open. "
            .. "A minute in person will do more than a request she cannot connect to a face." },
        { id = "leave_it",
          text = "(Leave it. If she accepts, message her then.)",
          to = "never_spoke", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "She is still taking questions from everyone who walks up, and you read the moment as closed. "
            .. "Accepted requests from strangers rarely turn into conversations." },
      },
    },

    slow_start = {
      speaker = "jonas",
      mood = "neutral",
      text = "Right, everyone, Helena's car leaves at quarter to six, so two minutes each, please. "
        .. "Let's keep it moving.",
      cue = "Eight people are ahead of you. Helena has her coat over one arm and her laptop bag zipped.",
      choices = {
        { id = "slip_round",
          text = "(Slip round the side and catch her before the next person starts.)",
          to = "cut_in", score = { empathy = -1, listening = -1 }, trust = { helena = -1, jonas = -1 },
          tags = { "interrupt" },
          thought = "Two minutes each, I said. In order.",
          feedback = "Jumping the line makes her choose between you and the people who waited, which she will "
            .. "resent. Time pressure is real, but it is hers to manage, not yours to take." },
        { id = "four_questions",
          text = "(Join the line and rehearse all four of your questions.)",
          to = "back_of_queue", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Two minutes, folks. I mean it.",
          feedback = "Jonas has just said two minutes each; four questions will not fit, and she will have to "
            .. "cut you off. Pick the one that matters most." },
        { id = "one_sentence",
          text = "(Join the end of the line and cut your question to one sentence.)",
          to = "back_of_queue", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          feedback = "Planning for two minutes, not twenty, fits the deadline Jonas just gave everyone. "
            .. "A one-sentence question is far easier for a tired speaker to say yes to." },
        { id = "give_up",
          text = "(Give up and get a coffee. It's hopeless.)",
          to = "never_spoke", tags = {  },
          reply = "Next, please!",
          feedback = "Nothing lost, nothing gained. She is still answering everyone who reaches "
            .. "her, so the chance was not gone yet; the fear of a 'no' made the decision before "
            .. "she could." },
      },
    },

    near_front = {
      speaker = "narrator",
      text = "You are second in line. Ahead of you, Dev Malhotra is telling Helena about his observability "
        .. "start-up. Jonas leans in behind her: \"Car at quarter to six, Helena.\"",
      cue = "Helena's smile is polite, but she has stopped nodding along.",
      choices = {
        { id = "listen_dev",
          text = "(Listen to what she's saying to Dev.)",
          to = "overheard", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "The conversation ahead of you is free information about what she cares about today. "
            .. "Listening to it is better preparation than any script." },
        { id = "rehearse",
          text = "(Use the wait to rehearse your question in your phone's notes.)",
          to = "greeting", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "You type and retype your question. Dev finishes; Helena turns to you.",
          feedback = "Rehearsing while she talks means missing what she is telling everyone she needs. "
            .. "The best opening line is often in the conversation just ahead of yours." },
        { id = "jump_in",
          text = "Sorry, can I jump in? Really quick!",
          to = "cut_in", score = { empathy = -1, listening = -1 }, trust = { helena = -1 }, tags = { "interrupt" },
          thought = "I'm in the middle of something here.",
          feedback = "Even an apologetic interruption takes Dev's turn away and puts her in an awkward spot. "
            .. "Your turn is thirty seconds away." },
      },
    },

    overheard = {
      speaker = "helena",
      mood = "thinking",
      text = "That's kind of you, Dev. But honestly, what I'd love is to see how other teams write up "
        .. "their incident reviews. Everyone keeps reinventing the template.",
      cue = "Dev starts opening his laptop for a demo. Helena glances at the clock over the door.",
      learn = { "wants_templates" },
      choices = {
        { id = "rescue",
          text = "Dev, sorry, mind if I grab her before her car comes? You're welcome to stay.",
          to = "greeting", score = { listening = 1, empathy = -1 }, trust = { dev = -1 },
          tags = { "notice_cue" },
          reply = "Oh. Er, fine. Dev, send me the link?",
          thought = "Rescued, I suppose. Poor Dev.",
          feedback = "You read her glance at the clock correctly, but rescuing her at Dev's expense is still an "
            .. "interruption. Noticing a cue earns you the right to be brief, not to take someone else's turn." },
        { id = "keep_waiting",
          text = "(Keep waiting quietly. Dev will wrap up in a moment.)",
          to = "greeting", score = { empathy = 1 }, trust = { dev = 1 }, tags = { "respect_time" },
          reply = "Send me the link, Dev. Thank you.",
          thought = "Good, they let Dev finish.",
          feedback = "You let Dev finish and stayed ready, which costs nothing and keeps everyone's dignity. "
            .. "You also now know what she wants from other teams." },
      },
    },

    back_of_queue = {
      speaker = "jonas",
      mood = "neutral",
      text = "Last one, I'm afraid. Then Helena really has to run.",
      cue = "He is looking straight at you. Helena is buttoning her coat.",
      choices = {
        { id = "give_place",
          text = "(Give up your place. She's done.)",
          to = "never_spoke", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Oh. Okay. Helena, that's everyone, then.",
          feedback = "Jonas just said she will take one more, and that one is you. Reading a tight deadline as "
            .. "a 'no' is the fear talking, not the situation." },
        { id = "five_minutes",
          text = "Could I have five minutes rather than two? It's a big question.",
          to = "greeting", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { jonas = -1 },
          tags = { "miss_cue", "vague_ask" },
          reply = "Two. Sorry.",
          thought = "Everyone's question is big.",
          feedback = "He has just said this is the last slot and she has to run, and you asked him "
            .. "to stretch it for you. Shrinking the question to fit is the move that gets you "
            .. "heard." },
        { id = "nod_wait",
          text = "(Nod to Jonas, and wait your turn without a word.)",
          to = "greeting", score = { listening = 1, empathy = 1 }, trust = { jonas = 1 }, tags = { "respect_time" },
          reply = "Thanks. Go on, then.",
          thought = "Finally, someone who listens.",
          feedback = "A nod tells Jonas you heard the limit and will keep to it, so nobody has to police you. "
            .. "Being the last, easy conversation of her day is a good place to be." },
      },
    },

    cut_in = {
      speaker = "helena",
      mood = "annoyed",
      text = "Oh. Hi. I'm just finishing with someone here, if you don't mind.",
      cue = "She doesn't turn towards you. Behind her, someone in the line mutters.",
      choices = {
        { id = "sorry_wait",
          text = "Of course. Sorry, I'll wait.",
          to = "greeting", score = { empathy = 1, listening = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thank you. Right, sorry, all yours.",
          thought = "Okay, fair enough. They backed off.",
          feedback = "Backing off fast and cleanly repairs most of the damage; everyone misjudges a queue "
            .. "sometimes. She will remember the recovery more than the stumble." },
        { id = "hover",
          text = "(Hover at her elbow.)",
          to = "greeting", score = { empathy = -1, listening = -1 }, tags = { "miss_cue" },
          reply = "...Right. Hi.",
          feedback = "She asked for space and you stayed at her elbow, so she finished the last conversation "
            .. "with you breathing on it. Stepping back a pace would have shown you heard her." },
        { id = "ten_seconds",
          text = "It's literally one question, it'll take ten seconds.",
          to = "brushed_off", learn = { "pushed" }, score = { empathy = -2, listening = -1 }, trust = { helena = -1 },
          tags = { "dismiss" },
          thought = "And now I'm the bad guy for finishing my sentence.",
          feedback = "Pressing after a clear 'wait' tells her your ten seconds matter more than her promise to "
            .. "the person in front of her. A polite boundary is still a boundary." },
      },
    },

    greeting = {
      speaker = "helena",
      mood = "neutral",
      text = "I've got a couple of minutes before my car, I'm afraid. What's on your mind?",
      cue = "She is smiling, but her bag is already on her shoulder.",
      timeout = 20, on_timeout = "froze",
      timeout_score = { listening = -1 },
      timeout_feedback = "Twenty seconds of silence, with her bag on her shoulder, used up a sixth of your time. "
        .. "Decide your first sentence while you are still in the queue.",
      discuss = "She has two minutes and a bag on her shoulder. What should your first sentence do for her?",
      choices = {
        { id = "mentor",
          text = "Would you be open to mentoring me on this? I'd love to learn from you.",
          to = "mentor_no", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { helena = -1 },
          tags = { "miss_cue", "premature_ask", "vague_ask" },
          thought = "Mentoring? I've known them for four seconds.",
          feedback = "Her bag is on her shoulder and she has a couple of minutes; mentoring is a "
            .. "months-long commitment, asked of a stranger in her first minute. A big, vague ask "
            .. "this early makes 'no' the only safe answer." },
        { id = "how_40",
          text = "How did you get your team to agree to delete 40 percent of the alerts?",
          when = "deleted_alerts",
          to = "engaged", score = { listening = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "follow_up_question" },
          thought = "Oh, a good question. The how, not the what.",
          feedback = "You picked up the most concrete claim in her talk and asked about the hard part behind it. "
            .. "Speakers light up when someone asks about the how, not the what." },
        { id = "great_talk",
          text = "Great talk. Really great. Thank you so much.",
          to = "polite_thanks", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Kind, and she will appreciate it, but it could be said to any speaker about any talk. "
            .. "One specific detail would have shown you listened and given her something to answer." },
        { id = "templates_give",
          text = "You mentioned wanting other teams' incident-review templates. Ours is good; I can send it tonight.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "share_resource" },
          reply = "You heard that? Oh, would you?",
          thought = "That is exactly what I asked for. From a stranger.",
          feedback = "You led with the one thing she said she wanted today, and asked for nothing. "
            .. "Giving first, and giving what was asked for, is what makes a stranger memorable." },
        { id = "our_story",
          text = "I run on-call for payments at Lumen Bank and our pager situation is honestly a nightmare; "
            .. "last month alone we had over three hundred pages.",
          to = "rambling", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          reply = "Three hundred. Ouch.",
          feedback = "She told you she has a couple of minutes and her bag is on her shoulder, and "
            .. "you spent them on your own story before giving her anything to respond to. Lead "
            .. "with her talk and let your context come in one clause, later." },
      },
    },

    froze = {
      speaker = "helena",
      mood = "thinking",
      text = "Sorry, I can see you're thinking, and I really do have to go in a moment. Was there something "
        .. "specific?",
      cue = "Jonas is holding the side door open and looking at his phone.",
      timeout = 12, on_timeout = "she_left",
      timeout_score = { listening = -1, empathy = -1 },
      timeout_feedback = "She asked you a direct, kind question and the silence answered it. "
        .. "Any short sentence, even a thank-you, would have been better than none.",
      choices = {
        { id = "rotation_story",
          text = "Yes! Sorry. So, our on-call rotation, well, it's complicated, but basically...",
          to = "she_left", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          feedback = "She asked for something specific and you started a long story with no point yet. "
            .. "Under time pressure, start with the question and add context only if she asks." },
        { id = "thanks_40",
          text = "Just: thank you. The 40 percent idea is going straight to my team.",
          when = "deleted_alerts",
          to = "goodbye", gives = true, learn = { "thanked_specific" }, score = { listening = 1, empathy = 1, value_first = 1 },
          trust = { helena = 1 }, tags = { "recall_detail", "gratitude" },
          reply = "Oh, that's lovely to hear. Tell me how it goes.",
          thought = "That's why I give these talks.",
          feedback = "You turned a stumble into a specific thank-you she can carry out of the room. "
            .. "Thanks that names what changed is a gift; it tells her the talk landed." },
        { id = "email_one",
          text = "Could I email you one question about the alert clean-up?",
          to = email_to, can_go = { "email_yes", "email_maybe" }, asks = true, score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "notice_cue", "specific_ask", "respect_time" },
          reply = "Yes, of course.",
          feedback = "You heard that she has to go and moved your question to email: small, "
            .. "specific, and easy to say yes to while walking out. It would land better still "
            .. "after something you gave her." },
      },
    },

    rambling = {
      speaker = "helena",
      mood = "neutral",
      text = "I think everybody's pager is a nightmare, honestly.",
      cue = "Her answer is shorter than your question was. She glances over at Jonas.",
      timeout = 15, on_timeout = "jonas_calls",
      timeout_score = { listening = -1 },
      timeout_feedback = "Her short answer and the glance at Jonas were a cue to hand the conversation back, and "
        .. "the moment went by.",
      choices = {
        { id = "second_outage",
          text = "Right? And then the second outage was at three in the morning, so...",
          to = "jonas_calls", score = { listening = -2, empathy = -1 }, tags = { "miss_cue", "topic_hijack" },
          feedback = "Her short answer and the glance at Jonas were both signals to stop, and the story kept going. "
            .. "When replies shrink, hand the conversation back." },
        { id = "sorry_yours",
          text = "Sorry, that was all about us. What would you try first, in my place?",
          to = "engaged", score = { listening = 1, empathy = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "open_question" },
          reply = "In your place? Ha. Easy.",
          thought = "Oh good, a question I can actually answer.",
          feedback = "You caught the short reply and the glance, named your own detour and handed her the floor. "
            .. "Noticing you have lost someone is half of getting them back." },
        { id = "which_tool",
          text = "Which paging tool does your team use, out of interest?",
          to = "jonas_calls", reply = "PagerDuty, like everyone. Why?", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "miss_cue" },
          feedback = "A closed question about tooling, when her answer had shrunk and she was "
            .. "glancing at Jonas: it keeps her past her time and moves away from her point "
            .. "instead of into it." },
      },
    },

    mentor_no = {
      speaker = "helena",
      mood = "guarded",
      text = "That's flattering, truly. But I can't take on anyone new this year, I'm sorry.",
      cue = "She says it kindly and steps half a pace back.",
      choices = {
        { id = "thanks_anyway",
          text = "Okay. Thanks anyway.",
          to = "goodbye", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "Good luck with it all.",
          feedback = "You saw her step back and took the no without a fuss, and she will be "
            .. "relieved. A small question about her talk could have followed." },
        { id = "template_mn",
          text = "Understood. You wanted other teams' review templates, though; I'll send you ours, no strings.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, empathy = 1, value_first = 2 },
          trust = { helena = 1 }, tags = { "recall_detail", "share_resource" },
          reply = "Oh! That's... actually, yes. Thank you.",
          thought = "They took the no and then gave me something. Huh.",
          feedback = "You took the no at once and answered it with the thing she said she wanted. "
            .. "Giving right after a refusal shows the request was never the whole point." },
        { id = "monthly_call",
          text = "Even a call once a month? I'd work around your calendar completely.",
          to = "brushed_off", asks = true, learn = { "pushed" }, reply = "No. I'm sorry.", score = { listening = -1, empathy = -2, value_first = -1 }, trust = { helena = -1 },
          tags = { "miss_cue", "dismiss", "vague_ask" },
          thought = "I said no. Kindly. Once.",
          feedback = "She said no kindly and stepped back, and you negotiated it. Pressing past a "
            .. "no and a step away turns a warm refusal into a cold one." },
        { id = "big_ask_fair",
          text = "Fair, that was a big ask. Could I ask one thing about the talk instead?",
          to = "second_chance", score = { listening = 1, empathy = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "respect_time" },
          thought = "Good recovery. I can do one question.",
          feedback = "You took the 'no' without arguing and shrank the request to something that fits two "
            .. "minutes. Recovering gracefully from a no is the skill this scenario is about." },
      },
    },

    second_chance = {
      speaker = "helena",
      mood = "neutral",
      text = "Of course. Go on, quickly.",
      cue = "She shifts her bag back onto her shoulder, but she's facing you again.",
      timeout = 12, on_timeout = "jonas_calls",
      timeout_score = { listening = -1 },
      timeout_feedback = "She gave you a second chance and the silence used it up. "
        .. "Have your one question ready before you ask for the chance to ask it.",
      choices = {
        { id = "how_40_sc",
          text = "The 40 percent you deleted: how did you get people to let go of them?",
          when = "deleted_alerts",
          to = "engaged", score = { listening = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "follow_up_question" },
          reply = "Ha. That one I love.",
          thought = "They were actually listening up there.",
          feedback = "A precise question about her strongest claim shows you were listening, not waiting to pitch. "
            .. "It is also easy and fun for her to answer." },
        { id = "what_first",
          text = "What would you do first, on a team drowning in pages?",
          to = "engaged", score = { listening = 1 }, tags = { "open_question" },
          reply = "First? Easy.",
          feedback = "An open question in her field that she can answer in a minute. "
            .. "Tying it to something she said on stage would have shown even more that you listened." },
        { id = "general_advice",
          text = "I guess my question is, how do I get better at on-call in general? Any advice?",
          to = "goodbye", asks = true, score = { listening = -1, value_first = -1 }, tags = { "generic_reply", "vague_ask" },
          reply = "Gosh. Read the SRE book? Sorry, I really do have to go.",
          feedback = "A question this broad has no answer that fits in two minutes, so she can only offer a "
            .. "pleasantry. Anchor your question in something she actually said." },
      },
    },

    polite_thanks = {
      speaker = "helena",
      mood = "warm",
      text = "Thank you, that's kind. Enjoy the rest of the conference.",
      cue = "She's already looking past you, towards the door.",
      choices = {
        { id = "safe_travels",
          text = "You too. Safe travels.",
          to = "goodbye", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "Thanks!",
          feedback = "You read her closing line correctly and let her go without friction. "
            .. "Nothing is lost, though nothing was started either." },
        { id = "email_late",
          text = "Before you go: could I email you one question about the clean-up?",
          to = email_to, can_go = { "email_yes", "email_maybe" }, asks = true, score = { value_first = -1 },
          tags = { "premature_ask" },
          reply = "Er, sure.",
          feedback = "'Enjoy the conference' was a goodbye, not an invitation, so the ask arrives as she leaves. "
            .. "It is small, which helps; giving her something first would have helped more." },
        { id = "bigger_q",
          text = "Wait, sorry, one bigger question first!",
          to = "jonas_calls", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Oh. Um.",
          feedback = "She had already said goodbye; restarting with a 'bigger' question ignores that. "
            .. "If you must add something after a goodbye, keep it to one short line." },
      },
    },

    engaged = {
      speaker = "helena",
      mood = "warm",
      text = "Honestly? Don't ask permission to delete anything. Mute the noisiest alerts for a month and "
        .. "see who notices. Nobody noticed ours, and after that the deleting was easy.",
      cue = "She sets her bag down on the edge of the stage.",
      learn = { "muted_first" },
      trust = { helena = 1 },
      timeout = 18, on_timeout = "jonas_calls",
      timeout_score = { listening = -1 },
      timeout_feedback = "She had put her bag down for you, and the pause let Jonas take the moment back.",
      choices = {
        { id = "compliance",
          text = "Our compliance team would never let us mute anything, so that wouldn't work for us.",
          to = "yes_but", score = { listening = -1 }, tags = { "topic_hijack" },
          feedback = "Answering her best advice with why it can't work moves the talk from her idea "
            .. "to your obstacle before you have explored it. Ask how it could work under your "
            .. "constraint instead." },
        { id = "wall_monday",
          text = "Mute first, see who notices. That's going on our team wall on Monday.",
          to = "closing_window", learn = { "thanked_specific" }, score = { listening = 1, value_first = 1 },
          trust = { helena = 1 }, tags = { "paraphrase", "gratitude" },
          reply = "Ha, please do. Tell me how it goes.",
          thought = "Nice. It actually landed.",
          feedback = "You said her idea back in a line and told her what it will change for you: a quiet kind "
            .. "of thanks. A question would have kept her talking; this lets her go happy." },
        { id = "mentor_late",
          text = "Interesting. So, would you ever consider mentoring someone?",
          to = "mentor_no_late", asks = true, score = { listening = -1, value_first = -2 }, trust = { helena = -1 },
          tags = { "generic_reply", "premature_ask" },
          thought = "Ah. So the question was a way in.",
          feedback = "'Interesting' followed by a big ask tells her the answer was only a way in to your request. "
            .. "Stay with her point for one more exchange." },
        { id = "silent_month",
          text = "So the silent month made the case for you. Did anyone object afterwards?",
          to = "deeper", score = { listening = 2 }, tags = { "paraphrase", "follow_up_question" },
          feedback = "You put her idea in your own words and then asked about the part that is hardest in real "
            .. "life. That is active listening at full speed." },
      },
    },

    yes_but = {
      speaker = "helena",
      mood = "thinking",
      text = "Then mute them on your own pagers, not in the system. Nobody has to sign off on you ignoring "
        .. "your own phone for a month.",
      cue = "She says it lightly, but her eyes go to the clock above the door.",
      timeout = 12, on_timeout = "closing_window",
      timeout_score = {},
      timeout_feedback = "You let her workaround sit without an answer; she took the silence as her cue to wrap up.",
      choices = {
        { id = "how_pagers",
          text = "On our own pagers? How would that work with the rota, though?",
          to = "jonas_calls", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "I'd have to think about it, and I'm out of time, I'm afraid.",
          feedback = "A fair follow-up on her idea, but she was looking at the clock and had already given you "
            .. "the workaround. Take it away and test it; the details can come by email." },
        { id = "fair_next_week",
          text = "Ha. Fair. That we could start next week.",
          to = "closing_window", learn = { "thanked_specific" }, score = { listening = 1, empathy = 1 },
          trust = { helena = 1 }, tags = { "paraphrase" },
          reply = "Good. Do.",
          thought = "There we go.",
          feedback = "You took her workaround seriously and showed it landed. "
            .. "Accepting a good answer quickly is a way of thanking someone for it." },
        { id = "still_object",
          text = "Hmm. They'd still object.",
          to = "jonas_calls", score = { empathy = -1, listening = -1 }, tags = { "dismiss", "miss_cue" },
          reply = "Well. Maybe.",
          feedback = "A second 'yes, but' makes her solve your politics against the clock she keeps looking at. "
            .. "Take the idea away and test it; you can report back later." },
      },
    },

    deeper = {
      speaker = "helena",
      mood = "warm",
      text = "One person. The team lead who'd written half of them. So we made him run the review of the "
        .. "month's data himself. Sorry, I'm rambling, and Jonas is going to kill me.",
      cue = "Jonas has appeared at her elbow, holding out her coat.",
      timeout = 15, on_timeout = "closing_window",
      timeout_score = {},
      timeout_feedback = "Jonas and the coat closed the moment for you. Reading the coat yourself would have let "
        .. "you choose how it ended.",
      choices = {
        { id = "five_more",
          text = "Not at all! Do you have five more minutes? I've got a few more questions.",
          to = "jonas_calls", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "vague_ask" },
          reply = "Oh, I really don't, I'm sorry.",
          feedback = "Jonas holding out her coat is as clear a cue as you will ever get. "
            .. "Asking for more time here puts her in the position of refusing you in public." },
        { id = "email_deeper",
          text = "I'll let you go. Could I email you one question about the silent month?",
          to = email_to, can_go = { "email_yes", "email_maybe" }, asks = true,
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "notice_cue", "specific_ask" },
          reply = "Please do.",
          feedback = "You saw the coat and ended on a small, concrete request she can grant in a word, about "
            .. "the thing she just told you. Offering her something first would make it stronger still." },
        { id = "templates_deeper",
          text = "You wanted other teams' templates. I can send you ours tonight.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "share_resource" },
          reply = "Wait, you heard that? Yes, please.",
          thought = "Oh, that's generous. And exactly what I wanted.",
          feedback = "You remembered what she said she needed and offered it with no strings attached. "
            .. "Giving first, and giving the thing she actually wants, is what makes a stranger memorable." },
        { id = "alert_kinds",
          text = "What kind of alerts were they, mostly?",
          to = "jonas_calls", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Oh, disk space, mostly. Sorry, I have to...",
          feedback = "A good follow-up question at the wrong moment: the coat in Jonas's hand says time is up. "
            .. "Save it for an email she has agreed to." },
      },
    },

    closing_window = {
      speaker = "helena",
      mood = "neutral",
      text = "Right, I've genuinely got about thirty seconds.",
      cue = "She picks up her bag. Jonas is already walking to the side door.",
      timeout = 10, on_timeout = "she_left",
      timeout_score = { empathy = -1 },
      timeout_feedback = "Thirty seconds is enough for one line; saying nothing left her to walk away mid-thought.",
      choices = {
        { id = "email_cw",
          text = "Could I email you one question?",
          to = email_to, can_go = { "email_yes", "email_maybe" }, asks = true, score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "notice_cue", "specific_ask", "respect_time" },
          reply = "Sure.",
          feedback = "You heard the thirty seconds and made your ask fit them: short and easy to "
            .. "grant as she walks. Naming which question would make it more memorable." },
        { id = "quote_check",
          text = "Sorry, what percentage did you say you deleted? I want to quote you right.",
          when = "deleted_alerts",
          to = "goodbye", score = { listening = -1, empathy = -1 }, tags = { "ask_again" },
          reply = "Forty. It's on the slides. Bye!",
          feedback = "She said it on stage, and it was the line the whole room remembered. Spending "
            .. "her last thirty seconds, bag in hand, on repeating it uses her time for your notes "
            .. "and tells her the talk did not quite land with you." },
        { id = "templates_cw",
          text = "You wanted review templates. Ours is yours, if it helps.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "share_resource" },
          reply = "Oh! Yes. Yes, please.",
          thought = "Thirty seconds, and they used it to give me something.",
          feedback = "Thirty seconds was enough to offer the one thing she said she wanted. "
            .. "Value that fits in a sentence is the best use of a closing window." },
        { id = "thanks_trip",
          text = "Thank you, really. Have a good trip.",
          to = "goodbye", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "You too!",
          feedback = "A warm, clean exit that respects her time. It leaves no thread to pull on later, though." },
      },
    },

    template_offer = {
      speaker = "helena",
      mood = "surprised",
      text = "That would genuinely help. We're rewriting ours next quarter.",
      cue = "She pulls a business card from her coat pocket and hands it over.",
      trust = { helena = 1 },
      choices = {
        { id = "hiring_intro",
          text = "Great. And could you also introduce me to someone on your hiring team?",
          to = "ask_too_far", asks = true, score = { listening = -1, value_first = -2 }, trust = { helena = -1 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "Oh. So it was a trade.",
          feedback = "She has just said the template would help, and you turned from her rewrite to "
            .. "a big favour for you, so your gift becomes a trade on the spot. Let the value land "
            .. "before you ask for anything this big." },
        { id = "send_safe",
          text = "I'll send it tonight, and you don't need to reply. Safe travels.",
          to = "template_end", score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "respect_time", "follow_through" },
          reply = "Thank you. Really.",
          feedback = "You answered her yes with a date, freed her from replying and let her go: "
            .. "pure giving, and she will notice that you asked for nothing. When the template "
            .. "arrives, you can add a question then." },
        { id = "send_plus_q",
          text = "I'll send it tonight. Could I add one question of my own to that email?",
          to = "template_end", asks = true, learn = { "asked_own_q" }, score = { listening = 1, value_first = 1 },
          tags = { "specific_ask", "follow_through" },
          reply = "Of course. One question, I can do.",
          feedback = "You took up her yes and named when it comes; the ask rides on that promised "
            .. "value, it is small, and she can skip it. That is reciprocity done well." },
      },
    },

    mentor_no_late = {
      speaker = "helena",
      mood = "guarded",
      text = "Ah. That's kind, but no, I can't take anyone on this year. And I do have to go.",
      cue = "The warmth of a moment ago has cooled a few degrees. She reaches for her bag.",
      choices = {
        { id = "now_and_then",
          text = "Could I at least email you now and then with questions?",
          to = "jonas_calls", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -2, value_first = -1 }, trust = { helena = -1 },
          tags = { "miss_cue", "dismiss", "vague_ask" },
          reply = "I'm not great at email, honestly.",
          thought = "Now and then is still mentoring.",
          feedback = "She has just said she has to go, and you bargained her no down to an "
            .. "open-ended 'now and then'. That still asks for an ongoing commitment; a single, "
            .. "specific question is easier to grant." },
        { id = "sorry_keep",
          text = "Of course. Sorry to keep you.",
          to = "goodbye", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "Not at all. Good luck.",
          feedback = "You heard that she has to go, took the no and let her leave at once. Clean, "
            .. "if it ends on the ask rather than on her idea." },
        { id = "muted_thanks",
          text = "Understood. Thanks for the muting tip; we'll try it this month.",
          to = "goodbye", learn = { "thanked_specific" }, score = { listening = 1, empathy = 1, value_first = 1 },
          trust = { helena = 1 }, tags = { "recall_detail", "gratitude" },
          reply = "Do. Tell me how it goes.",
          thought = "Good, they took the no and kept the idea.",
          feedback = "You accepted the 'no' at once and ended on the idea she gave you, which is the best thing "
            .. "she will remember about this minute. A thank-you that names the advice is a small gift." },
      },
    },

    jonas_calls = {
      speaker = "jonas",
      mood = "annoyed",
      text = "Helena, sorry, the car's downstairs. We really need to go now.",
      cue = "Helena gives you an apologetic half-smile and starts to turn.",
      timeout = 8, on_timeout = "she_left",
      timeout_score = {},
      timeout_feedback = "Saying nothing let her go without a goodbye. One short line would have ended it well.",
      choices = {
        { id = "one_more",
          text = "Just one more quick thing, I promise.",
          to = "brushed_off", reply = "Sorry. We're going.", learn = { "pushed" }, score = { empathy = -2, listening = -1 }, trust = { helena = -1, jonas = -1 },
          tags = { "miss_cue", "interrupt" },
          thought = "No. Absolutely not.",
          feedback = "When the host says 'now', one more thing costs her the car and costs you the goodwill you "
            .. "had. Let her go and follow up in writing." },
        { id = "template_go",
          text = "Go! I'll send you our review template; it's what you asked Dev for.",
          when = "wants_templates",
          to = "template_end", gives = true, score = { listening = 1, empathy = 1, value_first = 2 },
          trust = { helena = 1 }, tags = { "recall_detail", "share_resource" },
          reply = "Oh! You star. Card's... here.",
          thought = "Quick, useful, and she still makes the car.",
          feedback = "You let her go and gave her the thing she wanted in the same breath. "
            .. "A give that fits in one sentence is never too late." },
        { id = "thanks_go",
          text = "Thanks for the talk. Safe travels.",
          to = "goodbye", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "Thank you! Bye!",
          feedback = "Graceful under pressure: you heard 'now' and let her go. "
            .. "You leave a good impression, though no reason to hear from you again." },
        { id = "go_email",
          text = "Go, go! Can I email you?",
          to = email_to, can_go = { "email_yes", "email_maybe" }, asks = true, score = { listening = 1, empathy = 1, value_first = -1 },
          tags = { "notice_cue", "respect_time", "vague_ask" },
          reply = "Yes, yes.",
          feedback = "You heard the car and released her at once, which is right, but 'email you' "
            .. "leaves her to guess about what. Name the one question and it becomes easy to say "
            .. "yes to." },
      },
    },

    -- endings ----------------------------------------------------------------------------------
    email_yes = {
      speaker = "helena",
      mood = "warm",
      text = "I'm slow on email, but I do answer. Card's in here somewhere... there.",
      cue = "She presses a card into your hand on her way past.",
      ending = "door_open", grade = "good",
    },
    email_maybe = {
      speaker = "helena",
      mood = "neutral",
      text = "The address is on the conference site.",
      cue = "She says it over her shoulder. You are not sure she will place your name when it arrives.",
      ending = "door_ajar", grade = "mixed",
    },
    template_end = {
      speaker = "helena",
      mood = "warm",
      text = function(state)
        if state.facts.asked_own_q then
          return "Send it to the address on the card, with 'template' in the subject, and put your question "
            .. "at the bottom. I'll answer it."
        end
        return "Send it to the address on the card, and put 'template' in the subject so I find it. "
          .. "Thanks, really."
      end,
      ending = "door_open", grade = "good",
    },
    goodbye = {
      speaker = "narrator",
      text = function(state)
        if state.facts.thanked_specific then
          return "She smiles and is gone through the side door. She will remember the thank-you, though she "
            .. "left without any way to hear from you again."
        end
        return "She smiles, says it was nice to meet you, and is gone through the side door. It was pleasant. "
          .. "You have no way to continue it that she would recognise."
      end,
      ending = "polite_goodbye", grade = "mixed",
    },
    ask_too_far = {
      speaker = "helena",
      mood = "guarded",
      text = "Let's start with the template, shall we? I really must go.",
      cue = "She takes the card back out of your hand, writes only her email on it, and hands it over again.",
      ending = "polite_goodbye", grade = "mixed",
    },
    she_left = {
      speaker = "narrator",
      text = "Jonas steers her out through the side door. The conversation ends mid-sentence, and the "
        .. "question you came for is still in your head.",
      ending = "ran_out_of_time", grade = "poor",
    },
    brushed_off = {
      speaker = "helena",
      mood = "annoyed",
      text = "I'm sorry, I really can't. Jonas, shall we?",
      ending = "brushed_off", grade = "poor",
    },
    never_spoke = {
      speaker = "narrator",
      text = "By the time you look up again, the stage is empty. She never knew you were there.",
      ending = "never_spoke", grade = "poor",
    },
  },
  debrief = {
    listening = "Her talk gave you a ready-made opener: one concrete claim (40 percent of alerts deleted) "
      .. "turned into a 'how' question beats any compliment. And the queue is information: what a speaker "
      .. "tells the person ahead of you is what she needs today.",
    empathy = "Her time was the whole situation: a car, a host, a bag on her shoulder. Fitting your request "
      .. "to two minutes, and taking a 'no' without bargaining, is what makes it safe for her to say yes.",
    value_first = "The thing a speaker says she wants is worth more than any praise. Give it, then make one "
      .. "small, specific ask she can grant on the way out.",
  },
}
