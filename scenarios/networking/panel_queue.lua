-- networking.panel_queue: a panellist, a queue behind you, and a voice that is going.
-- luacheck: no max line length
-- The player plans a demand-responsive bus pilot for Fenmoor County Council
-- and queues to speak to Yetunde Oyelaran, who runs a community transport
-- co-operative in the Dales, after a panel at a rural transport forum. She is
-- tired, hoarse and due in Room B; she also enjoys a good question and will
-- happily keep talking. The hard moment is `more`: she invites another
-- question, and the player has to notice the queue (Zainab and her train),
-- her voice and Room B, and close with an easy way to carry on later.
-- Invitation: at `wrap` she turns fully to you and asks what would be useful
-- from her (real); a small, specific ask is welcome there, a large one is not.
-- Facts: two_hour and dialysis_cut (said on stage), zainab_train, room_b,
-- wants_refusals / needs_missed (what she needs: counts nobody keeps),
-- brought_water, promised_log, no_question, was_cut, sent_data.
-- Yetunde's trust at the last reply decides good or mixed.

-- Trust at her last reply that turns a useful exchange into a working contact.
local KEPT = 6

local function close_warm(state)
  if state.trust.yetunde >= KEPT then return "thread_kept" end
  return "pleasant"
end

-- A vague or heavy first email is answered only if the meeting went well.
local function after_heavy(state)
  if state.trust.yetunde >= 2 then return "reply_cool" end
  return "unanswered"
end

-- The chair's lines differ when the queue has already gone (the player waited to be last).
local function emptied(state, empty_line, queue_line)
  if state.visits.last_in_line > 0 then return empty_line end
  return queue_line
end

local function knows_need(state)
  return (state.facts.wants_refusals or state.facts.needs_missed) and not state.facts.promised_log
end

