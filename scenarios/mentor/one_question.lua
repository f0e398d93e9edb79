-- luacheck: no max line length
-- A twenty-minute mentoring call with one prepared question, on the mentor's bad day.
-- What it practises: noticing a bad day and offering the time back, thanking before
-- asking, asking one specific question, listening to the answer, ending on time.
-- Facts: marcus_audit and marcus_hard_stop (bad_day, offered_out), marcus_hard_stop
-- alone (too_fast), marcus_contrast (named, retell), marcus_signed_off
-- (audit_detail), marcus_brief_advice (answer).
-- How the call ends for him depends on his trust at the close: a check-in, thanks
-- for his last advice, one prepared question and an ending before 4:20 earn it;
-- a good close after a careless call does not.
-- Note: when Marcus asks you to narrow a vague question (five_questions,
-- vague_answer), the narrowed question is the same ask made specific, so it is
-- not marked `asks` a second time.

-- The trust at the close that makes the call a good one for him too.
local LIFTED = 6

local function close(state)
  if state.trust.marcus >= LIFTED then return "helped_both" end
  return "thin_goodbye"
end

local function seen(state, id)
  return (state.visits[id] or 0) > 0
end

return {
  format = 1,
  version = 3,
  id = "mentor.one_question",
  title = "One question, bad day",
  family = "mentor",
  summary = "Your monthly twenty minutes with your mentor Marcus, and one question you have prepared carefully. He joins late, camera off, and something has clearly gone wrong.",
  homework = "Before your next call with a mentor or senior colleague, write your one question at the top of the page, and one sentence on how their last piece of advice worked out.",
  difficulty = 2,
  cast = {
    marcus = { name = "Marcus Lindqvist", role = "Head of Design, Calder Health; your mentor", portrait = "salt_pepper" },
  },
  start = "waiting",
  nodes = {
    waiting = {
      speaker = "narrator",
      cue = "Through his microphone: fast typing, then a notification chime.",
      text = "Thursday, 4:00. Your monthly call with Marcus Lindqvist, head of design at Calder Health. You design the booking flow at Fernway, a bus-ticket app, and you have one question on a sticky note. At 4:03 he joins, camera off.",
      choices = {
        { id = "how_are_you", text = "Hi Marcus! How are you doing?",
          to = "bad_day",
          feedback = "A friendly, ordinary start. It gives him room to say how he really is; be ready to hear the answer." },
        { id = "check_in", text = "Hi. Sounds like you're in the middle of something. Still a good time?",
          to = "offered_out", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "notice_cue", "respect_time" },
          thought = "Caught me. Kind of them to ask.",
          feedback = "You heard the typing and the late start and gave him an easy way out before taking his time. Saying what you notice is respectful, not awkward." },
        { id = "jump_in", text = "Hi! Great, OK, so I've got my question all ready, let me just jump straight in if that's alright.",
          to = "too_fast", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "Being prepared is good, but you went past a late, camera-off, typing mentor without a word. Ten seconds of checking in changes how he hears your question." },
      },
    },

    bad_day = {
      speaker = "marcus",
      mood = "sad",
      cue = "A long breath out, close to the microphone.",
      text = "Honestly? Not great. The accessibility audit on Calder Go came back this morning. It's a fail, so the launch is off. And I'm in with our CEO at 4:20, so that's my hard stop.",
      learn = { "marcus_audit", "marcus_hard_stop" },
      choices = {
        { id = "rough_morning", text = "A failed audit in launch week. That's a rough morning.",
          to = "named", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "name_emotion", "paraphrase" },
          reply = "It is.",
          thought = "Yes. It was.",
          feedback = "You named it plainly, without drama, and showed you caught what happened. He does not need fixing, just to feel heard for a moment." },
        { id = "it_will_work_out", text = "Oh no. Well, these things happen. I'm sure it'll all work out in the end.",
          to = "brushed", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "dismiss", "generic_reply" },
          thought = "Eight months of work. 'These things happen.'",
          feedback = "Reassurance that skips over how he feels tells him the subject is closed. Acknowledge the blow in one sentence before you move on." },
        { id = "release_story", text = "Ugh, I know that feeling. Our release got pushed last month too, and honestly it took me a whole week to get over it.",
          to = "hijack", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "self_focus", "topic_hijack" },
          thought = "I wasn't looking for company.",
          feedback = "Matching his bad news with yours moves the spotlight onto you. A short 'that's rough' does more than a story of your own." },
        { id = "move_it", text = "Do you want to move this? Next week is completely fine.",
          to = "still_on", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "respect_time", "perspective" },
          thought = "An easy out. I won't take it, but thanks.",
          feedback = "Offering his time back on a bad day is generous and easy to accept or refuse. Mean it, and be fine with either answer." },
      },
    },

    offered_out = {
      speaker = "marcus",
      mood = "neutral",
      cue = "His camera flicks on. Hood up, a mug he isn't drinking from.",
      text = "No, let's do it. Calder Go failed its accessibility audit this morning and I'm in with the CEO at 4:20. Fifteen minutes on something that isn't the audit is exactly what I need. You're my break.",
      learn = { "marcus_audit", "marcus_hard_stop" },
      choices = {
        { id = "audit_help", text = "Is there anything I can do on the audit? I've done a lot of contrast and focus-order work, I'd be glad to help.",
          to = "audit_offer", gives = true, score = { listening = -1, empathy = -1, value_first = 1 },
          tags = { "offer_help", "miss_cue" },
          feedback = "Generous, but he just told you he wants fifteen minutes away from the audit, "
            .. "and the offer keeps him in it. Offer it in one line at the end, when he can take "
            .. "it or leave it." },
        { id = "failed_and_ceo", text = "A failed audit and the CEO, all in one day. That's rough.",
          to = "named", score = { listening = -1, empathy = -1 },
          tags = { "miss_cue" },
          reply = "It is.",
          thought = "I said I wanted fifteen minutes away from it.",
          feedback = "You caught the facts, but he had just asked for fifteen minutes on anything "
            .. "but the audit, and you put him back in it. Here the kind move is the one he asked "
            .. "for: a break, and your question." },
        { id = "one_q_time_back", text = "Then one question, and you get time back. But first: your critique tip worked.",
          to = "quick_thanks", gives = true, score = { listening = 1, empathy = 1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "gratitude", "respect_time" },
          reply = "Wait, really?",
          thought = "Time back, and good news. Yes please.",
          feedback = "You heard both things he needs, a break and the clock, and gave him good news about his own advice before taking anything. Keep it to a sentence or two." },
        { id = "so_my_question", text = "Great. So, my question.",
          to = "ask_point",
          score = { listening = 1, empathy = 1 }, tags = { "respect_time" }, reply = "Go on.",
          feedback = "He asked for fifteen minutes on something that isn't the audit, and you gave "
            .. "him that at once: fine for his clock and his mood. One line of thanks first would "
            .. "have cost ten seconds and lifted his day." },
      },
    },

    still_on = {
      speaker = "marcus",
      mood = "neutral",
      cue = "His camera flicks on. He pushes his hood back.",
      text = "No, let's do it. Honestly, fifteen minutes on something that isn't the audit is exactly what I need. You're my break.",
      choices = {
        { id = "deal_thanks", text = "Deal. One question, then. But first: your critique tip worked.",
          to = "quick_thanks", gives = true, score = { listening = 1, empathy = 1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "gratitude", "respect_time" },
          reply = "Oh? Go on.",
          thought = "Good news. I could use some.",
          feedback = "You took his 'you're my break' at its word: one question, and first some good "
            .. "news about his own advice. It gives before it takes." },
        { id = "audit_again", text = "Sorry, what was it that happened with the audit again?",
          to = "retell", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "ask_again" },
          thought = "I said I wanted a break from it.",
          feedback = "He told you a minute ago, and he just said he wants a break from it. Asking again makes him relive it and shows the first telling did not land." },
        { id = "straight_to_it", text = "OK, thanks. Then I'll get straight to my question and keep it nice and short for you.",
          to = "ask_point", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          feedback = "You heard the fifteen minutes and promised to keep it short, which suits his "
            .. "day. A word on how his last advice worked out would have given something back "
            .. "first." },
      },
    },

    retell = {
      speaker = "marcus",
      mood = "annoyed",
      cue = "A pause. His voice goes flat.",
      text = "The audit. It failed. Colour contrast and focus order, on a design team's own product.",
      learn = { "marcus_contrast" },
      choices = {
        { id = "leave_it_there", text = "Sorry, you'd told me already, and I made you say it twice. We'll leave the audit alone. My question, then.",
          to = "ask_point", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Please.",
          feedback = "You heard the flat voice, owned making him repeat it and dropped the subject, "
            .. "which gives him the break from the audit he wanted. Keep the rest of the call "
            .. "tight." },
        { id = "axe_after_retell", text = "Contrast? Have you tried the axe browser plugin? It catches that kind of thing automatically.",
          to = "tool_tip", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "miss_cue", "dismiss" },
          thought = "A plugin. For the head of design. Today.",
          feedback = "He is telling you, for the second time, about something he wants a break from, and you answer with a tip he did not ask for. Let it go and ask your question." },
      },
    },

    named = {
      speaker = "marcus",
      mood = "sad",
      cue = "A short, tired laugh.",
      text = "Eight months of work, and we failed on colour contrast and focus order. A design team, failing on contrast.",
      learn = { "marcus_contrast" },
      choices = {
        { id = "move_after_named", text = "I'm sorry, that's a horrible day. Do you want to move this? Next week works for me, genuinely, no problem at all.",
          to = "still_on", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          reply = "No. No, let's do it.",
          feedback = "You heard the tired laugh and offered him the time back, so he chooses how to "
            .. "spend his afternoon. 'Horrible' is a shade bigger than what he said, but the offer "
            .. "is real." },
        { id = "tip_worked", text = "Before my question: your critique tip worked, and I wanted you to know.",
          to = "quick_thanks", gives = true, score = { listening = -1, empathy = -1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "gratitude", "topic_hijack" },
          reply = "Did it?",
          thought = "Something went right this month.",
          feedback = "The thanks are real, but he has just given you a tired laugh about eight "
            .. "months of work, and you moved straight past it to your good news. A word on his "
            .. "day first, then the thanks, and it would have landed as a gift." },
        { id = "focus_order", text = "What went wrong with focus order?",
          to = "audit_detail", score = { listening = 1 },
          tags = { "follow_up_question" },
          feedback = "A real follow-up on his own words invites him to say what is underneath. Keep it to one question; he has a CEO at 4:20." },
      },
    },

    brushed = {
      speaker = "marcus",
      mood = "neutral",
      cue = "The typing starts again.",
      text = "Mm. Sure. So, what did you want to ask?",
      choices = {
        { id = "booking_flow", text = "Right! OK, so, my question is about that booking-flow project I mentioned the last time we spoke.",
          to = "ask_point", score = { listening = -1 },
          tags = { "miss_cue" },
          reply = "Mm-hm.",
          feedback = "The typing came back because he has checked out, so your question will get half his attention. Repair the last line first." },
        { id = "that_was_glib", text = "Sorry, that was glib of me. A failed audit after eight months is a big deal. Do you still want to do this today?",
          to = "still_on", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "name_emotion", "notice_cue" },
          reply = "Thanks for saying that.",
          thought = "All right. Better.",
          feedback = "You heard the typing come back, caught your own brush-off and named what happened. It also gives him a real choice about the call." },
      },
    },

    hijack = {
      speaker = "marcus",
      mood = "neutral",
      cue = "Silence. Then typing.",
      text = "Right. Sorry, what was your question?",
      choices = {
        { id = "made_it_about_me", text = "Sorry, I made that about me. Your audit matters more today. We can skip my question if you'd rather.",
          to = "still_on", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "perspective", "notice_cue" },
          reply = "Ha. Yes. Thanks.",
          thought = "Noticed their own detour. Good.",
          feedback = "Owning the detour and handing the floor back shows you can notice your own slip. He will relax when he sees that you can." },
        { id = "find_notes", text = "Sure, let me just find my notes.",
          to = "fumble", score = { listening = -1, empathy = -1 },
          tags = { "miss_cue" },
          reply = "Sure.",
          feedback = "You went straight past his silence, and now he waits while you search. Acknowledge the detour, then ask your one prepared question." },
        { id = "finish_story", text = "Actually, just to finish the story about our release, because it's relevant, I promise: we'd planned the whole launch around...",
          to = "cut_short", score = { listening = -2, empathy = -1 }, trust = { marcus = -1 },
          tags = { "topic_hijack", "self_focus" },
          thought = "I have sixteen minutes and a CEO.",
          feedback = "He asked for your question and you went back to your own story, on a day he has none to spare. When someone hands you the floor for a purpose, use it for that purpose." },
      },
    },

    too_fast = {
      speaker = "marcus",
      mood = "neutral",
      cue = "Typing. Another chime. He doesn't turn his camera on.",
      text = "Sure, sure. Go ahead. Just so you know, I'm in with our CEO at 4:20, so that's a hard stop.",
      learn = { "marcus_hard_stop" },
      choices = {
        { id = "few_things", text = "OK! So I've been asked to lead the booking-flow redesign, it's a big one, and there are a few things I'd love your take on.",
          to = "five_questions", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "vague_ask" },
          reply = "A few things.",
          feedback = "Two cues missed, then an open-ended list for a man with seventeen minutes. One prepared question would fit the time he has." },
        { id = "you_sound_swamped", text = "Before I start: you sound swamped. Still OK to do this today?",
          to = "offered_out", score = { listening = 2, empathy = 1 }, trust = { marcus = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Is it that obvious?",
          thought = "OK, they did notice.",
          feedback = "You caught what he did not say, the typing and the chimes, named it lightly "
            .. "and gave him a choice. Checking in is never too late in a twenty-minute call." },
        { id = "my_question_then", text = "Sure. My question, then.",
          to = "ask_point", score = { listening = -1 },
          tags = { "miss_cue" },
          reply = "Mm.",
          feedback = "Short is right for his hard stop, but you went on past the typing, the chimes "
            .. "and the camera left off as if you had not heard them. A ten-second check-in on "
            .. "how he is would have bought you his full attention." },
      },
    },

    quick_thanks = {
      speaker = "marcus",
      mood = "surprised",
      cue = "For the first time, his voice lifts.",
      text = "The 'three things that work, one to change' format? It actually worked?",
      choices = {
        { id = "priya", text = "It did. Priya said it was the first critique she didn't dread, and two others have asked to use the format. That's all; it seemed worth saying.",
          to = "ask_point", score = { listening = 1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "gratitude" },
          reply = "That's made my afternoon. Thank you.",
          thought = "Something I did helped someone. Today of all days.",
          feedback = "A specific result, credited to him, and then you stopped. Thanks without a hook is the kind he remembers." },
        { id = "vague_yes", text = "Yeah, mostly, more or less, I think people liked it! Anyway, my actual question today is about something a bit different, if that's OK.",
          to = "ask_point", score = { listening = -1, empathy = -1 },
          tags = { "generic_reply", "miss_cue" },
          reply = "Oh. Sure.",
          feedback = "For the first time today his voice lifted, and you rushed past it to your own "
            .. "question. Give him the one concrete detail; it costs ten seconds and it is the "
            .. "lift he needed." },
      },
    },

    audit_offer = {
      speaker = "marcus",
      mood = "thinking",
      cue = "A pause. He sounds slightly deflated.",
      text = "That's kind. Honestly, I've got three people on it. I just need not to think about it for a bit.",
      choices = {
        { id = "parked", text = "Fair enough. Parked, and I won't bring it up again. My question, then.",
          to = "ask_point", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thank you.",
          feedback = "You heard the boundary and dropped the offer at once. Taking a no gracefully is part of offering help." },
        { id = "press_offer", text = "Of course. But seriously, if you need another pair of eyes on focus order, I'm really good at it, just say.",
          to = "ask_point", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "miss_cue", "self_focus" },
          reply = "Noted.",
          thought = "I said I need not to think about it.",
          feedback = "He said he wanted a break from the audit and you pressed the offer again, now about your own skills. Once help is declined, let it go." },
      },
    },

    audit_detail = {
      speaker = "marcus",
      mood = "sad",
      cue = "He goes quiet for a second after 'I signed it off'.",
      text = "Our own date picker. Keyboard focus jumps from it straight to the footer. It's in our design system, and I signed it off two years ago.",
      learn = { "marcus_signed_off" },
      choices = {
        { id = "cant_blame_yourself", text = "That's not on you. Everyone signs things off.",
          to = "brushed", score = { listening = 1, empathy = -1 },
          tags = { "dismiss" },
          reply = "Maybe.",
          feedback = "You caught the sign-off that troubles him, but 'that's not on you' tells him "
            .. "what not to feel instead of hearing what he does feel. Name it lightly and let him "
            .. "decide what to do with it." },
        { id = "signing_off_stings", text = "So it's the signing off that stings, more than the bug.",
          to = "stings", score = { listening = 1, empathy = 2 }, trust = { marcus = 1 },
          tags = { "name_emotion", "notice_cue" },
          thought = "That's exactly it.",
          feedback = "You heard the part he said quietly and named it without making it bigger. That is empathy: seeing what the problem means to him." },
        { id = "axe_plugin", text = "Have you tried the axe browser plugin? It catches that kind of focus-order problem.",
          to = "tool_tip", score = { listening = -1, empathy = -1 }, trust = { marcus = -1 },
          tags = { "miss_cue", "dismiss" },
          thought = "So I should have caught it. Thanks.",
          feedback = "A tool tip for a head of design, on the day his team failed, sounds like 'you should have caught it'. Advice nobody asked for is rarely a gift on a bad day." },
      },
    },

    stings = {
      speaker = "marcus",
      mood = "thinking",
      cue = "He pushes his hood back and sits up a little.",
      text = "Yeah. It does. Thanks for saying it. OK, enough of that. What's your question?",
      trust = { marcus = 1 },
      choices = {
        { id = "quick_thing_first", text = "Quick thing first, though: your critique tip worked.",
          to = "quick_thanks", gives = true, score = { value_first = 1 },
          tags = { "gratitude" },
          reply = "Really?",
          feedback = "Moving from his failure to a success he caused is a kind change of subject. It also means you give before you take." },
        { id = "enough_about_that", text = "Sure. Right, OK, enough about that, let's get to my question then.",
          to = "ask_point", score = { empathy = 1 },
          tags = { "respect_time" },
          reply = "Go on.",
          feedback = "Following his lead to move on is right. A sentence on how his last advice went would have given him something back first." },
      },
    },

    tool_tip = {
      speaker = "marcus",
      mood = "annoyed",
      cue = "His voice goes flat.",
      text = "We use it. It's in the report, actually.",
      choices = {
        { id = "oh_cool", text = "Oh, cool, good. Well, OK then, I suppose I'll go on to my question.",
          to = "ask_point", score = { listening = -1, empathy = -1 },
          tags = { "miss_cue" },
          reply = "Mm.",
          feedback = "His voice went flat and you let the moment pass without a word, so it "
            .. "lingers. One light line owning the tip he did not need would have cleared it." },
        { id = "nobody_asked_me", text = "Of course you do. Sorry, nobody asked me. My question, then.",
          to = "ask_point", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "perspective" },
          reply = "Ha. Go on.",
          feedback = "You heard the flat voice and owned the unasked advice lightly, which clears the air without a long apology. Then move on, as he wants to." },
      },
    },

    ask_point = {
      speaker = "marcus",
      mood = "neutral",
      cue = "He leans back. The clock on your screen says 4:08.",
      text = "Go on, then. What's the question?",
      discuss = "He has twelve minutes and a bad day. What makes one question worth his time?",
      timeout = 20,
      on_timeout = "fumble",
      timeout_score = { empathy = -1 },
      timeout_feedback = "Twenty seconds of silence on a twelve-minute call is his time spent waiting. Have the question at the top of the page.",
      choices = {
        { id = "several_things", text = "A few things, really: whether to take the lead role, how to handle a senior contractor, whether to learn to code, maybe my portfolio. Whichever you'd like to start with?",
          to = "five_questions", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "vague_ask", "miss_cue" },
          reply = "Four things.",
          feedback = "He asked for the question and the clock says 4:08; four questions make him choose and hurry. Choosing is your job; bring the one that matters most." },
        { id = "pull_up_notes", text = "Sorry, let me pull up my notes, one second...",
          to = "fumble", score = { empathy = -1 },
          reply = "Mm-hm.",
          feedback = "Reading a question from notes is fine; searching for it while he waits spends his few minutes. Have it at the top of the page before the call." },
        { id = "contractor", text = "I'm critiquing a contractor with fifteen years on me. How do I do it without deferring or overcorrecting?",
          to = "answer", asks = true, score = { empathy = 1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "specific_ask", "respect_time" },
          reply = "Good one.",
          thought = "A real question. I can do something with that.",
          feedback = "One question, with the situation and what you are stuck on, in two sentences. A prepared question is the most respectful thing you can bring to a short call." },
        { id = "better_lead", text = "Just generally: how do I become a better design lead?",
          to = "vague_answer", asks = true, score = { empathy = -1, value_first = -1 },
          tags = { "vague_ask" },
          feedback = "With twelve minutes left on his clock, a big, open question gets a "
            .. "fortune-cookie answer, because he has nothing specific to work with. Give him a "
            .. "real situation he can answer in the time." },
      },
    },

    fumble = {
      speaker = "marcus",
      mood = "neutral",
      cue = "Papers rustle on your side. A sigh on his.",
      text = "Take your time.",
      choices = {
        { id = "several_had", text = "Sorry, I had several. Let me find the one about, um, the contractor. Or maybe the portfolio one first.",
          to = "five_questions", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "vague_ask", "miss_cue" },
          reply = "Several.",
          feedback = "He sighed and you answered with a list, thinking out loud while he waits for you to decide. Pick one before the call." },
        { id = "found_it", text = "Found it. How do I critique a contractor who has fifteen years on me?",
          to = "answer", asks = true, score = { value_first = 1 },
          tags = { "specific_ask" },
          reply = "Good.",
          feedback = "You got there: one question, clearly framed. Next time have it ready before the call, so the search costs him nothing." },
      },
    },

    five_questions = {
      speaker = "marcus",
      mood = "annoyed",
      cue = "His voice goes flat.",
      text = "I've got about ten minutes. Which one matters most? Pick one.",
      choices = {
        { id = "pick_contractor", text = "The contractor. He has fifteen years on me, I have to critique his work next week, and I keep deferring.",
          to = "answer", score = { listening = 1, value_first = 1 },
          tags = { "specific_ask" },
          reply = "OK. That one I can help with.",
          feedback = "Narrowing to one on the spot saves the call. Choose before the call next time, so he never has to ask." },
        { id = "whichever", text = "Oh, whichever you think matters most, honestly! You know better than me which is most useful.",
          to = "vague_answer", score = { listening = -1, empathy = -1 },
          tags = { "vague_ask" },
          reply = "Honestly?",
          feedback = "Handing the choice back on a day like this adds one more decision to his pile. You know which question matters to you; say it." },
      },
    },

    vague_answer = {
      speaker = "marcus",
      mood = "thinking",
      cue = "He rubs his eyes.",
      text = "Listen more than you talk, write things down, ship. Sorry, that's a fortune cookie. It's hard to say much without a real situation.",
      choices = {
        { id = "a_real_one", text = "Fair. A real one: I'm critiquing a contractor with fifteen years on me, and I keep deferring to him.",
          to = "answer", score = { listening = 1, value_first = 1 },
          tags = { "specific_ask" },
          reply = "Now we're talking.",
          feedback = "You took his hint and gave him something concrete to work with. That turns a fortune cookie into advice." },
        { id = "thanks_anyway", text = "No, that's great, honestly, really helpful. Thank you so much for making the time today!",
          to = "empty_thanks", score = { listening = -1 },
          tags = { "generic_reply", "miss_cue" },
          feedback = "He told you his answer was thin and you thanked him for it, so the call ends with nothing you can use. Take his hint and give him a real situation." },
      },
    },

    answer = {
      speaker = "marcus",
      mood = "thinking",
      cue = "His voice picks up. He is thinking out loud now.",
      text = "Two things. Critique against the brief, not his experience or yours: 'does this get a nervous passenger booked in under a minute?' And ask before you tell: 'walk me through why the date picker works like this.' Senior people relax when you ask about their reasoning.",
      learn = { "marcus_brief_advice" },
      choices = {
        { id = "hard_case", text = "And if his reasoning is sound, but I still think it's wrong?",
          to = "he_builds", score = { listening = 1 },
          tags = { "follow_up_question" },
          reply = "Good. That's the real question.",
          feedback = "A follow-up that pushes on the hard case gets you more than agreement would. It shows you are applying the advice, not just collecting it." },
        { id = "brief_is_authority", text = "So the brief is the authority in the room, not me and not him. That takes the seniority out of it.",
          to = "he_builds", score = { listening = 2 }, trust = { marcus = 1 },
          tags = { "paraphrase" },
          reply = "Exactly.",
          thought = "They got it in one line.",
          feedback = "A crisp paraphrase proves you got the principle, and saying what it changes for you invites him to add the next layer." },
        { id = "learn_to_code", text = "Totally. While I have you, I also wanted to ask whether I should learn to code, because my manager keeps hinting at it.",
          to = "second_ask", asks = true, score = { listening = -1, value_first = -1 }, trust = { marcus = -1 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "So that one was a box to tick.",
          reply = "Ah. Er...",
          feedback = "You jumped to a new question before his answer landed, which tells him the first one was a box to tick. Stay with his answer and save the next question for next month." },
      },
    },

    he_builds = {
      speaker = "marcus",
      mood = "warm",
      cue = "He glances off-screen, at a clock, probably.",
      text = "And when you disagree, say what would convince you, not what you'd do instead. He'll either show you or change it, and nobody loses face.",
      choices = {
        { id = "thank_you_useful", text = "Thank you, that's really useful.",
          to = "closing",
          tags = {  },
          reply = "Good.",
          feedback = "A plain, warm thanks, and nothing wrong with it. The glance at the clock was "
            .. "a chance to say you would stop here, and saying what you will do with his advice "
            .. "would show him it landed." },
        { id = "portfolio_tips", text = "Great, that's brilliant. Oh, and really quickly before you go, do you have any tips for portfolio reviews?",
          to = "second_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "premature_ask", "miss_cue" },
          thought = "I just looked at the clock.",
          reply = "I...",
          trust = { marcus = -1 },
          feedback = "He answered your one question well, and you opened another as he glanced at the clock. Hold it for next month." },
        { id = "stop_here", text = "That's what I needed. You've got the CEO at 4:20; let's stop here.",
          to = "closing", when = "marcus_hard_stop", score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "recall_detail", "respect_time" },
          reply = "Thanks for keeping it to one. Weirdly, that's been the best fifteen minutes of my day.",
          thought = "Minutes back, without asking. That's rare.",
          feedback = "You remembered his hard stop and gave him minutes back without being asked. Ending early on a bad day is a gift he will notice." },
      },
    },

    second_ask = {
      speaker = "marcus",
      mood = "guarded",
      cue = "The clock in the corner of his screen says 4:18.",
      text = "I... really need to stop in a minute. Can that one keep until next month?",
      choices = {
        { id = "two_minutes", text = "It's really quick, two minutes, I promise!",
          to = "overrun", score = { listening = -1, empathy = -2 }, trust = { marcus = -1 },
          tags = { "miss_cue", "dismiss" },
          thought = "I said I have to stop.",
          feedback = "He said he had to stop and you pushed past it for more of his time. Being late for his CEO on a day like this is now partly on you." },
        { id = "next_time", text = "Of course. I'll bring it next month, and I'll have thought about it more by then.",
          to = "closing", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thank you.",
          feedback = "Taking the 'not now' at once leaves the call on good terms. The question will be better for a month's thought anyway." },
      },
    },

    closing = {
      speaker = "marcus",
      mood = "neutral",
      cue = "He is gathering his things for the CEO.",
      text = "Right. I'd better go and face the music.",
      choices = {
        { id = "cool_bye", text = "Cool. Bye!",
          to = "thin_goodbye",
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" }, reply = "Bye.",
          feedback = "He is off to face the music, and 'Cool. Bye!' passes over it. One sentence on "
            .. "his meeting, or on what you will do with his advice, would have made the call "
            .. "matter to him too." },
        { id = "good_luck_reaudit", text = "Good luck with the CEO. I hope the re-audit is kinder.",
          to = close, can_go = { "helped_both", "thin_goodbye" }, when = "marcus_audit",
          score = { listening = 1, empathy = 1 }, trust = { marcus = 1 },
          tags = { "recall_detail", "name_emotion" },
          reply = "Me too. Thanks.",
          thought = "They remembered the audit. From the first minute.",
          feedback = "Closing on his day, not yours, shows the call was not only about your question. Remembering the audit tells him you listened from the first minute." },
        { id = "try_it_monday", text = "Thank you. I'll try the brief thing with the contractor on Monday, and I'll let you know how it goes.",
          to = close, can_go = { "helped_both", "thin_goodbye" }, score = { listening = 1, value_first = 1 }, trust = { marcus = 1 },
          tags = { "gratitude", "follow_through" },
          reply = "Please do.",
          thought = "I'll get to hear how it turns out. I like that.",
          feedback = "Saying what you will do with his advice, and promising to report back, turns it into something he will get to see work. Then do it." },
        { id = "checklist", text = "We built a contrast and focus-order checklist for our own audit. I'll send it, no need to reply.",
          to = close, can_go = { "helped_both", "thin_goodbye" }, when = "marcus_contrast", gives = true,
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { marcus = 1 },
          tags = { "share_resource", "recall_detail", "respect_time" },
          reply = "That would actually help. Thank you.",
          thought = "Useful, and nothing asked for it. Good.",
          feedback = "Useful, specific, tied to exactly what failed, and offered as he leaves with no reply needed. That is how help on a bad day should look." },
      },
    },

    helped_both = {
      speaker = "narrator",
      text = function(state)
        local t = "He signs off with a wave at 4:16."
        if seen(state, "second_ask") then t = "He signs off at 4:19, just in time." end
        return t .. " Six days later, a message: \"Re-audit booked, and we're fixing the date picker. How did it go with the contractor?\""
      end,
      ending = "helped_both",
      grade = "good",
    },

    thin_goodbye = {
      speaker = "narrator",
      text = "He leaves just before 4:20. You have a good answer written under your question. Whether the call did anything for him, on a day like his, is harder to say.",
      ending = "thin_goodbye",
      grade = "mixed",
    },

    empty_thanks = {
      speaker = "narrator",
      text = "The call ends early with 'listen more, write things down, ship' on your sticky note. True enough, and no help at all with the contractor on Monday.",
      ending = "empty_thanks",
      grade = "mixed",
    },

    overrun = {
      speaker = "narrator",
      text = "He answers in a rush and leaves at 4:24, four minutes late for his CEO. Next month's call moves once, then again.",
      ending = "overrun",
      grade = "poor",
    },

    cut_short = {
      speaker = "marcus",
      mood = "annoyed",
      cue = "He leaves the call before you've said goodbye.",
      text = "Sorry, I'm going to have to jump. Let's pick this up next month.",
      ending = "cut_short",
      grade = "poor",
    },
  },
  debrief = {
    listening = "From the first minute the call told you about his day: the late start, the camera off, the typing, then a hard stop at 4:20. A check-in at the start and an ending he did not have to ask for are what listening looks like on a short call.",
    empathy = "A bad day is no reason to cancel or to pretend nothing is wrong. Name it in one plain sentence, offer the time back, and let him choose.",
    value_first = "Before your question, tell him his last advice worked; after it, offer something small he can use, with no reply needed. One prepared question is itself a kindness to a busy mentor.",
  },
}
