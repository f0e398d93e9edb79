-- luacheck: no max line length
-- Asking a busy senior person for her time, after a chance meeting in a lift.
-- What it practises: earning a minute of conversation, giving before asking,
-- and making the ask specific, small and easy to decline.
-- Staging: the lift rides from the ground floor to 6 (lift, intro_reply,
-- too_soon, quiet_ride, flat_lift, and big_ask when asked there); the doors
-- open at the_orphans, and every later node is the walk down the corridor on 6
-- to a meeting room called Kestrel, or your desk that afternoon.
-- Facts: harbour_nine_weeks (lift), ines_orphan_jobs (the_orphans),
-- ines_mornings and sam_chasing (paraphrased), sheet_promised (sheet_offer,
-- or the offer at Kestrel's door).
-- Two corridors: corridor_invited (after a give with no strings, she turns and
-- asks what you wanted: a real invitation) and corridor_cold (she is leaving).
-- The same small ask is welcome in the first and early in the second.
-- Note: when Ines pushes back on a vague ask (big_ask, vague_coffee), the choice
-- that shrinks it is the same request made smaller, so it is not marked `asks`.

-- Ines says yes to a small ask when the walk has earned it: help given freely
-- and a conversation about her work leave her trust at READY or more.
local READY = 6

local function answer(state)
  state.vars.asked_small = true
  if state.trust.ines >= READY and not state.facts.traded then return "small_yes" end
  return "polite_no"
end

-- Her reply to the small ask, before the ending says the rest.
local function answer_reply(yes, not_yet)
  return function(state)
    if state.trust.ines >= READY and not state.facts.traded then return yes end
    return not_yet
  end
end

-- The emailed ask, with the sheet delivered: the same rule.
local function email_answer(state)
  if state.trust.ines >= READY and not state.facts.traded then return "email_yes" end
  return "email_not_yet"
end

return {
  format = 1,
  version = 2,
  id = "mentor.ask_mentor",
  title = "The lift after the all-hands",
  family = "mentor",
  summary = "Ines Carvalho runs infrastructure and is nine weeks from the biggest migration in the company. You share a lift with her and have wanted to learn from her for a year.",
  homework = "Before you next meet someone senior you would like to learn from, write down one thing you could give them this week and one question that fits in twenty minutes.",
  difficulty = 2,
  cast = {
    ines = { name = "Ines Carvalho", role = "Director of Infrastructure, Tidewater Freight", portrait = "long_parted" },
    sam = { name = "Sam Achebe", role = "Staff engineer on Harbour", portrait = "beard_crop" },
  },
  start = "lift",
  nodes = {
    -- The lift: ground floor to 6.
    lift = {
      speaker = "narrator",
      cue = "She is scrolling her phone with one thumb, a small frown between her eyes.",
      text = "The all-hands has just ended. You step into the lift beside Ines Carvalho, who has just presented Harbour: six teams moving Tidewater's fourteen-year-old job scheduler to the cloud, cutover in nine weeks. You work on Billing and have wanted to learn from her for a year. She presses 6. So do you.",
      learn = { "harbour_nine_weeks" },
      choices = {
        { id = "intro", text = "Hi. I'm on the Billing team; I don't think we've met.",
          to = "intro_reply",
          feedback = "A plain introduction is a fine start and costs nothing. It gives her a name to place, though not yet a reason to talk." },
        { id = "early_coffee", text = "Congratulations on Harbour. Could I buy you a coffee one day and hear how you got into infrastructure leadership?",
          to = "too_soon", asks = true, score = { empathy = -1, value_first = -1 }, trust = { ines = -1 },
          tags = { "premature_ask", "vague_ask" },
          reply = "She looks up from the phone. \"Oh.\"",
          thought = "I've been off stage for ninety seconds and I'm being booked.",
          feedback = "Polite and warm, but it asks a frowning, busy stranger for her time before you have given her a reason to want to spend it. Start with her work, not your request." },
        { id = "worry_question", text = "Nine weeks is tight. Which part worries you most?",
          to = "the_orphans", score = { listening = 1, empathy = 1 }, trust = { ines = 1 },
          tags = { "open_question", "perspective" },
          reply = "She looks up. \"Honestly? Not the move.\"",
          thought = "Somebody heard the date, not just the applause.",
          feedback = "An open question about her project, sized for a lift ride, lets her talk about what is really on her mind. It is the cheapest way to start being useful to her." },
        { id = "stay_quiet", text = "(Say nothing. She looks busy.)",
          to = "quiet_ride", score = { empathy = 1 },
          tags = { "respect_time" },
          feedback = "Leaving a busy person to her phone is considerate. It also leaves the first move to her, and a lift ride is the easiest half-minute you will get." },
      },
    },

    intro_reply = {
      speaker = "ines",
      mood = "neutral",
      cue = "She glances up, then back at the screen.",
      text = "Hi. Ines. Sorry, I've got thirty messages about the talk, and half of them just say 'what about the batch jobs?'",
      choices = {
        { id = "mentor_now", text = "Before you get back to them: would you ever consider mentoring someone from Billing?",
          to = "too_soon", asks = true, trust = { ines = -1 },
          tags = { "premature_ask", "miss_cue" },
          reply = "Oh.",
          thought = "Thirty messages, and now this.",
          score = { listening = -1, empathy = -1, value_first = -2 },
          feedback = "She told you she is buried in messages, and you asked for an open-ended commitment on top. A big ask of a near-stranger needs a conversation to stand on first." },
        { id = "batch_question", text = "What is it about the batch jobs that has everyone asking?",
          to = "the_orphans", score = { listening = 1 }, trust = { ines = 1 },
          tags = { "follow_up_question" },
          reply = "You too? All right.",
          thought = "At least this one wants the answer, not just to ask.",
          feedback = "You picked up the one thing she said people are asking and asked it properly. A follow-up on her own words is what gets a busy person to look up." },
        { id = "talk_praise", text = "Ha. My inbox looks like that after every release.",
          to = "flat_lift",
          tags = { "self_focus", "topic_hijack" },
          reply = "Mm.",
          score = { listening = -1, empathy = -1 },
          feedback = "A friendly bit of fellow feeling, but it turns her pile of messages into a line about yours. She had just named the part everyone is asking about; asking it yourself would have got her attention." },
      },
    },

    too_soon = {
      speaker = "ines",
      mood = "guarded",
      cue = "She lowers the phone and looks at you properly, a little wary.",
      text = "That's kind. But I don't really know you, and nothing in my diary is mine until Harbour ships. Sorry, you are...?",
      choices = {
        { id = "sorry_retreat", text = "Sorry, of course. Forget I asked.",
          to = "flat_lift", score = { listening = -1, empathy = 1 },
          tags = { "generic_reply" },
          reply = "No, it's... fine.",
          feedback = "Taking her no without pushing is right, but she asked who you are and you did not say. Answer her, then ask one thing about Harbour." },
        { id = "own_it", text = "Billing. And fair: that was abrupt. How is Harbour actually going?",
          to = "the_orphans", score = { listening = 1, empathy = 1 }, trust = { ines = 1 },
          tags = { "open_question", "perspective" },
          reply = "Better question. The move's fine.",
          thought = "Recovered quickly. I'll give that a minute.",
          feedback = "You answered her question, owned the abrupt start and turned to her project. Recovering quickly matters more than never stumbling." },
        { id = "book_july", text = "On Billing. Could we pencil something in for July, then, once it's shipped?",
          to = "brushed_off", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { ines = -1 },
          tags = { "miss_cue", "premature_ask", "vague_ask" },
          reply = "I... let's see.",
          thought = "I said I don't know you. That wasn't a scheduling problem.",
          feedback = "She gave two reasons, and you answered only the calendar. 'I don't know you' is not solved by a date; a conversation about her work is what solves it." },
      },
    },

    quiet_ride = {
      speaker = "ines",
      mood = "thinking",
      cue = "The lift stops at 4 for nobody. She sighs and pockets the phone.",
      text = "Were you in there just now? Be honest: did Harbour make sense, or did I lose everyone at the batch jobs?",
      choices = {
        { id = "reassure", text = "Great talk, honestly. Everyone was saying so.",
          to = "flat_lift", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Hm. Kind of you.",
          feedback = "She asked a specific, honest question and got general praise. Reassurance answers neither half; tell her one honest thing and ask about it." },
        { id = "honest_lost", text = "Honestly, the batch jobs lost me a bit. I'd like to understand what goes wrong there.",
          to = "the_orphans", score = { listening = 1 }, trust = { ines = 1 },
          tags = { "follow_up_question" },
          reply = "Thank you. Nobody says that.",
          thought = "An honest answer. Rare.",
          feedback = "She asked for honesty and got it, plus an invitation to explain her project. Candour plus curiosity is what a busy senior person remembers." },
        { id = "pitch_self", text = "Honestly, it made me want to work on something like it. I've been trying to move into infrastructure for a year, and that's partly why I wanted to say hello.",
          to = "flat_lift", score = { listening = -1, empathy = -1 },
          tags = { "self_focus", "topic_hijack" },
          reply = "Oh. Good luck with it.",
          feedback = "She asked whether she had lost the room, and the answer became your career plan. Stay with her question first; your plans can come much later." },
      },
    },

    flat_lift = {
      speaker = "narrator",
      cue = "She has gone back to her phone.",
      text = "The lift hums past 5. One floor to go, and the silence is getting longer.",
      choices = {
        { id = "hardest_part", text = "So what's the hardest part of Harbour, honestly?",
          to = "the_orphans", score = { listening = 1 }, trust = { ines = 1 },
          tags = { "open_question" },
          reply = "She looks up. \"Ha. Fair question.\"",
          thought = "Second try, better one.",
          feedback = "A second try with a real question about her work gets you back in, even after a flat start." },
        { id = "let_her_be", text = "(Let the silence run. You'll write to her later instead.)",
          to = "write_message",
          reply = "The doors open on 6. She steps out with a nod and is gone down the corridor.",
          feedback = "Nothing lost, nothing gained. A message later can work, but it will have only the talk to build on." },
        { id = "lift_mentor", text = "Would you ever mentor someone like me?",
          to = "big_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { ines = -1 },
          tags = { "miss_cue", "premature_ask", "vague_ask" },
          reply = "She looks up, surprised.",
          thought = "Someone like what? I don't know a thing about you.",
          feedback = "She has gone back to her phone and there is no conversation yet for the ask "
            .. "to stand on, so it lands as a cold request for a lot of her time. Get her talking "
            .. "about her work first." },
      },
    },

    -- The doors open on 6: the corridor to Kestrel.
    the_orphans = {
      speaker = "ines",
      mood = "thinking",
      cue = "The doors open on 6. She steps out, slips the phone into her pocket and keeps talking as you walk the corridor together.",
      text = "It's the batch jobs. Two hundred of them run every night on the old scheduler, and for forty of them nobody knows who owns them. We find out what they do when they stop.",
      learn = { "ines_orphan_jobs" },
      choices = {
        { id = "cron_story", text = "Oh, we had one of those. At my last job a cron box under somebody's desk ran payroll for three years, and nobody dared unplug it.",
          to = "hijacked", score = { listening = -1, empathy = -1 }, trust = { ines = -1 },
          tags = { "topic_hijack", "self_focus" },
          reply = "Ha. Every company has one.",
          thought = "I was telling you something that keeps me up at night.",
          feedback = "A story of your own can build rapport, but this one takes the floor while she is describing a real worry. Stay with her problem a little longer first." },
        { id = "offer_sheet_early", text = "Some of those could be ours. Billing mapped all its scheduler jobs last month, owners included. I can send you the sheet.",
          to = "sheet_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { ines = 2 },
          tags = { "share_resource", "offer_help" },
          reply = "Wait.",
          thought = "That is the first useful thing anyone has said to me today.",
          feedback = "You offered something that solves part of her exact problem, before asking for anything. That is the strongest opening a stranger can make." },
        { id = "paraphrase_forty", text = "So the move is just work. The forty with no owner are the real risk.",
          to = "paraphrased", score = { listening = 2 }, trust = { ines = 1 },
          tags = { "paraphrase" },
          thought = "Got it in one.",
          feedback = "A short paraphrase shows you followed the real point, not just the headline. People usually answer one with the thing they did not say on stage." },
      },
    },

    paraphrased = {
      speaker = "ines",
      mood = "warm",
      cue = "She looks at you properly for the first time, still walking.",
      text = "Exactly that. Sam Achebe is chasing owners team by team, which is why every morning until the end of June is a Harbour stand-up.",
      learn = { "ines_mornings", "sam_chasing" },
      choices = {
        { id = "join_harbour", text = "Is Sam looking for help? I'd jump at the chance to work on Harbour.",
          to = "volunteer", asks = true, score = { listening = -1, value_first = -1 }, trust = { ines = -1 },
          tags = { "premature_ask", "topic_hijack" },
          thought = "Ah. So that's what the question was for.",
          feedback = "Her risk turned into your opening: she was explaining the owners problem and "
            .. "you moved to your own wish. Wanting to join is fine; asking for it now makes it "
            .. "sound like the listening was for this." },
        { id = "offer_sheet", text = "Billing's share of that I can close today. We mapped our jobs last month, owners and all; I'll send Sam the list.",
          to = "sheet_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { ines = 2 },
          tags = { "offer_help", "share_resource" },
          reply = "Today?",
          thought = "Finally, someone who brings something instead of asking for something.",
          feedback = "You heard the risk, and who is chasing it, and offered something that shrinks it before asking for anything. Help that fits her problem is the most memorable introduction there is." },
        { id = "mornings_long", text = "Every morning until June. That's a long stretch to carry.",
          to = "tired_aside", score = { listening = 1, empathy = 1 }, trust = { ines = 1 },
          tags = { "name_emotion" },
          thought = "Yes. It is.",
          feedback = "Naming the strain lightly shows you see the person, not just the project. Keep it brief: she did not ask for sympathy." },
        { id = "ask_count", text = "Sorry, how many of the two hundred had no owner, did you say?",
          to = "repeat_count", score = { listening = -1 }, trust = { ines = -1 },
          tags = { "ask_again" },
          thought = "I said forty. Thirty seconds ago.",
          feedback = "She gave you that number a moment ago, so asking again shows your mind was elsewhere. If you lose a detail, paraphrase what you did catch instead." },
      },
    },

    tired_aside = {
      speaker = "ines",
      mood = "sad",
      cue = "She laughs, a little too briefly.",
      text = "It is. I haven't had lunch away from my desk since March. But that's the job. Anyway.",
      choices = {
        { id = "lunch_story", text = "Same here. Billing's quarter-end has eaten every lunch I've had since February.",
          to = "hijacked", score = { listening = -1, empathy = -1 }, trust = { ines = -1 },
          tags = { "self_focus" },
          reply = "Mm. Quarter-end.",
          thought = "Right. It's a contest now.",
          feedback = "Matching her strain with yours feels like solidarity, but it moves the spotlight to you just as she was closing the subject. Her 'anyway' was the cue to offer something or move on." },
        { id = "quick_offer", text = "Then one quick, useful thing: Billing mapped its scheduler jobs last month, with owners.",
          to = "sheet_offer", gives = true, trust = { ines = 2 },
          tags = { "notice_cue", "respect_time", "share_resource" },
          reply = "Useful is an understatement.",
          thought = "Short, and actually useful. Thank you.",
          score = { listening = 1, empathy = 1, value_first = 2 },
          feedback = "You heard the 'anyway', kept it short and offered something she can use. Help delivered briskly respects both her project and her time." },
        { id = "career_turn", text = "Anyway, I'm on Billing, three years now. Your talk made me want to lead something like Harbour one day.",
          to = "self_pitch", score = { listening = -1, empathy = -1 },
          tags = { "self_focus", "miss_cue" },
          feedback = "Her 'anyway' was a signal that she wants to move on, and you took it as a cue to talk about yourself. Offer something useful or let her go." },
      },
    },

    repeat_count = {
      speaker = "ines",
      mood = "guarded",
      cue = "A small pause before she answers.",
      text = "Forty. Out of two hundred.",
      choices = {
        { id = "forty_sendoff", text = "Right. Forty is a lot. Well, I hope it all goes smoothly for you and the team.",
          to = "corridor_cold", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Thanks.",
          feedback = "A send-off that could close any conversation ends this one on the slip. You had something relevant to offer; say it." },
        { id = "forty_offer", text = "Forty. Some could be Billing's: we mapped ours last month, owners included.",
          to = "sheet_offer", gives = true, trust = { ines = 1 },
          tags = { "share_resource" },
          reply = "Wait, really?",
          thought = "All right, that makes up for it.",
          score = { listening = 1, value_first = 2 },
          feedback = "Tying your offer to the number she just repeated brings the talk back to her problem. Help she can use on Monday outweighs the slip." },
      },
    },

    hijacked = {
      speaker = "ines",
      mood = "neutral",
      cue = "She nods politely and checks the time.",
      text = "Anyway. We'll find the owners, one way or another.",
      choices = {
        { id = "wrap_up", text = "And you have a meeting. I'll let you go.",
          to = "corridor_cold", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "I do, yes. Thanks.",
          feedback = "You saw her check the time and wrapped up, which she will appreciate. Before you part, is there anything you can give her for the problem she described?" },
        { id = "back_to_forty", text = "Sorry, I took that to my own story. Could any of your forty be Billing's? We mapped ours last month, owners included.",
          to = "sheet_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { ines = 2 },
          tags = { "recall_detail", "share_resource" },
          reply = "Could be.",
          thought = "Caught the detour, and remembered the forty.",
          feedback = "You caught your own detour and went straight back to her forty orphan jobs with something useful. Remembering her number is what makes the recovery work." },
        { id = "pitch_after_story", text = "That's why I'd love to work on something like Harbour one day. I've been looking for someone to learn from.",
          to = "self_pitch", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "self_focus", "miss_cue", "vague_ask" },
          reply = "Someone to learn from. Right.",
          feedback = "Two turns about yourself in a row, while she checks the time, and 'someone to "
            .. "learn from' is a vague ask tucked inside. Bring it back to her problem or let her "
            .. "go." },
      },
    },

    volunteer = {
      speaker = "ines",
      mood = "guarded",
      cue = "She keeps walking; her answer comes a beat late.",
      text = "Harbour's staffed, honestly. What Sam is short of is owners, not people.",
      choices = {
        { id = "keep_in_mind", text = "Fair enough. If anything does open up, though, would you keep me in mind?",
          to = "corridor_cold", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "vague_ask", "miss_cue" },
          reply = "Sure.",
          feedback = "She has just told you Harbour is staffed and what Sam is short of, and you "
            .. "pushed past that no for yourself. 'Keep me in mind' is vague enough that nothing "
            .. "can come of it." },
        { id = "owners_offer", text = "Owners I can help with. Billing mapped its jobs last month; I'll send Sam our list.",
          to = "sheet_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { ines = 2 },
          tags = { "offer_help", "recall_detail" },
          reply = "You have that?",
          thought = "Oh. That's different.",
          feedback = "You heard what Sam actually lacks and offered exactly that. Switching from what you want to what she needs is the whole lesson, done in one line." },
      },
    },

    self_pitch = {
      speaker = "ines",
      mood = "neutral",
      cue = "She has reached the door of a glass room called Kestrel and has her hand on the handle.",
      text = "Mm. Sorry, this is my meeting.",
      choices = {
        { id = "stop_and_write", text = "Of course. Go. I'll send you a note.",
          to = "write_message", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks. Sorry to rush off.",
          feedback = "Stopping when you see the hand on the door is the right call. Make the note about something she cares about, not your plans." },
        { id = "one_more_second", text = "One more second: the reason I'm telling you all this is that I'd really like a mentor.",
          to = "door_opens", asks = true, score = { listening = -2, empathy = -2, value_first = -2 }, trust = { ines = -1 },
          tags = { "miss_cue", "premature_ask" },
          thought = "My hand is literally on the door.",
          feedback = "Her hand was on the door and you asked for a big commitment anyway. When a busy person signals the end, take the signal and move the ask to writing." },
      },
    },

    sheet_offer = {
      speaker = "ines",
      mood = "surprised",
      cue = "She stops walking.",
      text = "With owners? Yes, please. Send it to me and copy Sam; he's the one chasing owners.",
      learn = { "sheet_promised" },
      trust = { ines = 1 },
      choices = {
        { id = "her_story", text = "Sure. So how did you end up running infrastructure, anyway?",
          to = "corridor_invited", score = { listening = -1 },
          tags = { "topic_hijack" },
          reply = "Long story. Short version: I kept saying yes to the jobs nobody wanted.",
          feedback = "Curiosity about her is friendly, but she had just told you who to send it to, and you moved on without a when. A time on the promise would have made it something she can count on." },
        { id = "trade", text = "Happy to. And maybe in return you could mentor me a bit?",
          to = "quid_pro_quo", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { ines = -1 },
          learn = { "traded" },
          tags = { "topic_hijack", "premature_ask", "vague_ask" },
          thought = "So the sheet had a price.",
          feedback = "She said yes to the sheet and you moved straight to what you want back: "
            .. "putting a price on your help turns a gift into a trade and makes her wonder "
            .. "whether the sheet was ever for her. Let the help stand on its own and ask "
            .. "separately." },
        { id = "promise_today", text = "You'll both have it this afternoon.",
          to = "corridor_invited", score = { listening = 1, value_first = 1 }, trust = { ines = 1 },
          tags = { "follow_through" },
          reply = "Perfect.",
          thought = "A time. Good.",
          feedback = "You answered exactly what she asked, both of them, with a time on it: a "
            .. "concrete promise worth more than the offer itself. Now keep it." },
      },
    },

    quid_pro_quo = {
      speaker = "ines",
      mood = "guarded",
      cue = "Her smile stays, but she shifts half a step back.",
      text = "Let's keep those separate, shall we? I'd want the sheet either way. The other thing, I'd have to think about.",
      choices = {
        { id = "separate_it", text = "Fair, that came out wrong. No strings: the sheet comes today either way.",
          to = "corridor_cold", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { ines = 1 },
          tags = { "notice_cue", "perspective", "follow_through" },
          reply = "Thank you. Then I'll take it.",
          thought = "Good. That landed.",
          feedback = "You heard 'keep those separate' and the half step back, agreed, and separated "
            .. "the gift from the ask; a time on it restores the rest. Keep the repair short and "
            .. "move on." },
        { id = "no_pressure", text = "Sure, no pressure! Have a think over the next few weeks and let me know.",
          to = "polite_no", score = { listening = -1, value_first = -1 },
          tags = { "miss_cue" },
          reply = "Mm.",
          feedback = "She asked you to separate the two, and this keeps the trade on the table. Say plainly that the help comes with no strings." },
      },
    },

    corridor_invited = {
      speaker = "ines",
      mood = "warm",
      cue = "She stops outside a glass room called Kestrel, turns to face you and lets the door wait.",
      text = "This is me. I've got two minutes before it starts. Was there something you wanted to ask? You've had the look of someone with a question since the lift.",
      discuss = "She has two minutes and has asked what you want. What makes an ask easy to say yes to, and just as easy to say no to?",
      timeout = 20,
      on_timeout = "door_opens",
      timeout_score = { listening = -1 },
      timeout_feedback = "She asked you a direct question and the moment passed unanswered. 'It can wait' or one small ask would both have been better than silence.",
      choices = {
        { id = "coffee_vague", text = "I'd love to learn from you more generally, if you ever had time: a coffee now and then, about careers and leadership?",
          to = "vague_coffee", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          reply = "Hm.",
          feedback = "Warm and polite, but 'now and then' hands her all the work of deciding what you want. A vague ask is harder to say yes to than a specific one." },
        { id = "not_mornings", text = "Not a morning, I know those are Harbour's. Twenty minutes in July, on how you keep six teams moving?",
          to = answer, can_go = { "small_yes", "polite_no" }, when = "ines_mornings", asks = true, score = { listening = 2, empathy = 1, value_first = 1 }, trust = { ines = 2 },
          tags = { "recall_detail", "specific_ask", "respect_time" },
          reply = answer_reply("You were listening.", "You were listening, I'll give you that."),
          thought = "Remembered my mornings. Easy yes.",
          feedback = "You remembered that her mornings belong to Harbour and shaped the ask around her calendar. Recalling a detail she mentioned in passing is what makes her feel heard." },
        { id = "mentor_direct", text = "There is. Would you be my mentor?",
          to = "big_ask", asks = true, score = { empathy = -1, value_first = -1 },
          tags = { "vague_ask" },
          reply = "Ah.",
          feedback = "Direct, which is good, but 'mentor' could mean an hour a week for a year, and she has two minutes and nine weeks. Ask for one small, defined thing she can picture saying yes to." },
        { id = "it_can_wait", text = "It can wait until after cutover. I'll write to you.",
          to = "write_message",
          score = { listening = 1, empathy = 1 }, tags = { "respect_time" }, reply = "Do. I'd like that.",
          feedback = "You heard her two minutes and kept them free, which is considerate, and the "
            .. "note can carry the ask. But she had asked what you wanted: a small ask would have "
            .. "been welcome now." },
        { id = "twenty_after", text = "Twenty minutes after cutover, on how you keep six teams moving. Only if July has room.",
          to = answer, can_go = { "small_yes", "polite_no" }, asks = true, score = { listening = 1, empathy = 1, value_first = 1 }, trust = { ines = 1 },
          tags = { "specific_ask", "respect_time" },
          reply = answer_reply("That I can picture.", "That I can picture. Just not yet."),
          thought = "One meeting, after cutover. Yes.",
          feedback = "You answered her question straight: one meeting, a fixed length, a clear "
            .. "topic and an easy way out, so she can say yes without opening her calendar. She "
            .. "asked, you had given first, and the ask was small." },
      },
    },

    corridor_cold = {
      speaker = "ines",
      mood = "neutral",
      cue = "At a glass room called Kestrel she glances at her watch and reaches for the handle.",
      text = "This is me. Nice to meet you.",
      choices = {
        { id = "cold_mentor", text = "Before you go: would you ever consider mentoring me?",
          to = "big_ask", asks = true, trust = { ines = -1 },
          tags = { "miss_cue", "premature_ask", "vague_ask" },
          reply = "Oh. Um.",
          thought = "At the door. Of course.",
          score = { listening = -1, empathy = -1, value_first = -2 },
          feedback = "She is leaving and has not invited a question; a large, open request at the door forces a rushed answer. Let her go and write, with something to give." },
        { id = "cold_goodbye", text = "You too. Good luck with the forty.",
          to = "write_message", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks. I'll need it.",
          feedback = "You read the watch and let her go with a word about her real worry. Clean, and it leaves the door open for a note." },
        { id = "cold_sheet", text = "You too. One thing first: Billing mapped its scheduler jobs last month, owners included. I'll send it over.",
          to = "write_message", when = "!sheet_promised", gives = true, learn = { "sheet_promised" },
          score = { listening = 1, value_first = 2 }, trust = { ines = 2 },
          tags = { "recall_detail", "offer_help" },
          reply = "With owners? Yes, please. Copy Sam Achebe; he's chasing owners.",
          thought = "Well. That was worth the walk.",
          feedback = "Late, but you went back to her problem with something she can use, and asked for nothing. That one line changes what she remembers of the walk." },
        { id = "cold_small", text = "Quick one before you go: could I send you a question about running Harbour, for after cutover?",
          to = "polite_no", asks = true,
          tags = { "premature_ask" },
          reply = "Hm.",
          score = { value_first = -1 },
          feedback = "Small and thoughtfully timed for her calendar, but she is leaving and did not ask, and nothing has been given yet. Even a small ask at the door comes early; a goodbye, or something for her problem, would have served you better." },
      },
    },

    big_ask = {
      speaker = "ines",
      mood = "thinking",
      cue = "She breathes out, kindly but tired.",
      text = "A mentor. Hm. I'm flattered, but I don't know what that means. Every week? For a year? I can't take on anything open-ended before Harbour ships.",
      choices = {
        { id = "retreat", text = "Oh. Right. Sorry to bother you.",
          to = "brushed_off", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "No, it's not that...",
          feedback = "Retreating at the first hesitation turns 'not like that' into 'no'. She told you what was hard; answer that." },
        { id = "shrink", text = "Fair. Smaller, then: one twenty-minute call after cutover, one question about running Harbour.",
          to = answer, can_go = { "small_yes", "polite_no" }, trust = { ines = 1 },
          tags = { "specific_ask", "perspective" },
          reply = "That's clearer.",
          thought = "Better. That I can actually think about.",
          score = { listening = 1, empathy = 1, value_first = 1 },
          feedback = "You heard exactly what made it hard, open-ended and before Harbour ships, and removed both. Shrinking the ask on the spot is a skill most people never try." },
        { id = "you_decide", text = "Totally understand. Whatever works for you: weekly, monthly, or just when you have a spare moment. You decide.",
          to = "polite_no", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "vague_ask" },
          reply = "That's more deciding for me, not less.",
          feedback = "She just said she cannot take on anything open-ended, and 'weekly, monthly, "
            .. "whenever' is open-ended again. Letting her decide sounds generous but gives her "
            .. "more work; offer one small, concrete option." },
      },
    },

    vague_coffee = {
      speaker = "ines",
      mood = "thinking",
      cue = "She smiles, a hand on the door.",
      text = "Coffee now and then. I'm terrible at 'now and then'; it turns into never. What did you actually want to ask me?",
      choices = {
        { id = "general_things", text = "Oh, just general career things really, whenever you're free. No rush at all.",
          to = "polite_no", score = { listening = -1, value_first = -1 },
          tags = { "vague_ask" },
          reply = "Hm.",
          feedback = "She asked you directly what you want and got the same vague answer again. Have your one question ready before you ask for anyone's time." },
        { id = "name_it", text = "How you keep six teams moving. Twenty minutes after cutover would do.",
          to = answer, can_go = { "small_yes", "polite_no" }, score = { listening = 1, value_first = 1 }, trust = { ines = 1 },
          tags = { "specific_ask" },
          reply = answer_reply("Now that I can say yes to.", "That's clearer. Thank you."),
          thought = "There's the real question.",
          feedback = "She asked what you really wanted and you answered with one topic and one slot. That is the ask to open with next time." },
      },
    },

    door_opens = {
      speaker = "sam",
      mood = "neutral",
      cue = "The door of Kestrel swings open. Ines half turns towards it.",
      text = "Ines? Sorry, we're all in, and the screen works for once.",
      choices = {
        { id = "go_note", text = "Go! I'll write.",
          to = "write_message", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks. I'll bring her back in one piece.",
          feedback = "Letting her go the moment she is called protects the goodwill you have. Move the rest to a message she can answer when she has a minute." },
        { id = "quick_mentor", text = "Just quickly, before you go in: would you mentor me?",
          to = "brushed_off", asks = true, score = { listening = -1, empathy = -2, value_first = -2 }, trust = { ines = -1 },
          tags = { "miss_cue", "premature_ask" },
          reply = "Sorry, we really are waiting for her.",
          thought = "In front of Sam. Really?",
          feedback = "A big question with her colleagues waiting in the doorway forces a rushed answer, and rushed answers are usually no. Let her go and write." },
      },
    },

    write_message = {
      speaker = "narrator",
      cue = "The cursor blinks in an empty message to Ines. She gets a hundred of these a day.",
      text = "That afternoon, back at your desk, you write to Ines.",
      choices = {
        { id = "email_cv", text = "\"Hi Ines, great to meet you today. Would you consider being my mentor? I've attached my CV and my goals for the next two years, so you can see where I'm coming from.\"",
          to = "cv_reply", asks = true, score = { empathy = -1, value_first = -2 },
          tags = { "vague_ask", "self_focus" },
          feedback = "A CV and a two-year plan turn a chance meeting into homework for her. Ask for one thing she can answer in a line." },
        { id = "email_sheet_ask", text = "\"Here's the Billing jobs sheet, owners included; Sam's copied. Separately: after cutover, could I have twenty minutes on how you run Harbour? If July's full, no reply needed.\"",
          to = email_answer, can_go = { "email_yes", "email_not_yet" }, when = "sheet_promised", gives = true, asks = true,
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { ines = 1 },
          tags = { "follow_through", "specific_ask" },
          thought = "Exactly what was promised. And the ask is easy.",
          feedback = "You kept your promise first and kept the ask separate, small and easy to ignore. Help delivered plus a light ask is the message busy people answer." },
        { id = "email_pick_brain", text = "\"Hi Ines, we met in the lift after the all-hands! I'd love to grab a coffee sometime and pick your brain about career stuff.\"",
          to = "no_reply", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          feedback = "'Pick your brain' asks for her time and attention with no limit and no topic. Name one question and one short slot." },
        { id = "email_sheet_only", text = "\"Here's the Billing jobs sheet, owners included; Sam's copied. Good luck with the cutover.\"",
          to = "email_thanks", when = "sheet_promised", gives = true, score = { value_first = 2 }, trust = { ines = 1 },
          tags = { "follow_through" },
          thought = "Useful, and nothing wanted. Who is this?",
          feedback = "Delivered, on time, with no strings: exactly right. She does not know you wanted anything, so the ask is still ahead of you, on ground you have prepared." },
        { id = "email_cold_ask", text = "\"Hi Ines, I'm on Billing; we shared the lift today. After cutover, could I have twenty minutes on how you run Harbour? Fine to say no.\"",
          to = "email_later", when = "!sheet_promised", asks = true,
          tags = { "premature_ask", "respect_time" },
          score = { empathy = 1, value_first = -1 },
          feedback = "Short, specific and easy to decline: the right shape. But nothing in it is for her, and from a near stranger with nothing given first, even a small ask comes early." },
      },
    },

    -- Endings.
    small_yes = {
      speaker = "ines",
      mood = "warm",
      cue = "She has her hand on the door, but she is smiling.",
      text = "Yes. That I can do. Put twenty minutes in for the second week of July, and send me the question beforehand so I can actually think about it.",
      ending = "small_yes",
      grade = "good",
    },

    email_yes = {
      speaker = "narrator",
      text = "Her reply arrives the next morning at 7:12: \"This closed eleven of our forty. Thank you. And yes: grab twenty minutes on a Friday in July and send me the question first. I.\"",
      ending = "email_yes",
      grade = "good",
    },

    email_thanks = {
      speaker = "narrator",
      text = "Her reply arrives the next morning: \"This closed eleven of our forty. Thank you!\" She means it. She has no idea you wanted to learn from her, and the sheet has made a question from you very welcome whenever you send it.",
      ending = "thanked_not_asked",
      grade = "mixed",
    },

    polite_no = {
      speaker = "ines",
      mood = "neutral",
      cue = "She says it warmly, already moving. It isn't a no. It isn't a date, either.",
      -- A small, clear ask that the walk had not yet earned gets a kinder answer.
      text = function(state)
        if state.vars.asked_small then
          return "It's a fair ask. Ask me again after Harbour, and remind me where we met."
        end
        return "Tell you what: ask me again after Harbour."
      end,
      ending = "not_now",
      grade = "mixed",
    },

    email_later = {
      speaker = "narrator",
      text = "Two days later: \"Thanks for asking so clearly. July is chaos, but ask me again in August.\" Polite, and real. Nothing about her problems came with your message, so nothing made her want to find the time sooner.",
      ending = "not_now",
      grade = "mixed",
    },

    email_not_yet = {
      speaker = "narrator",
      text = "Her reply comes two days later: \"This closed eleven of our forty, thank you. July is honestly chaos; ask me again in August?\" Warm, and a real maybe. The sheet did its work; the walk before it had left her unsure what you were after.",
      ending = "not_now",
      grade = "mixed",
    },

    cv_reply = {
      speaker = "narrator",
      text = function(state)
        local t = "Two days later: \"Thanks for thinking of me. I can't take on a mentee this year, but good luck with your goals.\" Polite, final, four lines long."
        if state.facts.sheet_promised then
          t = t .. " The jobs sheet you promised her is still on your drive."
        end
        return t
      end,
      ending = "polite_decline",
      grade = "mixed",
    },

    no_reply = {
      speaker = "narrator",
      text = function(state)
        local t = "No reply. A week later you aren't sure she read it. When you pass in the corridor, she nods at you the way she nods at everyone."
        if state.facts.sheet_promised then
          t = t .. " Sam is still chasing owners; the sheet you promised never arrived."
        end
        return t
      end,
      ending = "no_reply",
      grade = "poor",
    },

    brushed_off = {
      speaker = "ines",
      mood = "guarded",
      cue = "She is already looking past you.",
      text = "Let's see how things look after Harbour. Sorry, I really have to go.",
      ending = "brushed_off",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Everything useful on this ride came from Ines: the nine weeks on her slide, and whatever she told you once you asked about her work. The asks that landed were built from her words, not from your plans.",
    empathy = "She was busy before she said a word: the phone, the frown, later the watch and the door. An ask sized to her calendar, with an easy way to say no, is empathy for someone nine weeks from a cutover.",
    value_first = "Help that fits her problem, offered with no strings, is worth more than anything you can say about yourself. Give first, then ask separately, small and specific. The same small ask is welcome when she turns and asks what you wanted, and early when she is reaching for the door.",
  },
}
