-- mentor.busy_yes: asked to mentor someone in the worst week to be asked.
-- luacheck: no max line length
-- The player is a senior associate at an architecture practice, ten days from
-- a competition deadline. Bronwen, who retrained at forty-three after twenty
-- years as a site manager, asks to be mentored "properly, regularly". What she
-- needs is smaller and nearer: she presents a stair to a client on the 21st and
-- goes blank when asked "why". The player practises asking what the request is
-- for before answering it, then saying a yes they can keep (a run-through on
-- Thursday, three half-hours after the deadline), or a no that still helps (a
-- real introduction to Odile), and keeping it on the night it is hardest.
-- Invitation: at `back_to_you` she stops at the door and asks what she can do
-- for you (a real invitation, after you gave): a small, specific ask is welcome
-- there; a large one is still too much. docs/rubric.md, "Invitations".
-- Facts: bronwen_review and bronwen_forty_trades (need), bronwen_crane (blank),
-- runthrough_offered / intro_promised (which promise you made), moved_monday,
-- asked_site_page, asked_strategy, sent_full_intro.
-- How each route ends depends on Bronwen's trust at the close: the good endings
-- need a promise sized to the week, kept, and a conversation that heard her.

-- Trust at the close that makes the kept promise a good ending for her too.
local LIFTED = 6
-- Trust after the introduction that makes the no a good ending.
local INTRO_LIFTED = 5

local function after_tuesday(state)
  if state.facts.intro_promised then return "odile_night" end
  return "crunch"
end

local function door_close(state)
  if state.trust.bronwen >= LIFTED then return "sized_yes" end
  return "kept_thin"
end

local function intro_close(state)
  if state.trust.bronwen >= INTRO_LIFTED then return "introduced" end
  return "handed_off"
end

-- What she says as Tuesday ends, depending on which promise she is holding.
local function tuesday_reply(state, yes_line, intro_line)
  if state.facts.intro_promised then return intro_line end
  return yes_line
end

