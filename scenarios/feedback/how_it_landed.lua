-- feedback.how_it_landed: asking how a meeting you ran came across, and hearing the answer.
-- luacheck: no max line length
-- The player is a hospital discharge coordinator, three weeks in the job, who
-- has just run a first discharge huddle alone: twenty-two patients in fifteen
-- minutes. Declan, a social worker with thirty years of huddles behind him, has
-- something to say about it: the player cut off Kasia, a nurse six months
-- qualified, when she raised a patient who turned out to matter. The player
-- practises asking in a way that makes honesty easy, hearing criticism without
-- defending or collapsing, letting a pause sit (the timed moment rewards
-- silence), repairing with the person it landed on, and showing the person who
-- gave the feedback what it changed.
-- Invitation: at `invite` Declan rinses his mug and turns round to ask what he
-- can do (a real invitation): a small, specific ask is welcome there.
-- Facts: noticed_mug (corridor), declan_list_late (opens), offered_list,
-- kasia_cut_off (pause), halloran_stairs and kasia_first (he_finishes),
-- kelsall_round (advice), asked_mug, kasia_ok, kasia_comforted, cut_again.
-- The good ending needs Declan's trust at the close, an apology to Kasia that
-- stays about her, and Kasia heard at the next huddle.

-- Declan's trust at the close that makes the feedback worth giving again.
local LIFTED = 5

local function close(state)
  if state.facts.cut_again or state.visits.kasia_speaks == 0 then return "same_huddle" end
  if state.trust.declan >= LIFTED and state.facts.kasia_ok then return "learned" end
  return "heard_only"
end

-- After an apology for arguing, he picks up where he had got to.
local function resume(state)
  if state.visits.he_finishes > 0 then return "advice" end
  if state.facts.kasia_cut_off then return "he_finishes" end
  return "pause"
end