return {
  format = 1,
  version = 1,
  id = "networking.panel_queue",
  title = "Fourth in the queue",
  family = "networking",
  summary = "After a panel on rural buses, you queue to speak to Yetunde, whose co-operative did what your pilot is about to try. Her voice is going, a student with a train is behind you, and she would happily talk all afternoon.",
  homework = "The next time you speak to someone after a talk, say one thing they said, ask one question, and close within two minutes with one easy way to carry on.",
  difficulty = 2,
  cast = {
    yetunde = { name = "Yetunde Oyelaran", role = "Manager, Dalesway Community Transport; a district nurse for twenty years before that" },
    zainab = { name = "Zainab Hussain", role = "MSc student in transport planning, at her first conference" },
    dorota = { name = "Dorota Wilk", role = "Session chair, Getting There rural transport forum" },
  },
  start = "queue",
  nodes = {
    queue = {
      speaker = "narrator",
      cue = "She answers the man at the front with one hand at her throat. Her water bottle is empty; a tray of full ones sits on the side table by the door.",
      text = "Ten past four, the last afternoon of the Getting There rural transport forum in York. The panel 'Buses beyond the last stop' has just closed. The panellist you came for, Yetunde Oyelaran, runs Dalesway Community Transport. On stage she said that when they cut advance booking from 24 hours to two, weekday trips doubled. She had started on 'the dialysis runs' when the chair moved on, and she laughed: \"Ask me afterwards. It's the bit nobody pays for.\" Your council's pilot starts in April across eleven Fenmoor villages, with 24-hour booking. You are fourth in her queue.",
      learn = { "two_hour", "dialysis_cut" },
      choices = {
        { id = "fetch_water",
          text = "(Ask the woman behind you to hold your place, and fetch a bottle from the side table.)",
          to = "zainab", gives = true, learn = { "brought_water" },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "notice_cue", "offer_help" },
          trust = { yetunde = 1 },
          thought = "Yetunde: water. Whoever that is, bless them.",
          reply = "You are back with a cold bottle before the line moves.",
          feedback = "You noticed the empty bottle and the hand at her throat and did something small about it. It costs you thirty seconds and tells her you see her as a person, not a source." },
        { id = "rehearse",
          text = "(Rehearse your opening: who you are, the Fenmoor pilot, its eleven villages and its budget, then your question.)",
          to = "zainab", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "You run through it twice in your head. It takes about a minute each time.",
          feedback = "Context feels polite, but her hand at her throat and the queue both say her minutes are short. Plan one thing she said and one question about it; the pilot can come later, if she asks." },
        { id = "let_ahead",
          text = "(Let the people behind you go first. If you're last, you can talk to her properly.)",
          to = "last_in_line", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Being last sounds considerate, but her voice is already going; last in line means meeting her at her most tired and asking for the most time. A short turn now serves you both better." },
        { id = "two_words",
          text = "(Write two words on your programme: 'two hours'. That is your question.)",
          to = "zainab", score = { listening = 1 }, tags = { "recall_detail" },
          reply = "You underline it. The line shuffles forward one place.",
          feedback = "Planning one point of hers and one question keeps you short and specific. Her throat was worth a thought too." },
      },
    },

    zainab = {
      speaker = "zainab",
      mood = "thinking",
      cue = "The young woman behind you has a notebook open at a page with one line on it, crossed out twice.",
      text = "Sorry, can I ask: is she nice? I'm doing my MSc on rural buses and she's basically my whole literature review. I've got one question and a train at twenty to five.",
      learn = { "zainab_train" },
      choices = {
        { id = "just_go",
          text = "Honestly, just go for it. The worst she can say is no!",
          to = "front", score = { listening = -1, empathy = -1 }, tags = { "generic_reply" },
          reply = "\"Ha. Yeah.\" She looks back at the crossed-out line.",
          feedback = "Kind in spirit, but it steps past her worry without touching it. Something you actually saw of Yetunde would have settled her more than a slogan." },
        { id = "saw_her_kind",
          text = "She took every question on stage kindly, even the rambling one. What's your one question?",
          to = "front", score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "name_emotion" },
          trust = { zainab = 1 },
          reply = "\"Whether the two-hour thing works with volunteer drivers.\" She writes it out a third time, and doesn't cross it out.",
          thought = "Okay. Evidence. I can do this.",
          feedback = "You answered her worry with something you saw rather than a pep talk, then asked about her question. That is reassurance she can use." },
        { id = "go_first",
          text = "Go in front of me, if your train's tight.",
          to = "front", gives = true, score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "notice_cue", "perspective", "offer_help" },
          trust = { zainab = 1 },
          reply = "\"That's kind. No, you were here first. I'll be fine if it keeps moving.\"",
          thought = "Nice. Now I just need it to keep moving.",
          feedback = "You heard the train and offered what you could. She turned it down, which tells you the one thing she needs from you: that you don't take long." },
        { id = "same_pilot",
          text = "Same! Well, I'm here for our pilot in Fenmoor: eleven villages, launching in April. It's a big one.",
          to = "front", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "self_focus" },
          reply = "\"Oh, wow. Good luck.\" She goes back to her notebook.",
          feedback = "She told you she was nervous and on a clock, and the talk turned to your pilot. One line about her question would have done more for both of you." },
      },
    },

    front = {
      speaker = "yetunde",
      mood = "neutral",
      cue = function(state)
        local c = "Behind her, the chair, Dorota Wilk, taps her watch: \"Room B at half past, Yetunde.\""
        if state.facts.brought_water then return "You hand her the bottle. She drinks half of it in one go. " .. c end
        return "She shakes the empty bottle and puts it down. " .. c
      end,
      text = function(state)
        if state.facts.brought_water then
          return "Oh, you star. Thank you. Right, I've a session in Room B at half past. What can I do for you?"
        end
        return "Hello. Sorry, the voice is going. I've a session in Room B at half past. What can I do for you?"
      end,
      learn = { "room_b" },
      timeout = 12,
      on_timeout = "fumble",
      timeout_score = { listening = -1 },
      timeout_feedback = "The first few seconds at the front are when a prepared line pays. Silence makes her do the work of finding your question.",
      discuss = "She has a session at half past and little voice left. What is the one thing worth saying first?",
      choices = {
        { id = "long_intro",
          text = "Hi, I'm a transport planner at Fenmoor County Council. We're launching a demand-responsive pilot in April across eleven villages, and I'd love to run a few things past you.",
          to = "long_intro", score = { empathy = -1, value_first = -1 }, tags = { "vague_ask" },
          trust = { yetunde = -1 },
          reply = "\"Lovely,\" she says, and waits.",
          thought = "A few things. With a queue. Right.",
          feedback = "Who you are is fine, but 'a few things' right after she named Room B asks for more than she has, and she still doesn't know what you want. One point of hers and one question would have fitted." },
        { id = "dialysis",
          text = "You said to ask you afterwards about the dialysis runs. So I'm asking.",
          to = "dialysis", score = { listening = 2 }, tags = { "recall_detail" },
          trust = { yetunde = 1 },
          reply = "She laughs, and it turns into a cough. \"Somebody was listening.\"",
          thought = "The bit nobody asks about. Good.",
          feedback = "You took up the exact invitation she made on stage, in a dozen words. It tells her you listened and lets her talk about what she cares about most." },
        { id = "card",
          text = "Great panel. Could I grab your card, so I can email you properly when you've more time?",
          to = "card_ask", asks = true, score = { empathy = 1, value_first = -1 }, tags = { "respect_time", "premature_ask" },
          reply = "She pats her pockets.",
          feedback = "Considerate of her time, but you waited in a queue and asked for nothing she said. A card on its own rarely turns into an answered email; a specific question would have given her a reason to remember you." },
        { id = "two_hour",
          text = "You went from 24-hour booking to two, and trips doubled. Was it the shorter window that brought people back, or something that changed with it?",
          to = "booking", score = { listening = 2 }, tags = { "paraphrase", "follow_up_question" },
          trust = { yetunde = 1 },
          reply = "\"Ooh. Good question.\"",
          thought = "They want the real answer, not the slide.",
          feedback = "You restated her finding exactly and asked what was behind it. A specific question about her own work is the quickest way to a real answer." },
      },
    },

    fumble = {
      speaker = "yetunde",
      mood = "thinking",
      cue = "She smiles, waiting, then glances past you at the line.",
      text = "Take your time, love. Was it about the booking, or...?",
      choices = {
        { id = "start_again",
          text = "Sorry, blank! Let me start again. I'm at Fenmoor County Council, we've a pilot launching in April...",
          to = "long_intro", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { yetunde = -1 },
          reply = "\"Right.\" She nods, slowly.",
          thought = "Here we go.",
          feedback = "She handed you a way in, and you went back to the beginning with the queue watching. Take her prompt: it is the shortest road to your question." },
        { id = "the_booking",
          text = "Yes, the booking. Was it the two-hour window itself that brought people back?",
          to = "booking", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "\"Partly. Only partly.\"",
          feedback = "You took her prompt and made it a specific question. Recovering from a blank this quickly is all it needs." },
        { id = "dialysis_late",
          text = "The dialysis runs. That's what I came to ask about.",
          to = "dialysis", score = { listening = 2 }, tags = { "recall_detail" },
          trust = { yetunde = 1 },
          reply = "\"I did, didn't I.\" She brightens.",
          thought = "Oh, the dialysis. Someone heard.",
          feedback = "You went past her guess to the thing she actually asked the room to ask. Seven words, and she is glad you came." },
      },
    },

    long_intro = {
      speaker = "yetunde",
      mood = "guarded",
      cue = "She nods along, but her eyes go twice to the queue behind you, and once to Dorota's watch.",
      text = "Mm-hm. Eleven villages, lovely. And what was it you wanted to ask? Sorry, I've only a few minutes.",
      choices = {
        { id = "whole_design",
          text = "Right, so it's really the whole design: how you'd set up the booking, the drivers, the fares, the funding...",
          to = "chair_cut", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { yetunde = -1 },
          thought = "That's an afternoon, not a question.",
          feedback = "She said she had a few minutes, and the question grew. Pick the one part of her talk you most need; the rest is an email." },
        { id = "one_thing",
          text = "Just one, then: your two-hour booking. Was it the window that brought riders back?",
          to = "booking", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          trust = { yetunde = 1 },
          reply = "Her shoulders drop a little. \"Now that I can answer.\"",
          thought = "Oh good, an actual question.",
          feedback = "You heard 'a few minutes' and cut straight to one point of hers. Shrinking a question on the spot is a skill most people don't have." },
        { id = "your_shoes",
          text = "What would you do, in my shoes?",
          to = "booking", score = { empathy = -1, value_first = -1 }, tags = { "vague_ask" },
          reply = "\"Honestly? Talk to your drivers before anybody else. But that's a long answer.\"",
          feedback = "Short to say, long to answer: it hands her your whole project in the few minutes she has. A question about one thing she did is easier to give." },
      },
    },

    card_ask = {
      speaker = "yetunde",
      mood = "neutral",
      cue = "She is already half-turned towards the next person.",
      text = "I've none left, I'm afraid; the last went to a man from Northumberland. We're on the web, Dalesway. Was there something in particular?",
      choices = {
        { id = "something_dialysis",
          text = "Yes, the dialysis runs. I'd like to hear the rest of that.",
          to = "dialysis", score = { listening = 2 }, tags = { "recall_detail" },
          trust = { yetunde = 1 },
          reply = "She turns back properly. \"Ah. I did say that.\"",
          thought = "Oh, they were actually listening.",
          feedback = "You took her opening and went straight to what she asked the room to ask. That turned a card exchange into a conversation." },
        { id = "nothing_particular",
          text = "No, that's all, honestly. I'll look you up online. Thanks so much!",
          to = "email", learn = { "no_question" }, score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Lovely. Thanks for coming.\" She turns to the next person.",
          feedback = "She turned back and asked what you wanted: an opening, not a brush-off. One question about her work would have given her something to remember you by." },
        { id = "write_email",
          text = "Could you write your email on my programme, then?",
          to = "email", asks = true, learn = { "no_question" }, score = { empathy = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { yetunde = -1 },
          reply = "She writes it, quickly, with the pen you hold out.",
          thought = "Another inbox to answer.",
          feedback = "She said no cards and pointed you to the website, then offered you a question; you asked for her email instead. It is a small ask, but a second one, and it passes over her opening." },
      },
    },

    dialysis = {
      speaker = "yetunde",
      mood = "warm",
      cue = "She forgets her throat for a moment.",
      text = "Right. Three of our regulars in Upper Wendle need dialysis in Northallerton, three mornings a week, seven o'clock. Patient transport won't take them that early, so our volunteers do it and we pay the diesel out of the raffle. I keep asking the health board to fund it, and they keep asking me how many sessions people would miss without us. Nobody counts that. Nobody.",
      learn = { "needs_missed" },
      choices = {
        { id = "volunteers_how",
          text = "How do you get volunteers for seven o'clock, three mornings a week?",
          to = "more", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "\"Retired farmers. They're up anyway.\"",
          feedback = "A real follow-up on her story. Her last words, though, were what she needs: numbers nobody keeps." },
        { id = "our_refusals",
          text = "We log every booking our dial-a-ride turns down, with a reason, and 'hospital' is one of them. It isn't missed sessions, but it's a count. I can send you last year's.",
          to = "more", gives = true, score = { listening = 1, value_first = 2 }, tags = { "share_resource" },
          trust = { yetunde = 1 },
          reply = "\"Would you? That's... yes. Yes, please.\"",
          thought = "A number. From a council. Finally.",
          feedback = "You heard exactly what she is short of and offered the nearest thing you have, with its limits stated. That is a give fitted to her need, with nothing asked back." },
        { id = "same_in_fenmoor",
          text = "We've got exactly the same problem in Fenmoor! Our pilot's going to run hospital trips too from April, and I've spent weeks trying to work out who should pay for them.",
          to = "more", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "self_focus" },
          reply = "\"Have you. Well. Good luck with that.\"",
          feedback = "She was telling you what she is up against, and the next line was about your pilot. Stay with hers a little longer; yours will get its turn." },
        { id = "raffle",
          text = "Out of the raffle, and still asked for numbers nobody keeps. That must wear you down.",
          to = "more", score = { listening = 1, empathy = 1 }, tags = { "paraphrase", "name_emotion" },
          trust = { yetunde = 1 },
          reply = "\"It does. Thank you for saying so.\"",
          thought = "They got it.",
          feedback = "You named the frustration she was showing, in proportion, with her own details. She felt heard; you might also have had something to offer for the numbers." },
      },
    },

    booking = {
      speaker = "yetunde",
      mood = "thinking",
      cue = "She talks faster now, enjoying it.",
      text = "Partly the window. Mostly the drivers. Once they could say yes on the phone without ringing the office, people stopped assuming the answer was no. What I'd give for a council that's kept its refused-trip numbers for a couple of years, so I could show it. Nobody keeps them.",
      learn = { "wants_refusals" },
      choices = {
        { id = "we_keep_them",
          text = "We keep them. Back to 2022, with a reason for each. I'll send them.",
          to = "more", gives = true, score = { listening = 1, value_first = 2 }, tags = { "share_resource" },
          trust = { yetunde = 1 },
          reply = "She stops. \"You're joking. Would you?\"",
          thought = "That's the evidence I've been after for two years.",
          feedback = "She named what she wished she had, and you had it. Offering it on the spot, short and without strings, is the strongest thing you can do in a queue." },
        { id = "should_we_change",
          text = "That's really useful. We're on 24 hours in Fenmoor; do you think we should change before April?",
          to = "more", score = { listening = 1, value_first = -1 }, tags = { "premature_ask" },
          reply = "\"Probably. Depends on your drivers.\"",
          feedback = "It follows her point, but it turns her answer into free advice for your pilot. She just told you what she needs; that was the better thread." },
        { id = "four_hours",
          text = "Sorry, was it 24 hours down to two, or down to four?",
          to = "more", score = { listening = -1 }, tags = { "ask_again" },
          reply = "\"Two.\" A small pause. \"It was on the slide.\"",
          feedback = "She said it on stage and you wrote it down; asking again costs her breath she hasn't got. Her newer point, about the drivers and the data, was the one to pick up." },
        { id = "drivers_yes",
          text = "So the drivers saying yes mattered more than the two hours. Did they need training for that?",
          to = "more", score = { listening = 2 }, tags = { "paraphrase", "follow_up_question" },
          trust = { yetunde = 1 },
          reply = "\"Not training. Permission.\"",
          thought = "They heard the real point.",
          feedback = "You restated her surprise correctly and asked the question it opens. Good listening; and she had just said what she needs, which you might be able to give." },
      },
    },

    more = {
      speaker = "yetunde",
      mood = "warm",
      cue = "She coughs, drinks, and waves the bottle as if to say it's nothing. Behind you, Zainab looks at her phone and then at the clock over the door. Dorota is hovering.",
      text = "And the other thing nobody tells you about is the phone line itself. Oh, I could go on all day. Go on, ask me something else.",
      timeout = 10,
      on_timeout = "chair_cut",
      timeout_score = { listening = -1, empathy = -1 },
      timeout_feedback = "While you decided, the chair decided for you. Her cough, the clock and the queue were all saying it was time to close.",
      discuss = "She is enjoying this and has invited another question. Why might the best move still be to stop?",
      choices = {
        { id = "one_more",
          text = "Okay, one more, since you offered: how did you get the older drivers to trust the new booking app, when they'd been on paper for years?",
          to = "chair_cut", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { yetunde = -1 },
          thought = "My voice. Room B. But they asked nicely.",
          feedback = "She invited it, so it isn't rude, but her cough, Zainab's glance at the clock and Dorota's hovering all said to stop. An invitation from a tired speaker in a queue is worth declining gracefully." },
        { id = "let_you_go",
          text = "I'll let you get to everyone else. Thank you, this was really helpful.",
          to = "wrap", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"Oh, you're good.\" She looks genuinely sorry to stop.",
          feedback = "You read the cough and the queue and closed while she was still enjoying it. Naming why, or one way to carry on, would have made it easier still." },
        { id = "zainab_train",
          text = "I'd love to, but the woman behind me has a train at twenty to five, and you've got Room B. I'll stop there.",
          to = "wrap", when = "zainab_train", learn = { "let_zainab" },
          score = { listening = 2, empathy = 2 }, tags = { "recall_detail", "respect_time" },
          trust = { yetunde = 1, zainab = 1 },
          reply = "\"Bless you.\" She smiles past you at Zainab.",
          thought = "Somebody in this queue is thinking about the queue.",
          feedback = "You remembered Zainab's train and Yetunde's Room B and stopped for both of them while she was still enjoying it. Closing at the high point is what makes her glad to hear from you." },
        { id = "walk_with",
          text = "Could I walk with you to Room B? Then we're not holding anyone up.",
          to = "walk", asks = true, score = { listening = 1, empathy = -1, value_first = -1 }, tags = { "notice_cue", "premature_ask" },
          reply = "\"Oh.\" She looks at her bag.",
          feedback = "You noticed the queue, which is good, but the walk to Room B is her only break before her next session. Taking it asks more of her than staying would." },
      },
    },

    walk = {
      speaker = "yetunde",
      mood = "guarded",
      cue = "She picks up her bag slowly and looks at her notes.",
      text = "To be honest, I was going to use those five minutes to sit down with my notes and stop talking. But... quickly, then.",
      choices = {
        { id = "sit_notes",
          text = "No, sit with the notes. I'll send a short email instead.",
          to = "wrap", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          trust = { yetunde = 1 },
          reply = "\"Thank you. Honestly.\"",
          thought = "Oh, bless them. They heard me.",
          feedback = "You heard what she was too polite to refuse and gave her the break back. That repair is worth more than the five minutes would have been." },
        { id = "keep_talking",
          text = "Brilliant, I'll be really quick, promise! So, the fares: did you keep them flat, or go by distance?",
          to = "line_held", score = { listening = -1, empathy = -2 }, tags = { "miss_cue", "dismiss" },
          trust = { yetunde = -1 },
          thought = "So that's my break gone.",
          feedback = "She told you plainly what the five minutes were for, and 'quickly, then' was a yes she didn't want to give. Take the honest answer, not the polite one." },
      },
    },

    chair_cut = {
      speaker = "dorota",
      mood = "annoyed",
      cue = "Yetunde coughs into her elbow and looks grateful.",
      text = function(state)
        if state.visits.last_in_line > 0 then return "Sorry to cut in. I need to lock this room, and Yetunde's due in Room B in five minutes." end
        return "Sorry to cut in. We need to keep this moving: Yetunde's due in Room B, and there are five people behind you."
      end,
      learn = { "was_cut" },
      choices = {
        { id = "one_more_thing",
          text = "Of course, of course. Just one more thing, really quickly, and then I'll get out of everyone's way...",
          to = "email", score = { listening = -2, empathy = -1 }, tags = { "interrupt", "miss_cue" },
          trust = { yetunde = -1 },
          reply = function(state)
            return emptied(state, "Dorota holds the door wider, smiling firmly. Yetunde mouths \"sorry\" and goes.",
              "Dorota steps between you, smiling firmly. Yetunde mouths \"sorry\" and turns to the next person.")
          end,
          thought = "Please, no.",
          feedback = "The chair named the queue and the room and you pressed on. A clear signal to stop is the moment to stop, however close you are to the point." },
        { id = "sorry_kept",
          text = "Of course. Sorry, Yetunde, I've kept you. I'll drop you one line by email; no need to answer it.",
          to = "email", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = function(state)
            return emptied(state, "\"Thank you, love.\" Dorota switches off the lights behind you both.",
              "\"Thank you, love.\" Dorota nods and waves the next person up.")
          end,
          feedback = "You took the chair's cue at once, owned the time you took and left the door open without a demand. That is a good exit from an overrun." },
        { id = "step_aside",
          text = "(Nod and step aside.)",
          to = "email", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = function(state)
            return emptied(state, "Yetunde gives you a little wave on her way out.",
              "Yetunde gives you a little wave as the next person steps up.")
          end,
          feedback = "You took the cue and cleared the way, which was right. A word of thanks, or how you'll follow up, would have left a clearer trail." },
      },
    },

    last_in_line = {
      speaker = "yetunde",
      mood = "sad",
      cue = "Twenty past four. Everyone else has gone and the room is emptying. She is packing her bag, and Dorota is holding the door.",
      text = "Sorry, love, I've about two minutes and no voice at all. Room B at half past. Was it quick?",
      learn = { "room_b" },
      choices = {
        { id = "pilot_design",
          text = "It's about our pilot in Fenmoor: eleven villages, launching in April. I wanted to talk through the booking design with you.",
          to = "chair_cut", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { yetunde = -1 },
          thought = "That is not quick.",
          feedback = "She had two minutes and no voice, and asked if it was quick; a whole design isn't. Waiting to be last bought you less time, not more." },
        { id = "keep_it",
          text = "It'll keep. Thank you for the panel.",
          to = "email", learn = { "no_question" }, score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"You're kind. Sorry.\"",
          feedback = "You spared her voice, which was kind. She leaves without knowing what you wanted, though; one short question or one promise of an email would have carried it on." },
        { id = "dialysis_email",
          text = "Very quick. You said to ask about the dialysis runs. I'll email you instead, so you can save your voice.",
          to = "email", learn = { "needs_missed" },
          score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "respect_time" },
          trust = { yetunde = 1 },
          reply = "Her face lights up. She whispers: \"Nobody counts the missed sessions. That's the problem. Write to me.\"",
          thought = "The dialysis. Bless them.",
          feedback = "You named the one thing she asked the room to ask, and moved the talk to email because of her voice. Even at the end of the line, that is a good two minutes." },
      },
    },

    wrap = {
      speaker = "yetunde",
      mood = "warm",
      cue = "She stops, turns her back to the queue for a moment and faces you fully.",
      text = "Thank you for that. So: what would be most useful from me?",
      choices = {
        { id = "promise_log",
          text = "Nothing yet. I'll send you our refused-trip numbers by Friday; you don't need to reply.",
          to = "email", when = "wants_refusals", gives = true, learn = { "promised_log" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { yetunde = 1 },
          reply = "\"Friday. I'll hold you to that.\"",
          thought = "They'll send it. I can tell.",
          feedback = "She invited an ask, and you answered with a give she had named as missing, dated and without strings. People remember who handed them what they needed." },
        { id = "promise_hospital",
          text = "Nothing yet. I'll send you last year's refused bookings marked 'hospital' by Friday. No reply needed.",
          to = "email", when = { "needs_missed", "!wants_refusals" }, gives = true, learn = { "promised_log" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { yetunde = 1 },
          reply = "\"Friday. That would help with the board.\"",
          thought = "A count. Someone's going to send me a count.",
          feedback = "Her invitation was an opening for an ask, and you used it to give the number she told you nobody keeps, with a date on it. That is what makes her want to hear from you again." },
        { id = "hour_next_week",
          text = "Could we book an hour next week? I'd love to take you through our whole pilot design.",
          to = "email", asks = true, score = { empathy = -1, value_first = -1 }, tags = { "premature_ask" },
          reply = "\"An hour. Gosh. Email me and we'll see.\"",
          feedback = "She invited an ask, but an hour on your design is a lot for someone running a co-op on raffle money. Something smaller and more specific is easier to say yes to." },
        { id = "may_call",
          text = "Twenty minutes on a call in May, once our pilot's been running a month, to compare notes?",
          to = "email", asks = true, score = { value_first = 1 }, tags = { "specific_ask" },
          trust = { yetunde = 1 },
          reply = "\"May. Yes, go on. Put it in writing.\"",
          thought = "Twenty minutes in May. That I can do.",
          feedback = "She invited an ask and you made it small, specific and easy to decline, at a date when you will have something to share. That is an ask that respects her." },
        { id = "rest_voice",
          text = "Nothing at all. Go and rest your voice before Room B.",
          to = "email", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"Ha. I'll try.\"",
          feedback = "Kind, and it notices her voice. She asked sincerely, though; a small give or a small ask would have given the two of you a reason to be in touch again." },
      },
    },

    email = {
      speaker = "narrator",
      text = function(state)
        local t = "Friday morning, your desk at Fenmoor County Council. The forum's attendee list has Yetunde's email on it."
        if state.facts.let_zainab then t = t .. " On the train home from York you saw Zainab's post: she got her question in, and a reading list." end
        return t .. " You open a new message."
      end,
      choices = {
        { id = "send_log",
          text = "(Attach the refused-trip spreadsheet, two lines on how it's coded, and 'no need to reply'.)",
          to = "reply_warm", when = "promised_log", gives = true, learn = { "sent_data" },
          score = { value_first = 2 }, tags = { "follow_through" },
          trust = { yetunde = 1 },
          reply = "Sent at 9:12, as promised.",
          thought = "Yetunde: Friday, like they said.",
          feedback = "You did what you said, on the day you said it, with enough explanation for her to use it. That is the give people remember." },
        { id = "send_anyway",
          text = "(Attach the refused-trip spreadsheet: 'You said nobody keeps these. We do.')",
          to = "reply_warm", when = knows_need, gives = true, learn = { "sent_data" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "share_resource" },
          trust = { yetunde = 1 },
          reply = "Sent at 9:12.",
          thought = "Yetunde: oh! The council person. They heard me.",
          feedback = "You remembered what she said she was missing and sent it without being asked. A give built on her own words is the best reason for her to remember you." },
        { id = "pick_brain",
          text = "(Write: 'Great to meet you at the forum! Would love to pick your brain sometime about our pilot.')",
          to = after_heavy, can_go = { "reply_cool", "unanswered" }, asks = true,
          score = { listening = -1, value_first = -1 }, tags = { "generic_reply", "vague_ask" },
          reply = "Sent at 9:12.",
          feedback = "Friendly, but it could follow any meeting and asks for an open-ended favour. One thing she said and one specific question would give her something to answer." },
        { id = "pilot_pdf",
          text = "(Attach the 38-page pilot design with a note: 'Any thoughts welcome, especially on booking.')",
          to = after_heavy, can_go = { "reply_cool", "unanswered" }, asks = true,
          score = { empathy = -1, value_first = -2 }, tags = { "premature_ask" },
          reply = "Sent at 9:12. The attachment is 14 MB.",
          feedback = "Thirty-eight pages is a large ask of someone you met for three minutes, who runs a co-op on volunteers. Point her to one page and one question, or give something first." },
        { id = "after_launch",
          text = "(Leave it until after the April launch, when you'll have something to show her.)",
          to = "faded", when = "promised_log", score = { value_first = -1 }, tags = { "follow_through" },
          trust = { yetunde = -1 },
          thought = "Yetunde: Friday came and went. Ah well.",
          feedback = "You promised Friday. Waiting until you have something impressive breaks the one promise she was counting on; the spreadsheet was enough." },
        { id = "after_launch_free",
          text = "(Leave it until after the April launch, when you'll have something worth showing her.)",
          to = "faded", when = "!promised_log",
          reply = "You close the draft and open the launch plan.",
          feedback = "Nothing was promised, so nothing is broken, but a contact goes cold in weeks. A short note now about something she said keeps the thread alive." },
      },
    },

    reply_warm = {
      speaker = "yetunde",
      mood = "warm",
      text = function(state)
        local t = "(By email, Friday afternoon.) This is gold. Forty-one refused 'hospital' trips in a year, in eleven villages. I'm taking it to the health board on the 14th."
        if state.facts.was_cut then t = t .. " And sorry Dorota shooed you off; she does that to me too." end
        return t .. " One question back, if I may: do you log the people who never ring at all, because they assume it'll be no?"
      end,
      choices = {
        { id = "pilot_launch",
          text = "Not yet, but our pilot launches on 3 April with a brand-new booking system, and we're hoping it'll capture all sorts of things, maybe even that.",
          to = close_warm, can_go = { "thread_kept", "pleasant" }, score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "\"Lovely. Good luck with it.\"",
          trust = { yetunde = -1 },
          thought = "That wasn't my question.",
          feedback = "She asked a precise question and got your launch plans. Answer what she asked first; the pilot can follow if she's curious." },
        { id = "no_gap",
          text = "No, and I hadn't seen that gap till now. One back: how did your drivers get permission to say yes on the phone?",
          to = close_warm, can_go = { "thread_kept", "pleasant" }, asks = true,
          score = { listening = 1, value_first = 1 }, tags = { "follow_up_question", "specific_ask" },
          trust = { yetunde = 1 },
          reply = "\"Ha! That's a story. Ring me Tuesday.\"",
          thought = "Honest answer. And a good question. I like this one.",
          feedback = "You answered plainly, credited her point, and asked one small question she had invited by asking hers. That is how a single meeting becomes a working contact." },
        { id = "good_luck_14",
          text = "Good luck on the 14th. If a second year of numbers would help the board, I'll pull it.",
          to = close_warm, can_go = { "thread_kept", "pleasant" }, gives = true,
          score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "\"It would. And you didn't answer my question, you know!\"",
          thought = "Generous. Slippery on my question, though.",
          feedback = "A kind offer that fits her board meeting, but she asked you something and it went unanswered. Answer first, then offer." },
        { id = "which_board",
          text = "Thanks! Sorry, which meeting is it for again? And do you mean people who never ring at all?",
          to = close_warm, can_go = { "thread_kept", "pleasant" }, score = { listening = -1 }, tags = { "ask_again" },
          trust = { yetunde = -1 },
          thought = "Did they read it?",
          reply = "\"The health board. On the 14th.\" The rest of her answer is shorter.",
          feedback = "Both answers were in her message. Reading it once more before replying would have spared her repeating herself." },
      },
    },

    reply_cool = {
      speaker = "yetunde",
      mood = "neutral",
      text = "(By email, ten days later.) Thanks for getting in touch. Things are mad here until the summer, I'm afraid. If you've one specific question, send it and I'll do my best.",
      choices = {
        { id = "quick_call",
          text = "No problem at all, I know how busy it gets! Maybe a quick call in the summer, then, once things calm down?",
          to = "unanswered", asks = true, score = { listening = -1, value_first = -1 }, tags = { "miss_cue", "vague_ask" },
          trust = { yetunde = -1 },
          thought = "I said one question.",
          feedback = "She told you exactly what she could manage, one specific question, and you asked for something else. Take the offer she made." },
        { id = "one_question",
          text = "Of course. One question: when you went to two-hour booking, what did the drivers need to make it work?",
          to = "one_answer", asks = true, score = { listening = 1, value_first = 1 }, tags = { "follow_up_question", "specific_ask" },
          trust = { yetunde = 1 },
          reply = "Her answer comes two days later: four lines, all of them useful.",
          thought = "Now that I can answer.",
          feedback = "She offered one question and you asked exactly one, about her own work. Taking the size someone offers is how a cool reply turns useful." },
        { id = "sorry_heavy",
          text = "Understood. Sorry for the heavy first email; I'll write in May with one question.",
          to = "one_answer", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          reply = "\"Thank you. May's better.\"",
          feedback = "You read 'mad until the summer' as it was meant and took the pressure off. Her offer of one question now was real, though, and you could have used it." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    thread_kept = {
      speaker = "narrator",
      text = function(state)
        local t = "On the 14th, Yetunde shows the health board your refused-trip count beside her own figures."
        t = t .. " The following week she rings you for forty minutes, unprompted, about drivers and phones, and asks to visit the Fenmoor pilot in May."
        if state.facts.let_zainab then t = t .. " She mentions that the student who caught her train sent her a thank-you card." end
        return t
      end,
      ending = "thread_kept",
      grade = "good",
    },
    pleasant = {
      speaker = "narrator",
      text = "Yetunde's last email is friendly and brief. Your spreadsheet goes to the health board with her figures; you hear about it from Dorota's newsletter, not from her. When you next need advice, you will have to start the conversation again.",
      ending = "pleasant",
      grade = "mixed",
    },
    one_answer = {
      speaker = "narrator",
      text = "You get one useful answer about drivers, and you use it in the pilot design. Yetunde is polite and busy; the contact stays at that, a name you could write to once more.",
      ending = "one_answer",
      grade = "mixed",
    },
    unanswered = {
      speaker = "narrator",
      text = "No reply comes. By the spring your email is somewhere under the forum's follow-up messages, and Yetunde would not know your name if she heard it.",
      ending = "unanswered",
      grade = "poor",
    },
    faded = {
      speaker = "narrator",
      text = function(state)
        if state.facts.promised_log then
          return "April comes and goes with the launch. The spreadsheet you promised for Friday is never sent, and Yetunde goes to her health board on the 14th with her own figures only."
        end
        return "April comes and goes with the launch. By the time you write, Yetunde has met a hundred people since York; she answers politely, but doesn't remember the conversation."
      end,
      ending = "faded",
      grade = "poor",
    },
    line_held = {
      speaker = "narrator",
      text = "You walk her to Room B, talking fares. She answers politely and goes in without her notes read. Behind you in the corridor, Zainab is running for her train without her question asked. Yetunde doesn't reply to your email.",
      ending = "line_held",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Her own words were the best openings: the invitation to ask about the dialysis runs, and the counts she said nobody keeps. In a queue, one point of theirs and one question is enough, and the people waiting behind you are cues too.",
    empathy = "Her voice, the session at half past and the people behind you were all visible. Closing while she was still enjoying it, and moving the rest to email, suits a tired speaker better than taking up her invitation to keep going.",
    value_first = "She said what she was missing. The strongest way to carry on later is a give fitted to that, sent when you said you would, before any ask about your own pilot.",
  },
}