return {
  format = 1,
  version = 2,
  id = "mentor.busy_yes",
  title = "A smaller yes",
  family = "mentor",
  summary = "Ten days before a competition deadline, Bronwen, who retrained after twenty years running building sites, asks if you will mentor her. Find out what she needs before you answer, then say a yes you can keep, or a no that still helps.",
  homework = "The next time someone asks for your time, ask what it is for before you answer; then offer the smallest thing you are sure you will do, with a date on it.",
  difficulty = 2,
  cast = {
    bronwen = { name = "Bronwen Hale", role = "Architectural assistant, Calloway Reid; twenty years a site manager before that", portrait = "white_curls" },
  },
  start = "studio",
  nodes = {
    studio = {
      speaker = "narrator",
      cue = "She is holding an A3 sheet folded into quarters, and running her thumbnail along the fold.",
      text = "Tuesday, 5:42 pm, the studio at Calloway Reid Architects. You lead the practice's entry for the Harbourside Library competition, due a week on Friday; the model is half-glued in front of you and the structural engineer is calling at six. Bronwen Hale, who retrained at forty-three after twenty years managing building sites, stops at the end of the table. \"Have you got a minute? It's not urgent.\"",
      choices = {
        { id = "after_deadline",
          text = "If it's not urgent, could you catch me once Harbourside's gone in? I'm completely underwater until a week on Friday, sorry.",
          to = "deferred", score = { listening = -1 }, tags = { "miss_cue" },
          trust = { bronwen = -1 },
          reply = "\"Oh. Yes, of course.\"",
          thought = "I knew it. I shouldn't have asked.",
          feedback = "A fair question in your week, but she waited for the studio to empty and brought a sheet she has folded and refolded: 'not urgent' was politeness. Ask what it is before you decide when." },
        { id = "whats_on_it",
          text = "(Turn round.) That sheet's been folded a few times. What's on it?",
          to = "ask", score = { listening = 1 }, tags = { "notice_cue" },
          trust = { bronwen = 1 },
          reply = "She laughs, caught out. \"You'll see.\"",
          thought = "They noticed the sheet. Right. Here goes.",
          feedback = "You noticed the sheet she had been worrying at and asked about it, which tells her you are actually here. Saying how long you have would have helped her pace it." },
        { id = "keep_gluing",
          text = "(Keep gluing.) Go for it, I'm listening.",
          to = "half_listen", score = { listening = -1 }, tags = { "miss_cue" },
          trust = { bronwen = -1 },
          thought = "Squeezed in between the glue and a phone call.",
          feedback = "You said you were listening while your eyes stayed on the model. She had waited for an empty studio to say this; a minute with the glue down costs less than it seems." },
        { id = "fifteen_now",
          text = "(Put the glue down.) I've got a call at six. Fifteen minutes now, or longer tomorrow: your pick.",
          to = "ask", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { bronwen = 1 },
          reply = "\"Now,\" she says. \"Before I lose my nerve.\"",
          thought = "Straight about the clock, and I get to choose. Good.",
          feedback = "You gave her your whole attention, said plainly how long you had and let her choose. Naming your limit at the start is kinder than discovering it halfway through her sentence." },
      },
    },

    half_listen = {
      speaker = "bronwen",
      mood = "guarded",
      cue = "She talks to the side of your head while you press a wall panel into place. Halfway through a sentence she stops.",
      text = "I wanted to ask... it's about crits, and how I... No. You're in the middle of it. It'll keep.",
      choices = {
        { id = "two_things",
          text = "(Keep gluing.) No, no, go on, I'm listening to you, honestly. I can do two things at once. Crits?",
          to = "ask", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "...Okay. I'll say it to the model, then.",
          feedback = "She stopped because your hands were busy, and you kept them busy. Her words 'it'll keep' were the signal; put the glue down and the sentence comes back." },
        { id = "sorry_now",
          text = "(Put the glue down.) Sorry. That was rude. You've got me until six.",
          to = "ask", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { bronwen = 1 },
          reply = "Okay. Okay.",
          thought = "They stopped. Fine. I'll say it.",
          feedback = "You caught why she stopped, owned it in four words and gave her a clear window. That is all a repair needs." },
        { id = "grab_tomorrow",
          text = "Are you sure? Okay. Grab me tomorrow, then.",
          to = "deferred", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Yeah. Tomorrow.",
          feedback = "She stopped because you were busy, and you took her retreat at its word. 'It'll keep' usually means 'I'm embarrassed', not 'it can wait'." },
      },
    },

    deferred = {
      speaker = "bronwen",
      mood = "guarded",
      cue = "She folds the sheet once more, small enough for a back pocket, and turns towards her desk.",
      text = "Good luck with Harbourside.",
      choices = {
        { id = "find_you",
          text = "Thanks. I'll come and find you when it's all done.",
          to = "never_came_back", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Sure. Good luck.",
          feedback = "A kind line, but the sheet went into her pocket while you said it. 'I'll find you' after a deadline is a promise that rarely survives the week after." },
        { id = "call_back",
          text = "Hang on. You've folded that very small. Is it really not urgent?",
          to = "ask", when = "!called_back", learn = { "called_back" },
          score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "follow_up_question" },
          trust = { bronwen = 1 },
          reply = "Not urgent. Just... soon.",
          thought = "Caught. All right, then.",
          feedback = "You noticed what the folding said and asked about it lightly, so she could come back without losing face. Calling someone back is never too late in a studio." },
        { id = "diary_after",
          text = "Put half an hour in my diary for the Monday after the deadline. I'll keep that one.",
          to = "late_yes", gives = true, score = { value_first = 1 }, tags = { "offer_help" },
          reply = "The Monday after. Okay. Thanks. I'll book it now.",
          feedback = "A concrete slot you can keep is worth more than a vague 'later'. You never found out what it was for, though, so you do not know whether the Monday after is in time." },
      },
    },

    ask = {
      speaker = "bronwen",
      mood = "thinking",
      cue = "She unfolds the sheet: a handwritten list headed 'Things I can't do yet'. She doesn't look at it.",
      text = "Right. I'll just say it. Would you mentor me? Properly, regularly. I've watched you in crits, and I need to get better at that side of things. Fast.",
      discuss = "She has asked for 'regular' in your worst week. What do you need to know before you answer?",
      timeout = 12,
      on_timeout = "silence",
      timeout_score = { empathy = -1 },
      timeout_feedback = "Twelve seconds of silence after someone asks for help reads as a no taking shape. 'Tell me more' buys you all the thinking time you need.",
      choices = {
        { id = "of_course_weekly",
          text = "Of course I will. Let's say every Tuesday at six, starting next week.",
          to = "are_you_sure", gives = true, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          trust = { bronwen = 1 },
          reply = "Oh! Really?",
          thought = "A yes. I didn't expect a yes.",
          feedback = "A warm, generous yes, and she is glad of it. But you agreed to 'regular' ten days from a deadline before asking what 'that side of things' means; find out what she needs, then size the yes." },
        { id = "which_side",
          text = "Which side of things: presenting?",
          to = "need", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Presenting. Defending it, really. And there's a date.",
          feedback = "A fair follow-up on her words before you answer. It guesses for her, though; her 'fast' was the bigger clue." },
        { id = "fast_why",
          text = "You said 'fast'. What's coming up?",
          to = "need", score = { listening = 2 }, tags = { "follow_up_question", "notice_cue" },
          trust = { bronwen = 1 },
          reply = "Ha. You heard that.",
          thought = "They heard 'fast'. Nobody hears the last word.",
          feedback = "You picked the one word that carried the stakes and asked about it before answering the request. Now you can size your answer to what she needs, not to the word 'mentor'." },
        { id = "drowning",
          text = "Honestly, I'm drowning. Harbourside has eaten every evening this month and I haven't seen my kids awake since Sunday.",
          to = "turned_down", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { bronwen = -1 },
          reply = "Oh. God, of course.",
          thought = "Now I feel terrible for asking.",
          feedback = "True, and it turns her request into your week. She now has to comfort you for asking; one sentence about your limit, after hearing her out, would have done the job." },
        { id = "trade",
          text = "I'll make you a deal: help me get Harbourside's construction sequence right this week, and I'll mentor you after.",
          to = "trade_reply", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { bronwen = -1 },
          thought = "So the help comes with an invoice.",
          feedback = "She has just asked for help, holding a list of what she can't do yet, and heard a price. Her site experience would help you, but keep the two apart: answer hers first, and ask yours separately, freely." },
      },
    },

    silence = {
      speaker = "bronwen",
      mood = "sad",
      cue = "She starts folding the sheet back up.",
      text = "Sorry. Bad timing, obviously. Forget I asked.",
      choices = {
        { id = "fair_bad_week",
          text = "No, that's fair, it is a bad week. Let's talk properly after Harbourside.",
          to = "deferred", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { bronwen = -1 },
          reply = "Yeah. Course.",
          thought = "So that was a no.",
          feedback = "She offered you a way out to save face, and you took it, so your silence now reads as a no. Tell her you were thinking, not refusing." },
        { id = "thinking_not_no",
          text = "Don't fold it. That wasn't a no; I was thinking. What's the 'fast' about?",
          to = "need", score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "recall_detail" },
          trust = { bronwen = 1 },
          reply = "Okay. Okay. The fast bit.",
          thought = "Not a no. Breathe.",
          feedback = "You stopped the folding, said what the silence was and went back to her own word. Repairing a pause out loud is far better than pretending it did not happen." },
        { id = "yes_anyway",
          text = "Sorry, no! Of course I'll mentor you. Every Tuesday, from next week.",
          to = "are_you_sure", gives = true, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "Oh! Right. Great.",
          feedback = "Generous, and it covers the awkward silence, but it is a yes to 'regular' made to stop the discomfort. Ask what she needs first; the right yes may be smaller." },
      },
    },

    turned_down = {
      speaker = "bronwen",
      mood = "sad",
      cue = "She is already on her feet.",
      text = "No, course not. Sorry. I knew it was a daft time to ask.",
      choices = {
        { id = "all_about_me",
          text = "Not daft. That came out all about me. Sit down a second: what's the 'fast' about?",
          to = "need", score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "notice_cue" },
          trust = { bronwen = 1 },
          reply = "The fast bit. Right.",
          thought = "Oh. They did hear me.",
          feedback = "You owned the turn to your own week and went back to her word 'fast'. Catching your own slip out loud is what lets her stay." },
        { id = "spring",
          text = "Yeah, it's not ideal timing, to be fair. Ask me again in the spring, once all this has calmed down?",
          to = "never_came_back", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Sure. Spring.",
          feedback = "She is standing, blaming herself, and you agreed with her; the spring is months after whatever 'fast' meant. You closed the door politely without finding out what was behind it." },
        { id = "odile_instead",
          text = "Not daft at all. I can't, but Odile might. Want me to ask her?",
          to = "referral", gives = true, score = { empathy = 1, value_first = 1 }, tags = { "share_resource" },
          reply = "Oh.",
          feedback = "You answered her embarrassment and offered a real alternative, which is a decent no. You offered it before knowing what she needs, so you cannot yet tell Odile why." },
      },
    },

    trade_reply = {
      speaker = "bronwen",
      mood = "guarded",
      cue = "She says it the way people say yes when they think no isn't allowed.",
      text = "Oh. Right. So I do the sequence first, and then we'd... Sure. I can do that.",
      choices = {
        { id = "bank_it",
          text = "Brilliant. I'll send you the drawings tonight.",
          to = "traded", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { bronwen = -1 },
          reply = "Great. Send them over.",
          thought = "Well. I asked.",
          feedback = "Her yes came out flat and you banked it. She came for help and is leaving with homework." },
        { id = "untangle",
          text = "Wait, that came out as a bill, and it isn't one. What did you actually want help with?",
          to = "need", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "open_question" },
          trust = { bronwen = 1 },
          reply = "Oh. Okay. Good. It's this.",
          thought = "Oh, thank goodness.",
          feedback = "You heard the flat yes, took the condition back and handed her the floor. Your question about the sequence can come later, on its own, easy to refuse." },
        { id = "not_a_condition",
          text = "It's not a condition, honestly, I'd mentor you anyway. It would just really, really help me out this week.",
          to = "traded", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          reply = "No, I get it. I'll do the sequence.",
          feedback = "Saying it isn't a condition while asking again keeps the string attached. Drop your ask for now and find out what she came for." },
      },
    },

    need = {
      speaker = "bronwen",
      mood = "thinking",
      cue = "She taps the top line of the list without looking at it.",
      text = "The Leaside school review, on the 21st. Femi wants me to present the stair core to the client, because I detailed it. On site I briefed forty trades at seven every morning and never once lost the room. Put a drawing on a wall and ask me why, and I go blank. The twenty-five-year-olds just... talk.",
      learn = { "bronwen_review", "bronwen_forty_trades" },
      choices = {
        { id = "harder_room",
          text = "Forty trades at seven a.m. is a harder room than any client. What actually happens when you go blank?",
          to = "blank", score = { listening = 2, empathy = 1 }, tags = { "paraphrase", "follow_up_question" },
          trust = { bronwen = 1 },
          reply = "Huh. Nobody here has ever put it like that.",
          thought = "Nobody here has ever counted the site as experience.",
          feedback = "You took her own evidence of competence seriously and asked about the exact moment it fails. Knowing that moment lets you offer help that fits it." },
        { id = "practise_aloud",
          text = "Honestly, practise it out loud a few times and you'll be fine. Everyone talks too much in crits anyway.",
          to = "quick_fix", score = { listening = -1, empathy = -1 }, tags = { "dismiss", "generic_reply" },
          trust = { bronwen = -1 },
          reply = "Mm.",
          thought = "I've practised. That's not it.",
          feedback = "Quick advice and 'you'll be fine' step past what she just said: her trouble is not practice, it is going blank when someone asks why. Ask about that moment before you fix it." },
        { id = "weekly_till",
          text = "Then let's meet every week until the 21st, and keep going after that. Whenever suits you.",
          to = "are_you_sure", gives = true, score = { listening = 1, value_first = 1 }, tags = { "offer_help" },
          trust = { bronwen = 1 },
          reply = "Every week?",
          thought = "Every week. From them. This week?",
          feedback = "You built the offer around her date, which is right, and generous. Weekly, in the ten days before your own deadline, is a promise worth checking against your calendar before you make it." },
        { id = "thursday_now",
          text = "What I can keep: Thursday at eight, ten minutes, just you, me and the stair. Then three half-hours after Harbourside.",
          to = "phone", gives = true, learn = { "runthrough_offered" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "perspective" },
          trust = { bronwen = 1 },
          reply = "Thursday at eight. That's... yes. Thank you.",
          thought = "Small, and real, and before the 21st.",
          feedback = "A yes sized to both calendars: something before her date, fitted to her problem, and more once your deadline is past. A small promise you will keep beats a big one you will cancel." },
        { id = "odile",
          text = "Honestly, I'd be the wrong mentor with Harbourside on. Odile coached half this studio through client reviews last year; I could introduce you to her.",
          to = "referral", gives = true, score = { listening = 1, value_first = 1 }, tags = { "share_resource" },
          reply = "Oh.",
          feedback = "An honest no with a real alternative matched to 'client review' is a good no. Make the introduction concrete, and soon, and it will be worth more than a reluctant yes." },
      },
    },

    blank = {
      speaker = "bronwen",
      mood = "thinking",
      cue = "She looks at the half-built model for a while before she answers.",
      text = function(state)
        if state.visits.blank > 1 then
          return "What changes? Someone's watching me think. On site nobody watched; they waited for the answer. In here I can feel them waiting for me to be clever."
        end
        return "Someone asks why a steel stair and not concrete. I know why: the crane's off site by week thirty, so anything poured after that is a nightmare. What comes out is 'it's better'. Then I watch the client look at Femi."
      end,
      learn = { "bronwen_crane" },
      choices = {
        { id = "first_crit",
          text = "Oh, I know exactly how you feel. At my first client review I called a roof 'better' and the client actually laughed. What got me through was writing every answer on index cards the night before.",
          to = "quick_fix", when = function(state) return state.visits.blank < 2 end,
          score = { listening = -2, empathy = -1 }, tags = { "self_focus", "topic_hijack" },
          trust = { bronwen = -1 },
          reply = "Mm. Index cards.",
          thought = "Index cards. Right.",
          feedback = "She had just named the exact moment it goes wrong, and you answered with your own first review. One sentence of yours is a bridge; a whole story moves the spotlight off her." },
        { id = "why_boring",
          text = "So you know the answer; it's the look at Femi that knocks it out. Let's practise being looked at: Thursday, eight, I'll ask 'why' till it's boring.",
          to = "phone", gives = true, learn = { "runthrough_offered" },
          score = { listening = 2, empathy = 1, value_first = 2 }, tags = { "paraphrase", "offer_help" },
          trust = { bronwen = 1 },
          reply = "Till it's boring. I like that. Yes.",
          thought = "They got it exactly. And they've got ten days of hell.",
          feedback = "You named the real problem (not the answer, the watching), then offered ten minutes built around it. A small yes fitted that closely is worth more than a weekly slot." },
        { id = "weekly_blank",
          text = "Right. Then let's meet every week until the 21st, and after.",
          to = "are_you_sure", gives = true, score = { value_first = 1 }, tags = { "offer_help" },
          reply = "Every week?",
          feedback = "A generous offer, but it answers 'how often' when she just told you 'what': being looked at. A session built on that would need far less of your time." },
      },
    },

    quick_fix = {
      speaker = "bronwen",
      mood = "guarded",
      cue = "She folds the corner of the sheet over and back.",
      text = "I've rehearsed it in the car. It's fine in the car.",
      choices = {
        { id = "car_room",
          text = "Fine in the car, gone in the room. What changes in the room?",
          to = "blank", score = { listening = 2, empathy = 1 }, tags = { "paraphrase", "follow_up_question" },
          trust = { bronwen = 1 },
          reply = "Ha. Good question.",
          thought = "That is exactly it.",
          feedback = "You caught the difference she had put her finger on and asked about it, which gets back to the real problem after the quick fix. Her own words are the best guide to what she needs." },
        { id = "smash_it",
          text = "Then it's just nerves. Slow down, breathe, and you'll smash it.",
          to = "brushed_off", score = { listening = -1, empathy = -2 }, tags = { "dismiss", "generic_reply" },
          trust = { bronwen = -1 },
          reply = "Sure. Thanks.",
          thought = "Just nerves. Great.",
          feedback = "'Just nerves' and 'you'll smash it' wave away what she told you twice now. Her 'fine in the car' was the clue: ask what changes in the room." },
        { id = "weekly_fix",
          text = "Then let's get you out of the car: every Tuesday until the 21st.",
          to = "are_you_sure", gives = true, score = { listening = 1, value_first = 1 }, tags = { "offer_help" },
          reply = "Every Tuesday?",
          feedback = "You picked up 'the car' and offered real time, generously. Weekly is a lot to promise ten days before a deadline; something smaller, fitted to the room she freezes in, would be easier to keep." },
      },
    },

    are_you_sure = {
      speaker = "bronwen",
      mood = "surprised",
      cue = "She looks at the half-built model, then back at you.",
      text = "With Harbourside on? Are you sure?",
      choices = {
        { id = "honest_resize",
          text = "You're right to ask. Weekly won't survive the next ten days. Thursday at eight for ten minutes, then three half-hours after the deadline: those I'll keep.",
          to = "phone", gives = true, learn = { "runthrough_offered" },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "perspective", "offer_help" },
          trust = { bronwen = 1 },
          reply = "Ha. Thank God. I could see your face when I asked.",
          thought = "Honest. I can plan around honest.",
          feedback = "You took her doubt seriously and swapped a promise you would break for one you will keep. Resizing out loud, at once, costs nothing; resizing after two cancellations costs her trust." },
        { id = "insist",
          text = "Honestly, it's fine. I'll make the time for you; you're not a bother. Tuesdays at six.",
          to = "first_tuesday", score = { listening = -1, empathy = -1 }, tags = { "dismiss", "miss_cue" },
          reply = "Okay. If you're sure. Tuesdays at six.",
          feedback = "She looked at your model and asked the right question, and you waved it away. Her doubt was a chance to size the promise before she starts relying on it." },
        { id = "fortnightly",
          text = "If weekly is too much for you, we could do fortnightly.",
          to = "first_tuesday", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "No, weekly's... weekly's fine for me.",
          feedback = "She was worried about your week, not hers; she looked at the model as she asked. Answering a different worry leaves the real one standing." },
        { id = "fast_late",
          text = "Fair question. Before I answer it, tell me what the 'fast' is about.",
          to = "need", when = "!bronwen_review", score = { listening = 1 }, tags = { "recall_detail" },
          reply = "The fast bit. Okay.",
          feedback = "You let her question slow you down and went back to her word 'fast'. Hearing the need first may shrink the promise to one you can keep." },
      },
    },

    referral = {
      speaker = "bronwen",
      mood = "surprised",
      cue = "She pulls a face before she can stop it.",
      text = "Odile? She terrifies me a bit. She's so polished. Would she even want to?",
      choices = {
        { id = "shes_lovely",
          text = "Don't be daft, she's lovely. You're overthinking it.",
          to = "handed_off", score = { listening = -1, empathy = -2 }, tags = { "dismiss" },
          trust = { bronwen = -1 },
          reply = "Probably.",
          thought = "Overthinking. Right.",
          feedback = "'Don't be daft' and 'overthinking' wave her fear aside, and she asked you a real question. A fact would have answered it: why Odile would want to." },
        { id = "do_it_myself",
          text = "You know what, forget Odile, then. I'll do it myself: every week, however busy it gets, we'll make it work somehow.",
          to = "are_you_sure", gives = true, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "Every week?",
          feedback = "Generous, but you swapped a good introduction for a promise you had just told her you could not keep, because of one nervous face. Answer the nerves instead." },
        { id = "just_email",
          text = "Just drop her a line and say I sent you.",
          to = "handed_off", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Okay. I'll... try that.",
          feedback = "She just told you Odile frightens her, and you left her to make the approach alone. Writing the introduction yourself is the part of a no that actually helps." },
        { id = "intro_tonight",
          text = "She would: she asked me last month who needs help with reviews. I'll write to her tonight and copy you in.",
          to = "phone", gives = true, learn = { "intro_promised" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "perspective" },
          trust = { bronwen = 1 },
          reply = "She asked? Okay. Okay, yes.",
          thought = "Not a yes, but a real no. I can work with that.",
          feedback = "You answered her fear with a fact and took the awkward first step off her hands. A no that comes with a warm introduction, tonight, is a generous no." },
      },
    },

    phone = {
      speaker = "narrator",
      cue = "She sees the screen and stops mid-word.",
      text = "Her shoulders drop an inch. She starts to say something, and your phone buzzes on the table: Tomasz, Structures.",
      timeout = 10,
      on_timeout = "rang_out",
      timeout_score = {},
      timeout_feedback = "The call rang out while you decided, which at least kept her in front of you. Saying 'he can wait' out loud tells her she comes first.",
      choices = {
        { id = "face_down",
          text = "(Turn it face down.) He can wait two minutes. You were saying something.",
          to = after_tuesday, can_go = { "crunch", "odile_night" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          trust = { bronwen = 1 },
          reply = function(state)
            return tuesday_reply(state,
              "\"Just: thank you. Nobody's said yes to me in this building before.\" You ring Tomasz back at 6:03.",
              "\"Just: thank you. I'll look out for the email.\" You ring Tomasz back at 6:03.")
          end,
          thought = "They let it ring. For me.",
          feedback = "She had stopped mid-word and you gave her the floor back over a ringing phone. Two minutes of that is remembered for months." },
        { id = "answer_it",
          text = "(Answer it.) Tomasz, one sec. (Covering the phone:) Sorry, I have to take this; you know what deadline week is like. Catch you later?",
          to = after_tuesday, can_go = { "crunch", "odile_night" },
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { bronwen = -1 },
          reply = "She nods and goes. You never find out what she was about to say.",
          thought = "And we're done, apparently.",
          feedback = "She had stopped mid-word, and the call took the end of her sentence. Two minutes with the phone face down would have let her finish." },
      },
    },

    rang_out = {
      speaker = "bronwen",
      mood = "warm",
      cue = "The phone goes quiet on the table.",
      text = "It's stopped. You'd better ring him back. Thank you, though. Really.",
      choices = {
        { id = "wave_off",
          text = "(Smile, and dial him back.) See you.",
          to = after_tuesday, can_go = { "crunch", "odile_night" },
          reply = "Go on. Thanks again.",
          feedback = "Nothing wrong with getting back to your call. She had started to say something before it rang, though, and never got to." },
        { id = "you_were_saying",
          text = "He'll keep. You were about to say something when it rang.",
          to = after_tuesday, can_go = { "crunch", "odile_night" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue" },
          trust = { bronwen = 1 },
          reply = function(state)
            return tuesday_reply(state,
              "Only that nobody's said yes to me in this building before. Go on, ring him.",
              "Only that I'll look out for the email. Thank you. Go on, ring him.")
          end,
          thought = "They remembered I was mid-sentence.",
          feedback = "You remembered she had been cut off and handed her the floor again. Small, and it tells her the call did not outrank her." },
      },
    },

    crunch = {
      speaker = "narrator",
      text = "Wednesday, 11:40 pm. The structural package came back with the wrong spans and you have been redrawing the core since six. Tomorrow's calendar starts at 8:00: Bronwen, stair run-through, 10 min.",
      choices = {
        { id = "keep_it",
          text = "(Set an alarm for 7:15. Ten minutes is ten minutes.)",
          to = "runthrough", gives = true, score = { value_first = 1 }, tags = { "follow_through" },
          trust = { bronwen = 1 },
          thought = "They came. In deadline week.",
          feedback = "You sized the promise so that even this night could hold it, and then kept it. Keeping the first small promise is what makes the later ones believable." },
        { id = "move_it",
          text = "(Message her.) \"Structures blew up tonight. Can we move to Monday at 8? Same ten minutes, promise.\"",
          to = "runthrough", learn = { "moved_monday" },
          reply = "At 7:05 she replies: \"No problem. Monday. Thanks for saying.\"",
          feedback = "Honest and concrete: she knows why and when. It costs her four days before the 21st, though, and ten minutes was the one thing this week could still hold." },
        { id = "rain_check",
          text = "(Message her.) \"Crazy week, so sorry! Rain check? Let's pick it up after Harbourside.\"",
          to = "cancelled", score = { value_first = -1 },
          trust = { bronwen = -1 },
          reply = "At 7:05 she replies: \"No worries!\"",
          thought = "No date. Of course.",
          feedback = "The first promise you made her, broken by message, with no new date. A rain check is a vague ask for her patience; it spends the trust the offer earned." },
      },
    },

    runthrough = {
      speaker = "bronwen",
      mood = "guarded",
      cue = function(state)
        local day = "Thursday, 8:00"
        if state.facts.moved_monday then day = "Monday, 8:00" end
        return day .. ", the small meeting room. For three minutes she read the drawing aloud: landing, balustrade, handrail. Then you asked why steel, and for twenty seconds she sounded like someone who has run a site."
      end,
      text = "The crane's off site by week thirty, so anything poured after that is a nightmare, so... Sorry. Too much site.",
      choices = {
        { id = "forty_voice",
          text = "Don't apologise. That's the voice you used on forty trades at seven in the morning. Give the whole review in it.",
          to = "back_to_you", when = "bronwen_forty_trades", gives = true,
          learn = { "site_voice" },
          score = { listening = 2, empathy = 1, value_first = 1 }, tags = { "recall_detail", "share_resource" },
          trust = { bronwen = 1 },
          reply = "The site voice. In here. ...Okay. I can do that.",
          thought = "They remembered the trades. And they're right.",
          feedback = "You linked what she told you on Tuesday to what you saw this morning, and turned it into one note she can use. That is what a mentor's ten minutes can do that a book cannot." },
        { id = "ten_notes",
          text = "Okay, notes. Slow down, fewer 'so's, the north arrow's missing, the section's at the wrong scale, and stand beside the drawing, not in front of it. Want the rest?",
          to = "back_to_you", gives = true, score = { listening = -1, empathy = -1, value_first = 1 }, tags = { "miss_cue", "share_resource" },
          reply = "Slow down, north arrow, scale, stand to the side. Got it.",
          feedback = "Useful notes, every one, but she had just apologised for the best twenty seconds and you let it stand under a list. One thing to keep does more, days before a review, than five to fix." },
        { id = "why_apologise",
          text = "The crane bit was the best twenty seconds. Why apologise for it?",
          to = "back_to_you", score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "follow_up_question" },
          trust = { bronwen = 1 },
          reply = "Because in here everyone says 'threshold' and 'sequence'. Nobody says 'crane'. ...Huh.",
          thought = "The bit I was ashamed of was the good bit?",
          feedback = "You caught the apology and turned it round: the part she was sorry for was the part that worked. A question lets her find that out herself." },
        { id = "when_again",
          text = "Good. Remind me, when's the review?",
          to = "back_to_you", when = "bronwen_review", score = { listening = -1 }, tags = { "ask_again" },
          reply = "The 21st. I said, on Tuesday.",
          feedback = "She told you the date the first time she asked for help, and it is why you are here at eight. Asking again tells her the detail did not stick; the time she just spent deserves a note on what she did." },
        { id = "fine_really",
          text = "Honestly, that was good. You're worrying about nothing; you'll be fine on the day.",
          to = "back_to_you", score = { listening = -1, empathy = -2 }, tags = { "dismiss" },
          reply = "Thanks. If you say so.",
          feedback = "Kind, but 'worrying about nothing' waves away what she came for, and it skips the one real moment in the run-through. Name what worked so she can do it again." },
      },
    },

    back_to_you = {
      speaker = "bronwen",
      mood = "warm",
      cue = "She unpins the drawing, then stops at the door and turns round.",
      text = "Can I ask: what can I do for you? I feel like I've done nothing but take this week.",
      choices = {
        { id = "whole_strategy",
          text = "Could you take Harbourside's whole construction strategy off my hands this week? You'd be brilliant at it, and honestly, I'm desperate.",
          to = door_close, can_go = { "sized_yes", "kept_thin" }, asks = true, learn = { "asked_strategy" },
          score = { value_first = -2 },
          trust = { bronwen = -1 },
          reply = "The whole... okay. I'll find the evenings.",
          thought = "With the 21st coming. Fine.",
          feedback = "She did invite an ask, but a whole strategy in the week before her own review is a large one, and she will feel she cannot refuse. Something small and specific honours the invitation without flattening her." },
        { id = "site_page",
          text = "Actually, yes. Twenty minutes on our construction-sequence page before Monday: tell me what a site manager would laugh at.",
          to = door_close, can_go = { "sized_yes", "kept_thin" }, asks = true, learn = { "asked_site_page" },
          score = { listening = 1, value_first = 1 }, tags = { "specific_ask" },
          trust = { bronwen = 1 },
          reply = "Oh, I'll laugh at it. Monday.",
          thought = "They want my site brain. Nobody here has asked for that.",
          feedback = "She turned round and asked, after you had given first, so a small, specific ask was welcome; and it asks for the thing she is best at. Twenty minutes, a date, easy to refuse." },
        { id = "owe_me",
          text = "Ha, you'll owe me one. I'll think of something.",
          to = door_close, can_go = { "sized_yes", "kept_thin" }, asks = true,
          score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "Right. Sure. One what, exactly?",
          feedback = "She offered something real and got an open-ended debt instead. If there is nothing you need, say so; if there is, name it." },
        { id = "nothing",
          text = "Nothing. Honestly. Go and get ready for the review.",
          to = door_close, can_go = { "sized_yes", "kept_thin" },
          reply = "If you're sure.",
          feedback = "Fine, and generous. She asked because she felt lopsided, though; a small, specific ask for something she is good at would have evened it up." },
      },
    },

    odile_night = {
      speaker = "narrator",
      text = "Tuesday, 11:40 pm. The structural package came back with the wrong spans at 6:05 and you have been redrawing the core ever since. The email to Odile that you promised Bronwen 'tonight' is still unwritten.",
      choices = {
        { id = "intro_short",
          text = "(Write:) \"Odile, meet Bronwen, who'd love some help with presenting. Over to you both!\"",
          to = "handed_off", gives = true, learn = { "intro_sent_short" },
          score = { value_first = 1 }, tags = { "follow_through" },
          reply = "Sent at 11:44.",
          feedback = "You kept the promise on the night, which matters. The email gives Odile nothing to act on, though: no date, no problem, so she has to start from scratch." },
        { id = "intro_full",
          text = "(Write:) \"Odile, meet Bronwen. She presents the Leaside stair to the client on the 21st and goes blank on 'why' questions, though she knows every answer. Half an hour before then?\"",
          to = intro_close, can_go = { "introduced", "handed_off" }, when = "bronwen_review", gives = true, learn = { "sent_full_intro" },
          score = { listening = 2, value_first = 2 }, tags = { "recall_detail", "follow_through" },
          trust = { bronwen = 1 },
          reply = "Sent at 11:46, with Bronwen copied in.",
          thought = "They wrote down exactly what I said. At midnight.",
          feedback = "Kept on the hardest night, and it carries her date and her exact problem, so Odile can say yes in one line. That is a no that helps." },
        { id = "intro_fast",
          text = "(Write:) \"Odile, meet Bronwen. She wants to get much better at client reviews, and fast. Could you spare her half an hour this month?\"",
          to = intro_close, can_go = { "introduced", "handed_off" }, when = "!bronwen_review", gives = true, learn = { "sent_full_intro" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "follow_through" },
          trust = { bronwen = 1 },
          reply = "Sent at 11:45, with Bronwen copied in.",
          thought = "Tonight, like they said.",
          feedback = "Kept on the night you promised, with her 'fast' in it so Odile knows it matters. You never learned her date, so Odile will have to ask." },
        { id = "tomorrow",
          text = "(Close the laptop. First thing tomorrow, definitely.)",
          to = "handed_off", learn = { "intro_slipped" }, score = { value_first = -1 },
          trust = { bronwen = -1 },
          reply = "Tomorrow the spans are wrong again.",
          thought = "'Tonight', they said.",
          feedback = "Three lines would have kept the promise. An introduction that slips once tends to slip for good, and she is the one left waiting." },
      },
    },

    first_tuesday = {
      speaker = "narrator",
      text = "Tuesday, 5:50 pm, one week on. Harbourside goes in on Friday and the structural package has just come back wrong. Your calendar says 6:00: Bronwen, mentoring (weekly). On Sunday night she emailed you a one-page agenda.",
      choices = {
        { id = "rain_check_weekly",
          text = "(Message her.) \"So sorry, crazy week! Rain check? Next Tuesday for sure, I promise you.\"",
          to = "cancelled", score = { value_first = -1 },
          trust = { bronwen = -1 },
          reply = "\"No worries!\" comes back in under a minute.",
          thought = "Week one. Cancelled.",
          feedback = "The first session of a weekly promise, cancelled by message, with another promise of the same size attached. She prepared an agenda; a rain check asks her to keep waiting." },
        { id = "own_it",
          text = "(Go to her desk.) \"I overpromised. Weekly won't happen before Friday, and I'd rather say so than cancel on you. What I can do: ten minutes now, three half-hours after.\"",
          to = "repaired", gives = true, score = { empathy = 1, value_first = 1 }, tags = { "perspective", "follow_through" },
          trust = { bronwen = 1 },
          reply = "She looks up from the agenda. \"Thank you for saying it to my face.\"",
          thought = "Smaller. But true.",
          feedback = "Owning the overpromise in person, with something real in its place, is the best repair there is. It would have cost less a week ago, when she asked 'are you sure?'" },
        { id = "half_there",
          text = "(Keep the session, and keep the structural markup open on your second screen, in case Tomasz calls back.)",
          to = "cancelled", learn = { "half_there" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "She starts on point one of her agenda. You are reading a span table.",
          feedback = "You kept the slot and gave it half your eyes; she will notice. A shorter session with all of you in it would have done more." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    sized_yes = {
      speaker = "narrator",
      text = function(state)
        local t = "On the 21st, the client asks Bronwen why the stair is steel. \"The crane's off site by week thirty,\" she says"
        if state.facts.site_voice then t = t .. ", in the voice she once used on forty trades" end
        t = t .. ", and Femi doesn't have to say a word."
        if state.facts.asked_site_page then
          t = t .. " Your construction-sequence page came back on the Monday with nine red notes; two of them saved Harbourside a week."
        end
        return t .. " She has already put a second session in your diary, for the week after the deadline, with a list attached."
      end,
      ending = "sized_yes",
      grade = "good",
    },
    kept_thin = {
      speaker = "narrator",
      text = function(state)
        local t = "You kept the run-through, and she got through the 21st. In the corridor she thanks you, politely."
        if state.facts.asked_strategy then
          t = t .. " She spent two evenings of her review week on your construction strategy."
        end
        return t .. " She never books a second session; whether that is shyness or the run-through, you can't tell."
      end,
      ending = "kept_thin",
      grade = "mixed",
    },
    introduced = {
      speaker = "narrator",
      text = function(state)
        local t = "Odile replies at 7:02 the next morning: \"Thursday lunchtime, Bronwen?\""
        if state.facts.bronwen_review then
          t = t .. " On the 21st the Leaside client signs off the stair."
        end
        return t .. " A week later Bronwen stops by your desk: \"Odile was exactly right. Thank you for not pretending you had time.\""
      end,
      ending = "introduced",
      grade = "good",
    },
    handed_off = {
      speaker = "narrator",
      text = function(state)
        if state.facts.intro_slipped then
          return "The introduction slips to the weekend, then past the deadline. Bronwen never mentions it. You notice she has stopped coming to the crits."
        end
        if state.facts.intro_sent_short then
          return "Odile replies a few days later: \"Happy to. What's it about, and by when?\" By the time the three of you have worked that out, it is nearly the 21st."
        end
        if state.facts.sent_full_intro then
          return "Odile replies a few days later, and they meet once. Bronwen is polite about it, and doesn't bring anything to you again."
        end
        return "Bronwen never writes to Odile. She gets through her review on her own, and doesn't mention mentoring to you again."
      end,
      ending = "handed_off",
      grade = "mixed",
    },
    late_yes = {
      speaker = "narrator",
      text = "The Monday after Harbourside, Bronwen comes to your half hour with a list. The top line says \"Leaside client review, Friday 21st: presenting the stair\". Four days. You do what you can in thirty minutes.",
      ending = "late_yes",
      grade = "mixed",
    },
    repaired = {
      speaker = "narrator",
      text = "You spend ten minutes on the first item of her agenda, and book the three half-hours for after Friday. She thanks you for the honesty; you notice she doesn't put anything else on your calendar unasked.",
      ending = "repaired",
      grade = "mixed",
    },
    cancelled = {
      speaker = "narrator",
      text = function(state)
        if state.facts.half_there then
          return "The session ends on time. Neither of you suggests the next one, and the weekly slot quietly falls out of both calendars."
        end
        if state.facts.runthrough_offered then
          return "Harbourside goes in on time. The rain check never gets a date, and Bronwen finds her own way through the 21st. She doesn't ask you for anything again."
        end
        return "The next Tuesday goes the same way. By the third, she stops sending agendas, and the slot quietly falls out of both calendars."
      end,
      ending = "cancelled",
      grade = "poor",
    },
    never_came_back = {
      speaker = "narrator",
      text = "Harbourside goes in on time. The week after is a blur of sleep and catch-up. On the 21st you hear Bronwen's client review was \"a bit rough\". The folded sheet never comes back.",
      ending = "never_came_back",
      grade = "poor",
    },
    brushed_off = {
      speaker = "narrator",
      text = "She thanks you and goes back to her desk. You finish the wall panel. She doesn't ask again, and on the 21st you hear the stair took three attempts to explain.",
      ending = "brushed_off",
      grade = "poor",
    },
    traded = {
      speaker = "narrator",
      text = "Bronwen spends two evenings on your construction sequence, and it is very good. The mentoring never quite starts, and she stops mentioning it.",
      ending = "traded",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Bronwen asked for 'mentoring', but her need was in the details around the word: a sheet folded small, 'fast', and what was behind it when you asked. Answers built from those details fit; answers to the word 'mentor' did not.",
    empathy = "Two people's limits were in the room: whatever she was up against, and your deadline. A good answer takes both seriously, instead of a yes you would have to break or a no that leaves her alone with it.",
    value_first = "The give that counts is one you can keep: a small, dated promise, or an introduction written the night you said you would. Once you have given, her 'what can I do for you?' is a real invitation, and a small ask for what she is best at honours it.",
  },
}