return {
  format = 1,
  version = 2,
  id = "feedback.how_it_landed",
  title = "How did that come across?",
  family = "feedback",
  summary = "You have just run your first discharge huddle alone: twenty-two patients in fifteen minutes. Ask Declan, who has sat through hundreds, how it came across, and hear what he says without defending yourself.",
  homework = "After your next meeting, ask one person \"What's one thing I should change?\", and answer whatever they say with thanks and one question before any explanation.",
  difficulty = 2,
  cast = {
    declan = { name = "Declan Moriarty", role = "Social worker, older people's team, St Brannock's; thirty years of huddles", portrait = "salt_pepper" },
    kasia = { name = "Kasia Wróbel", role = "Staff nurse, Ward 9; qualified six months", portrait = "brown_curls" },
  },
  start = "corridor",
  nodes = {
    corridor = {
      speaker = "narrator",
      cue = "He catches your eye and raises his mug to you, a beat later than you would expect.",
      text = "Monday, 9:18, St Brannock's Hospital. Three weeks into the job as discharge coordinator, you have just run your first huddle alone: fourteen people in the Ward 9 corridor, twenty-two patients in fifteen minutes. In the day room, Declan Moriarty, the social worker for older people, who has stood through more of these huddles than anyone, is waiting for the kettle.",
      choices = {
        { id = "went_well",
          text = "That went well, I think! Twenty-two patients in fifteen minutes.",
          to = "fine", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Twenty-two. Yes,\" he says.",
          feedback = "You gave the verdict before asking for his, and his mug went up a beat late. Few colleagues contradict a verdict you have already given yourself." },
        { id = "one_thing",
          text = "You've seen hundreds of these. What's one thing you'd have me change for next Monday?",
          to = "opens", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { declan = 1 },
          reply = "He laughs. \"One thing. All right.\"",
          thought = "A real question. They actually want an answer.",
          feedback = "His mug went up a beat late, and asking for one thing to change answers that: criticism becomes the expected answer, so he does not have to be brave to give it. It also credits what he has seen." },
        { id = "how_was_it",
          text = "How was that, do you think?",
          to = "fine",
          reply = "He takes a moment.",
          feedback = "An open, friendly question, and a fair start. Asked that broadly, it usually earns a polite 'fine'; a narrower question makes honesty easier." },
        { id = "late_mug",
          text = "That was a slow mug-raise. Go on: what did I miss?",
          to = "opens", learn = { "noticed_mug" }, score = { listening = 1 }, tags = { "notice_cue" },
          trust = { declan = 1 },
          reply = "He laughs, caught. \"You don't miss much.\"",
          thought = "Ha. They saw that.",
          feedback = "You read the hesitation in the mug and asked about it lightly, which tells him you can take an honest answer. Humour made the door easy to walk through." },
        { id = "bed_thanks",
          text = "Your Larkfield bed for Mr Pryce got him home two days early. Thank you.",
          to = "thanked", gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude", "recall_detail" },
          trust = { declan = 1 },
          thought = "Someone noticed. That bed took four phone calls.",
          feedback = "Specific thanks for what he did and what it changed, before asking him for anything. It also shows you were watching the whole huddle, not only your list." },
      },
    },

    fine = {
      speaker = "declan",
      mood = "neutral",
      cue = "He looks into his tea rather than at you, and there is a pause before the last word.",
      text = "It was fine. You got through them all. Very... efficient.",
      choices = {
        { id = "defensive_early",
          text = "There are nine people waiting for beds in A&E. Isn't efficient the point?",
          to = "defended", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "dismiss" },
          trust = { declan = -1 },
          reply = "Absolutely.",
          thought = "Right. Not today, then.",
          feedback = "You defended the meeting before he had said a word against it. Answering a hesitation with a justification tells him the rest is not welcome." },
        { id = "efficient_pause",
          text = "'Efficient', with a pause in front of it. What's behind the pause?",
          to = "opens", score = { listening = 2 }, tags = { "notice_cue", "paraphrase" },
          trust = { declan = 1 },
          reply = "Ha. Caught.",
          thought = "They heard the pause. Good. I'll tell them.",
          feedback = "You handed him back his own word and the pause in front of it. That tells him you want the real answer, which is what makes it safe to give." },
        { id = "great_relief",
          text = "Great! That's a relief. Thanks, Declan.",
          to = "surface", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Mm.",
          feedback = "He paused before 'efficient' and looked at his tea, and you took the polite word at face value. The pause was where the useful part was." },
        { id = "anything_change",
          text = "Anything you'd do differently?",
          to = "opens", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Since you ask.",
          feedback = "A fair follow-up that gives him room. Naming the pause you heard would have told him you already sensed there was something." },
      },
    },

    thanked = {
      speaker = "declan",
      mood = "warm",
      cue = "He looks pleased, then studies you over the mug.",
      text = "Four phone calls, that bed. Thank you; nobody says that. How did you find it? Your first one on your own.",
      choices = {
        { id = "terrified",
          text = "Terrifying. Was it obvious?",
          to = "fine",
          reply = "Not obvious, no.",
          feedback = "Honest, and human. 'Was it obvious?' asks for reassurance rather than information, though, and reassurance is what you get." },
        { id = "loved_it",
          text = "Loved it, honestly. You know, I think it went really well, all things considered.",
          to = "fine", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Good. Good.",
          feedback = "He was studying you as he asked, and you closed the subject with your own verdict. A question back would have let him say what he was weighing up." },
        { id = "rushed_end",
          text = "Rushed at the end, I think. What would be the one thing to change?",
          to = "opens", score = { listening = 1 }, tags = { "follow_up_question" },
          trust = { declan = 1 },
          reply = "Since you ask.",
          thought = "They know. And they're asking.",
          feedback = "You answered his question honestly and turned it into an invitation. Naming the weak spot yourself makes it easier for him to add to it." },
      },
    },

    opens = {
      speaker = "declan",
      mood = "thinking",
      cue = "He puts the mug down on the counter.",
      text = "The first ten minutes were the best-run huddle I've seen on this ward. You had the list, everyone knew their patients, and I'd still kill to get that list the night before instead of at nine. Then you got behind. And then bay four.",
      learn = { "declan_list_late" },
      choices = {
        { id = "i_know_behind",
          text = "I know, you're right, I got behind. Twenty-two patients in fifteen minutes is mad, though; nobody could do it.",
          to = "defended", score = { listening = -1 }, tags = { "topic_hijack" },
          trust = { declan = -1 },
          reply = "Sure. It's a lot.",
          thought = "And we're explaining already.",
          feedback = "He was about to tell you what happened in bay four and you stopped him to explain the workload. Explanations can come later, if at all; first hear the whole thing." },
        { id = "best_run",
          text = "Best-run on the ward? Honestly? That's so good to hear.",
          to = "pause", score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "Honestly. But the 'then' matters more.",
          feedback = "Natural to hold on to the praise, but he went on to 'then' and 'bay four', and you stayed on the good part. He has to steer you back to the point he came to make." },
        { id = "list_night_before",
          text = "I can send you the list the night before; that's easy. And bay four: go on.",
          to = "pause", gives = true, learn = { "offered_list" },
          score = { listening = 2, value_first = 2 }, tags = { "offer_help", "follow_up_question" },
          trust = { declan = 1 },
          reply = "Would you? That'd change my Mondays. Right. Bay four.",
          thought = "They caught the aside. And then went straight to the hard part.",
          feedback = "You caught his aside about the list and offered exactly that, then went straight to the part he was bracing to say. Hearing both the small need and the big point is listening at full stretch." },
        { id = "bay_four",
          text = "Bay four. Go on.",
          to = "pause", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Right.",
          feedback = "Two words, and they hand him the floor for the hard part. His aside about the list was worth a word too." },
      },
    },

    pause = {
      speaker = "declan",
      mood = "guarded",
      cue = "He stops, and turns the mug a quarter turn on the counter, choosing his next words.",
      text = "When Kasia raised Mrs Halloran, you said, 'We haven't got time for that. Next.' She didn't say another word all huddle. And the thing is...",
      learn = { "kasia_cut_off" },
      discuss = "He has stopped mid-sentence. What does each possible reply tell him about whether to finish it?",
      timeout = 10,
      on_timeout = "he_finishes",
      timeout_score = { listening = 1 },
      timeout_feedback = "You let the pause sit, and he finished his sentence. A silence after criticism feels long to you and short to the person choosing their words.",
      choices = {
        { id = "oh_god",
          text = "Oh God. I'm awful at this, aren't I? I knew it. I'm so sorry.",
          to = "comfort", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { declan = -1 },
          reply = "Hey, no...",
          thought = "Now I have to look after them. Not what I meant.",
          feedback = "You cut into his pause with how bad you feel, so now he has to comfort you instead of finishing. Hearing it is enough; the feelings can wait until he is done." },
        { id = "what_was_she",
          text = "What was she trying to tell us?",
          to = "he_finishes", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Something that mattered.",
          feedback = "A question on his point, not a defence: it asks about Kasia, which is where he was heading. Waiting a moment would have let him get there himself." },
        { id = "explain_time",
          text = "I know, but if I'd stopped for every patient we'd never have got through the list. Someone has to keep it moving.",
          to = "defended", score = { listening = -2 }, tags = { "interrupt", "topic_hijack" },
          trust = { declan = -1 },
          reply = "Sure.",
          thought = "Didn't even let me finish.",
          feedback = "You cut in before he finished to justify yourself, which is the quickest way to stop feedback. Whatever the reason was, it can wait until you have heard all of it." },
        { id = "wait",
          text = "(Nod, and wait.)",
          to = "he_finishes", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "You saw him choosing his words and let him. Silence is often the best reply to a half-finished criticism." },
      },
    },

    he_finishes = {
      speaker = "declan",
      mood = "thinking",
      cue = "He picks the mug up again.",
      text = "She was right, is the thing. Mrs Halloran lives alone up fourteen stairs, and she's going home on Wednesday with a walking frame. And it was Kasia's first huddle too. She's been qualified six months.",
      learn = { "halloran_stairs", "kasia_first" },
      choices = {
        { id = "paraphrase_cost",
          text = "So I saved two minutes, missed the patient who mattered, and taught the newest nurse not to speak.",
          to = "advice", score = { listening = 2, empathy = 1 }, tags = { "paraphrase", "perspective" },
          trust = { declan = 1 },
          reply = "That's it exactly. Harsh, but exactly.",
          thought = "No excuses. They got all of it.",
          feedback = "You restated all of it, including the part about Kasia he had left unspoken, with no defence attached. He can see it landed, which is the point of giving it." },
        { id = "thanks_hard",
          text = "Thank you for telling me. That can't have been comfortable.",
          to = "advice", gives = true, score = { empathy = 1, value_first = 1 }, tags = { "gratitude", "perspective" },
          trust = { declan = 1 },
          reply = function(state)
            if state.visits.defended > 0 or state.visits.comfort > 0 then return "It wasn't. Thanks for hearing the rest." end
            return "It wasn't. But you asked properly."
          end,
          thought = "They noticed it cost me something.",
          feedback = "You thanked him for the act itself and saw what it cost him, without a word of defence. That is what makes someone tell you the next thing." },
        { id = "but_list",
          text = "She could have put it on the list beforehand, though. That's what the list is for.",
          to = "defended", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          trust = { declan = -1 },
          reply = "She could.",
          thought = "And now it's Kasia's fault.",
          feedback = "You moved the fault onto the newest nurse in the room, right after hearing it was her first huddle. Even where a process could improve, say it after you have owned your part." },
        { id = "fix_stairs",
          text = "Right. I'll get OT to see Mrs Halloran about the stairs before Wednesday.",
          to = "advice", score = { listening = 1 },
          reply = "Good. That's her sorted.",
          feedback = "Acting on the patient's risk is right. He also told you about Kasia, though, and the fix skips the part of the feedback that was about you." },
      },
    },

    defended = {
      speaker = "declan",
      mood = "guarded",
      cue = "He nods slowly. The warmth has gone out of his face, not unkindly.",
      text = "It's a tight fifteen minutes. Anyway. You asked.",
      choices = {
        { id = "thanks_feedback",
          text = "Thank you, that's really useful feedback.",
          to = "polite_fine", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "No problem.",
          feedback = "He had not finished, and you had just argued with what he did say, so 'really useful' sounds like a door closing. An apology for arguing would have reopened it." },
        { id = "pressure",
          text = "I just don't think people see the pressure this job's under. The bed managers are on me all day.",
          to = "closed_off", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { declan = -1 },
          reply = "I'm sure.",
          thought = "I'll keep my thoughts to myself next time.",
          feedback = "The pressure is real, but you asked for his view and answered it with your own workload. He has learned that your questions are not really questions." },
        { id = "sorry_go_on",
          text = "Sorry. I asked, and then I argued with you. Please, go on.",
          to = resume, can_go = { "pause", "he_finishes", "advice" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { declan = 1 },
          reply = function(state)
            if state.visits.he_finishes > 0 then return "All right. Then here's what I'd do." end
            return "...All right. Since you ask."
          end,
          thought = "Caught themselves. Fair play.",
          feedback = "You saw him withdraw, named what you had done and gave him the floor back. Owning a defensive moment at once usually buys the rest of the feedback." },
      },
    },

    comfort = {
      speaker = "declan",
      mood = "surprised",
      cue = "He puts the mug down and holds up both hands.",
      text = "No, no, you're not awful. It was a good huddle, honestly. Forget I said anything.",
      choices = {
        { id = "take_comfort",
          text = "Really? Okay. Thank you, that helps.",
          to = "softened", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Course.",
          feedback = "He took his point back to look after you, and you let him. The feedback you asked for is now the one thing you will not hear." },
        { id = "dont_look_after_me",
          text = "You don't have to look after me. I asked because I want to know. Tell me about Kasia.",
          to = "he_finishes", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { declan = 1 },
          reply = "Right. Fair enough. Kasia.",
          thought = "Okay. They can take it.",
          feedback = "You saw him backing off to protect you, told him he did not need to and went back to his point. That turns a wobble into proof you can hear it." },
        { id = "still_awful",
          text = "No, I really am. I've been dreading this all week, honestly, and I just knew I'd mess it up somehow. I always do...",
          to = "softened", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { declan = -1 },
          reply = "Honestly, you didn't.",
          thought = "I'm consoling them now. How did that happen?",
          feedback = "He is comforting you about feedback he has not finished giving. Whatever you feel, let him finish; you can deal with the feeling afterwards." },
      },
    },

    surface = {
      speaker = "declan",
      mood = "neutral",
      cue = "He rinses his mug. At the door he stops, half turned back.",
      text = "Bay four, though. Might be worth a look.",
      choices = {
        { id = "will_do",
          text = "Will do. Thanks! Same time next week?",
          to = "polite_fine", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Mm.",
          feedback = "He turned back at the door to tell you something, and you let him go. 'Might be worth a look' was an invitation to ask." },
        { id = "bay_four_what",
          text = "Bay four? What did I miss?",
          to = "pause", score = { listening = 1 }, tags = { "notice_cue", "follow_up_question" },
          trust = { declan = 1 },
          reply = "Mrs Halloran. Well. Kasia, really.",
          thought = "Second chance taken. Good.",
          feedback = "You caught the hint he left at the door and asked. People often offer feedback once, half-hidden; picking it up is the skill." },
        { id = "on_my_list",
          text = "Bay four's on my list for Wednesday, don't worry.",
          to = "polite_fine", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Good.",
          feedback = "He stopped in the doorway to say it, which is how people give feedback they were not asked for, and you answered a different question. Ask what he saw." },
      },
    },

    advice = {
      speaker = "declan",
      mood = "warm",
      cue = "He leans against the counter and, for the first time, looks properly at ease.",
      text = "At Kelsall we used to end every huddle with one question: 'Anyone worried about anyone?' Thirty seconds, all in. It catches the Mrs Hallorans. And the Kasias.",
      learn = { "kelsall_round" },
      choices = {
        { id = "kasia_first_then",
          text = "I'll try it. But before Monday, I owe Kasia an apology. Today, if she's on.",
          to = "invite", learn = { "plans_kasia", "will_try_round" }, score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          trust = { declan = 1 },
          reply = "Yes. That first.",
          thought = "That's the bit that matters. They got there.",
          feedback = "You took his idea and saw that the person it landed on comes first. Repairing with Kasia is what turns his feedback into something that changed." },
        { id = "doesnt_fit",
          text = "Thirty seconds each for fourteen people is seven minutes, though. We haven't got seven minutes.",
          to = "invite", score = { listening = -1 }, tags = { "miss_cue" },
          trust = { declan = -1 },
          reply = "Thirty seconds in total. Most days nobody says anything.",
          thought = "They're arguing with an idea they didn't hear.",
          feedback = "He said thirty seconds all in, and you argued with seven minutes. Objecting to a suggestion you have not quite heard is defending by another route." },
        { id = "try_monday",
          text = "'Anyone worried about anyone?' I'll end with that next Monday.",
          to = "invite", learn = { "will_try_round" }, score = { listening = 1 }, tags = { "paraphrase" },
          trust = { declan = 1 },
          reply = "Good.",
          thought = "They'll actually try it.",
          feedback = "You took his exact words and committed to a date, which tells him the advice landed. Kasia, who it was really about, is still waiting, though." },
        { id = "physios",
          text = "Good idea. Did the physios seem okay to you, by the way? I wasn't sure about Rob.",
          to = "invite", score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "Rob's fine. Rob's always fine.",
          feedback = "He had just given you the most useful thing he knows, and you moved on to the physios. Stay with his idea for a moment; say what you will do with it." },
      },
    },

    invite = {
      speaker = "declan",
      mood = "warm",
      cue = "He rinses his mug and, instead of leaving, turns round to face you.",
      text = "Anything I can do? I mean it. I remember my first huddles.",
      choices = {
        { id = "word_with_kasia",
          text = "Could you have a word with Kasia for me? She'd take it better from you, wouldn't she?",
          to = "kasia", asks = true, score = { empathy = -1, value_first = -2 },
          trust = { declan = -1 },
          reply = "No. That one's yours.",
          thought = "I'm not doing their apology for them.",
          feedback = "It is a real invitation, but the ask hands him the one part of this that has to come from you. Ask him for something small that helps you do it yourself." },
        { id = "mug_signal",
          text = "Yes: stand at the back next Monday, and if I cut someone off, raise your mug. Slowly, like this morning.",
          to = "kasia", when = "noticed_mug", asks = true, learn = { "asked_mug" },
          score = { listening = 1, value_first = 1 }, tags = { "specific_ask", "recall_detail" },
          trust = { declan = 1 },
          reply = "Ha! Deal. Slowly.",
          thought = "They'll take feedback in the moment. Rare.",
          feedback = "He turned round and offered, so a small, specific ask was welcome, and turning his slow mug into a signal makes it easy and funny to do. Feedback in the moment is worth more than a debrief." },
        { id = "no_all_good",
          text = "No, I'm fine. Thanks, though.",
          to = "kasia",
          reply = "Offer stands.",
          feedback = "Fine, and polite. He turned round to offer, though; a small, specific ask, such as watching next Monday, would have let him help in a way he clearly wants to." },
        { id = "watch_monday",
          text = "Would you watch next Monday and tell me after if I cut anyone off?",
          to = "kasia", asks = true, learn = { "asked_watch" },
          score = { value_first = 1 }, tags = { "specific_ask" },
          trust = { declan = 1 },
          reply = "Happily.",
          thought = "A real ask I can actually do.",
          feedback = "A small, specific ask that answers his offer, with a date and a clear task. It also tells him you want the feedback to keep coming." },
        { id = "list_offer",
          text = "Other way round: from this week, you'll get the huddle list at six the night before.",
          to = "kasia", when = { "declan_list_late", "!offered_list" }, gives = true, learn = { "offered_list" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { declan = 1 },
          reply = "Now that would change my Mondays.",
          thought = "They remembered the list. I said that in passing.",
          feedback = "You remembered the aside he made about the list and gave him exactly that. Turning his offer round into a give is generous, and costs you one email a week." },
      },
    },

    kasia = {
      speaker = "kasia",
      mood = "guarded",
      cue = "On your way back, Kasia is checking the drugs trolley outside bay four. She doesn't look up.",
      text = "If it's about this morning, I know. Wrong time. I'll put things on the list next time.",
      choices = {
        { id = "list_yes",
          text = "Yes, the list's the best place for it. Thanks for understanding.",
          to = "monday", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { kasia = -1 },
          reply = "Right. Okay.",
          thought = "So I was wrong to speak. Noted.",
          feedback = "She was blaming herself, and you agreed with her. What she needed to hear was that she had been right to speak." },
        { id = "wrong_time_no",
          text = "It wasn't the wrong time. I cut you off, and I'm sorry. What were you going to say?",
          to = "kasia_tells", learn = { "kasia_ok" },
          score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          trust = { kasia = 1 },
          reply = "Oh. Okay.",
          thought = "They came to find me. Okay.",
          feedback = "A clean apology that corrects her self-blame and gives her the floor she lost this morning. Short is right; the question is the part that repairs." },
        { id = "stairs_recall",
          text = "You were right about Mrs Halloran: alone, fourteen stairs, home Wednesday. OT see her at two. Sorry I cut you off.",
          to = "kasia_tells", when = "halloran_stairs", gives = true, learn = { "kasia_ok", "ot_booked" },
          score = { listening = 2, empathy = 1, value_first = 1 }, tags = { "recall_detail", "offer_help" },
          trust = { kasia = 1 },
          reply = "Oh. You... you looked into it.",
          thought = "They listened. After all that, they actually listened.",
          feedback = "You told her she was right, with the details to prove you listened, and showed her it changed something for the patient. Then a plain apology, with no 'but' on the end." },
        { id = "which_patient",
          text = "Sorry about this morning. Which patient was it you were raising?",
          to = "kasia_tells", when = "kasia_cut_off", score = { listening = -1, empathy = -1 }, tags = { "ask_again" },
          trust = { kasia = -1 },
          reply = "Mrs Halloran. Bay four. The one I'm standing next to.",
          thought = "They don't even know who it was.",
          feedback = "Declan told you her name, and she is standing outside the bay. An apology that has to ask what it is for tells her the patient never registered." },
        { id = "over_sorry",
          text = "I'm so sorry. I've felt sick about it all morning. I'm honestly not like that, you know; it was my first one too, and I panicked.",
          to = "kasia_tells", learn = { "kasia_comforted" }, score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "Oh. No, it's fine. Honestly. Don't worry about it.",
          thought = "Now I'm comforting the coordinator.",
          feedback = "The apology turned into how you feel, so now she is reassuring you. Say sorry in one line and put the attention back on what she was trying to say." },
      },
    },

    kasia_tells = {
      speaker = "kasia",
      mood = "thinking",
      cue = "She stops counting and turns round properly.",
      text = function(state)
        if state.facts.kasia_comforted then
          return "Really, it's fine. It's just... her daughter's in Spain. If she falls on those stairs, nobody's coming."
        end
        return "Her daughter's in Spain. If she falls on those stairs, nobody's coming. I just wanted someone to know before Wednesday."
      end,
      choices = {
        { id = "should_have_listed",
          text = "Okay. Next time, though, flag things like that before the huddle, would you?",
          to = "monday", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          trust = { kasia = -1 },
          reply = "Sure.",
          thought = "There it is. The 'but'.",
          feedback = "After the apology, a process note lands as the real message: next time, keep quiet. If the list needs changing, change it for everyone, not in her apology." },
        { id = "thanks_raising",
          text = "Thank you for raising her. At the next huddle, will you go first with anything like this?",
          to = "monday", gives = true, learn = { "kasia_invited" },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "gratitude", "perspective" },
          trust = { kasia = 1 },
          reply = "Go first. Okay. Yes.",
          thought = "Go first. In front of everyone. Okay.",
          feedback = "You thanked her for the very thing you cut off, and gave her the first word next time. That tells her, and the huddle, that raising a worry is welcome." },
        { id = "daughter_fix",
          text = "Leave it with me; I'll ring her daughter this afternoon and sort it all out for you.",
          to = "monday", gives = true, score = { listening = 1, value_first = 1 }, tags = { "offer_help" },
          reply = "Okay. Thanks.",
          feedback = "A practical offer that picks up her detail, and it helps the patient. It also takes the case off her, when what she lost this morning was a voice in the room." },
      },
    },

    monday = {
      speaker = "narrator",
      cue = "Kasia's hand dips, then comes back up.",
      text = function(state)
        local t = "Monday, 9:11. Twelve minutes gone, four patients left. Dr Adeyemi is halfway through a point about weekend pharmacy that could take five minutes. Behind him, Kasia has her hand half up."
        if state.facts.asked_mug then t = t .. " By the door, Declan's mug is very still." end
        return t
      end,
      timeout = 8,
      on_timeout = "tell_declan",
      timeout_score = { listening = -1, empathy = -1 },
      timeout_feedback = "While you decided, Kasia's hand went down and the moment passed. Last week all over again.",
      choices = {
        { id = "kasia_now",
          text = "Sorry, Dr Adeyemi, hold that one second. Kasia?",
          to = "kasia_speaks", score = { listening = 1, empathy = 1 }, tags = { "notice_cue" },
          trust = { kasia = 1 },
          reply = "He stops, surprised, and nods.",
          thought = "They saw my hand.",
          feedback = "Cutting in so the quiet person gets a turn is not interrupting: you read her hand and made room. A consultant can hold a thought for thirty seconds." },
        { id = "keep_moving",
          text = "Great, thanks, let's keep moving. Kasia, grab me after?",
          to = "tell_declan", learn = { "cut_again", "grab_me_after" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { kasia = -1, declan = -1 },
          reply = "Kasia's hand goes down.",
          thought = "Same as last week.",
          feedback = "A softer version of last week: her hand was up, and 'grab me after' tells her it can wait. Last time it could not." },
        { id = "worry_round",
          text = "Hold that, sorry. Anyone worried about anyone? Kasia first.",
          to = "kasia_speaks", when = "kelsall_round", learn = { "will_try_round" }, score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "notice_cue" },
          trust = { kasia = 1, declan = 1 },
          reply = "By the door, Declan raises his mug. Not slowly.",
          thought = "They used it. The Kelsall question.",
          feedback = "You used Declan's question on the spot and gave Kasia the first turn in it. Feedback changes something the moment you use it where the person who gave it can see." },
        { id = "let_him_finish",
          text = "(Let Dr Adeyemi finish his point; you'll get to Kasia at the end if there's any time left.)",
          to = "tell_declan", learn = { "cut_again" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { kasia = -1 },
          reply = "There isn't time.",
          feedback = "Letting the senior voice run on while the junior hand waits repeats last Monday exactly. If there is not time, make it for the person who has waited." },
      },
    },

    kasia_speaks = {
      speaker = "kasia",
      mood = "thinking",
      cue = "Fourteen people turn to look at her.",
      text = "Mr Ellery, bed twelve. He says he's fine to go home, but this morning he couldn't tell me what day it was.",
      choices = {
        { id = "confusion_q",
          text = "Couldn't tell you the day: is that new this morning?",
          to = "tell_declan", score = { listening = 2 }, tags = { "follow_up_question", "paraphrase" },
          reply = "New since yesterday. He was sharp as anything on Friday.",
          feedback = "You took her exact detail and asked the question that decides what happens next. A sharp follow-up is its own kind of respect." },
        { id = "noted_next",
          text = "Noted, thanks, Kasia. We'll pick Mr Ellery up on the ward round. Next patient, please.",
          to = "tell_declan", score = { listening = -1, empathy = -1 }, tags = { "generic_reply" },
          trust = { kasia = -1 },
          reply = "Okay.",
          feedback = "You made room for her, then filed what she said in three words. A confused patient going home alone deserved one question, and so did she." },
        { id = "thanks_kasia",
          text = "Good catch; that changes Wednesday. Declan, can you see him today?",
          to = "tell_declan", gives = true, score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "gratitude", "perspective" },
          trust = { kasia = 1 },
          reply = "Oh. Thanks. Yes.",
          thought = "Good catch. In front of everyone.",
          feedback = "You credited her in front of the whole huddle and acted on what she said. The next time she has a worry, she will say it." },
      },
    },

    tell_declan = {
      speaker = "declan",
      mood = "thinking",
      cue = "Afterwards, Declan falls into step with you along the corridor.",
      text = function(state)
        if state.facts.cut_again or state.visits.kasia_speaks == 0 then
          return "Same huddle as last week, I thought."
        end
        return "Well. That was a different huddle."
      end,
      choices = {
        { id = "was_it_better",
          text = "Was that better? Honestly?",
          to = close, can_go = { "learned", "heard_only", "same_huddle" },
          reply = "You tell me.",
          feedback = "A fair question, and asking again is a good habit. Telling him what his feedback changed would have given him something back first." },
        { id = "list_deliver",
          text = "Did the list reach you on Sunday night? Six o'clock, like I said.",
          to = close, can_go = { "learned", "heard_only", "same_huddle" }, when = "offered_list", gives = true,
          score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { declan = 1 },
          reply = "It did. First Monday in years I knew who I was seeing.",
          thought = "They did what they said. Every week, I bet.",
          feedback = "You did what you offered in passing a week ago, and said so in one line. Keeping a small promise is how a colleague learns your word holds." },
        { id = "see_cracked",
          text = "See? Sorted. I think I've cracked it.",
          to = close, can_go = { "learned", "heard_only", "same_huddle" },
          score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { declan = -1 },
          reply = "Mm. Maybe.",
          thought = "One good Monday.",
          feedback = "You claimed the win for yourself, whatever he had just said. Saying what changed and who it was for would have shown him the feedback landed." },
        { id = "gratitude_specific",
          text = "Thank you for last Monday. Kasia spoke first today because you told me what I'd done.",
          to = close, can_go = { "learned", "heard_only", "same_huddle" }, gives = true,
          score = { listening = 1, value_first = 1 }, tags = { "gratitude", "recall_detail" },
          trust = { declan = 1 },
          reply = "That's the best thing anyone's done with my opinion in years.",
          thought = "It went somewhere. It actually went somewhere.",
          feedback = "Thanks that name what he did and what it changed is the best reward for honest feedback, and the surest way to get more of it." },
      },
    },

    -- Endings: only what happened on the route.
    learned = {
      speaker = "narrator",
      text = function(state)
        local t = ""
        if state.facts.ot_booked then t = "Mrs Halloran goes home on Wednesday with a stair rail fitted. " end
        if state.facts.will_try_round then
          t = t .. "By the third Monday, the huddle ends with 'anyone worried about anyone?', and somebody usually is."
        else
          t = t .. "By the third Monday, Kasia speaks in the huddle without being asked, and so do the two students."
        end
        if state.facts.asked_mug then
          t = t .. " Declan's mug has gone up slowly twice, and you stopped both times."
        elseif state.facts.asked_watch then
          t = t .. " Declan watches, as promised, and tells you afterwards: twice you nearly cut someone off, and twice you didn't."
        end
        return t
      end,
      ending = "learned",
      grade = "good",
    },
    heard_only = {
      speaker = "narrator",
      text = function(state)
        if state.facts.kasia_comforted then
          return "The huddles go better. Kasia speaks when asked, and is polite with you, and you are never quite sure the apology was about her rather than about you."
        end
        if not state.facts.kasia_ok then
          return "The huddles run on time. Kasia raises things when she is asked, and not otherwise. You heard what Declan said; she never heard what you did with it."
        end
        return "The huddles go a little better. Declan stays kind and brief with you; the next time you ask how one went, he says 'good', and you can't tell if it is."
      end,
      ending = "heard_only",
      grade = "mixed",
    },
    same_huddle = {
      speaker = "narrator",
      text = function(state)
        local t = "Kasia doesn't get her turn."
        if state.facts.grab_me_after then t = "Kasia finds you after the huddle, as told." end
        return t .. " Mr Ellery, who couldn't say what day it was, is sorted out in a corridor instead of in front of the team. She doesn't put her hand up the next Monday, or the one after."
      end,
      ending = "same_huddle",
      grade = "poor",
    },
    softened = {
      speaker = "narrator",
      text = "Declan says it was a good huddle, twice, and means it kindly. You never hear about bay four. On Wednesday Mrs Halloran goes home alone with a walking frame and fourteen stairs.",
      ending = "softened",
      grade = "mixed",
    },
    polite_fine = {
      speaker = "narrator",
      text = "Declan goes back to the ward. Next Monday you ask him how it went, and he says \"fine\" again, and this time he doesn't stop at the door.",
      ending = "polite_fine",
      grade = "mixed",
    },
    closed_off = {
      speaker = "narrator",
      text = "Declan says he's sure it's hard and heads back to the ward. He is friendly at every huddle after that, and never tells you anything again.",
      ending = "closed_off",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Feedback usually arrives in pieces: a mug raised a beat late, a pause before a word, a hint left at the door, a stop mid-sentence, an aside. The best replies pick up the piece in front of you and, at the hardest point, say nothing at all.",
    empathy = "Giving criticism costs the giver something. Defending, or falling apart so that he has to comfort you, both move the conversation onto you; and the person the criticism was about needs to hear she was right, not how bad you feel.",
    value_first = "What you can give back is small and specific: thanks that name what the feedback changed, the thing he mentioned in passing, a turn for the person you cut off. When he asks 'anything I can do?', that is a real invitation, and a small ask keeps the feedback coming.",
  },
}
