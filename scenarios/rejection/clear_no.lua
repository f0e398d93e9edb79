-- rejection.clear_no: asking an acquaintance for a referral and getting a clear, kind "no".
-- The skill is what happens next: accepting it, not bargaining, and keeping the door open by giving.
-- Facts: needs_speaker / gap_mentioned (you heard about his empty speaker slot), offered_talk (you
-- offered to fill it), pushed (you argued with the no or asked again), gave_writeup, closes_30th.

-- Offering to fill Callum's speaker slot only makes sense once you have heard about the gap and
-- while you have not offered already.
local function can_offer_talk(state)
  return (state.facts.needs_speaker or state.facts.gap_mentioned) == true and not state.facts.offered_talk
end

-- Leaving without his coffee offer: whether that is a good ending depends on what you did before.
local function exit_to(state)
  if state.facts.offered_talk and not state.facts.pushed then return "kept_door" end
  return "polite_exit"
end

-- Accepting his coffee offer: fully open if you never pushed, a little guarded if you did.
local function coffee_to(state)
  if state.facts.pushed then return "door_ajar" end
  return "door_open"
end

return {
  format = 1,
  version = 3,
  id = "rejection.clear_no",
  title = "A clear no",
  family = "rejection",
  summary = "You ask Callum, a meetup organiser you have met twice, to refer you for a role at his company. "
    .. "He says no, kindly and clearly; what you do next decides whether the door stays open.",
  difficulty = 2,
  skills = { "listening", "empathy", "value_first" },
  homework = "The next time someone turns down a request of yours, answer with one sentence that puts their "
    .. "reason in your own words, and ask for nothing else in that conversation.",
  cast = {
    callum = { name = "Callum Osei", role = "Staff Data Engineer, Fernhill Logistics", portrait = "beard_crop" },
    ines = { name = "Inés Ferreira", role = "Meetup co-organiser", portrait = "brown_curls" },
  },
  start = "pizza",
  nodes = {
    pizza = {
      speaker = "narrator",
      text = "The last half hour of the Bristol Data Meetup. You have talked to Callum Osei twice before, "
        .. "both times about dbt. This week Fernhill Logistics posted a Senior Analytics Engineer role that "
        .. "fits you well, and you have decided that tonight you will ask him for a referral.",
      cue = "Callum is alone by the pizza boxes, flattening the empty ones into a stack.",
      choices = {
        { id = "job_intro",
          text = "Hi Callum. I'm job hunting at the moment, so I was hoping to catch you tonight.",
          to = "the_ask", score = { value_first = -1 }, tags = { "premature_ask" },
          reply = "Oh? Okay. Sure.",
          feedback = "Honest, but it tells him a favour is coming before you know anything about his evening. "
            .. "He now hears the rest of the conversation braced for it." },
        { id = "boxes",
          text = "Want a hand with those?",
          to = "smalltalk", gives = true, learn = { "helped_boxes" }, score = { listening = 1, value_first = 1 },
          trust = { callum = 1 },
          tags = { "notice_cue", "offer_help" },
          reply = "Oh, go on, you're a star. Stack them by the bin. Sorry, I'm all over the place tonight.",
          thought = "Finally, someone who isn't just eating the pizza.",
          feedback = "You saw the organiser clearing up alone and helped. A small, real give before any "
            .. "talk of favours, and you get his attention while his hands are busy." },
        { id = "ask_straight",
          text = "Callum! Quick one before you vanish: would you refer me for the analytics role at Fernhill?",
          to = "the_no", asks = true, score = { value_first = -2 }, tags = { "premature_ask" },
          reply = "Oh! Er. Right to it, then.",
          feedback = "A referral is a big favour, and you asked it before he had said a word or you had "
            .. "given anything. He now has to answer a request instead of a person." },
        { id = "organiser_view",
          text = "How did tonight go, from the organiser's side?",
          to = "smalltalk", score = { empathy = 1 }, tags = { "perspective" },
          reply = "From the organiser's side? Chaotic.",
          feedback = "Asking about his evening as the host gives him the floor first. "
            .. "You will learn what is on his mind before you put anything on it." },
      },
    },

    smalltalk = {
      speaker = "callum",
      mood = "neutral",
      text = "Our speaker for next month pulled out this afternoon, so I've spent the evening "
        .. "begging people. And we're halfway through moving off Airflow at work. I'm running on fumes.",
      cue = "He rubs his eyes and laughs, a little too loudly.",
      learn = { "needs_speaker", "airflow_migration" },
      choices = {
        { id = "dagster",
          text = "Moving to what, Dagster? We switched last year and never looked back.",
          to = "slot", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "self_focus" },
          reply = "Dagster, yes. Don't get me started. The speaker's the bigger headache, though.",
          feedback = "The question jumps from his evening to tooling and then to your own success "
            .. "story, right after he said he was running on fumes. Ask about his load before his "
            .. "stack." },
        { id = "what_talk",
          text = "What sort of talk do you need?",
          to = "slot", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Honestly? I'm not fussy at this point.",
          feedback = "A practical follow-up on his most urgent problem. It shows you were listening, and it "
            .. "finds out whether you could be part of the answer." },
        { id = "fumes",
          text = "Speaker gap and a migration in one week. No wonder you're on fumes.",
          to = "slot", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "paraphrase", "name_emotion" },
          reply = "Ha. Yeah. Fumes is generous. It's mostly the speaker, really.",
          thought = "Someone actually heard that.",
          feedback = "You gave back both things he said and named the load without making a drama of it. "
            .. "People relax when they can tell they have been heard, and he tells you more." },
        { id = "pivot_ask",
          text = "Ha, I bet. Listen, can I ask you something while I've got you?",
          to = "the_ask", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "generic_reply", "miss_cue", "premature_ask" },
          reply = "Er... sure.",
          feedback = "'I bet' could follow anything he said, and the tired laugh went unremarked. "
            .. "Turning to your request now tells him his evening was only the way in." },
      },
    },

    slot = {
      speaker = "callum",
      mood = "thinking",
      text = "Twenty-five minutes on the 14th, anything practical. Last month's war story about a broken "
        .. "pipeline went down a storm, and I've already asked everyone in this room.",
      cue = "He looks at you properly for the first time tonight.",
      learn = { "slot_on_14th" },
      choices = {
        { id = "stressful_ask",
          text = "Sounds stressful. Can I ask you something quickly, while we're here?",
          to = "the_ask", score = { listening = -1, value_first = -1 }, tags = { "generic_reply", "premature_ask" },
          reply = "Sure.",
          feedback = "He has just described a gap you could fill, and 'sounds stressful' steps straight past "
            .. "it to your own request. When someone names a need, that is your cue to look at it." },
        { id = "offer_talk",
          text = "I'll take it: how we cut our dbt build from forty minutes to nine.",
          to = "offer_made", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          thought = "Wait, really? That's my whole week sorted.",
          feedback = "A concrete offer that solves his biggest problem this week, made before you asked for "
            .. "anything, and practical, just as he said the room likes it. Giving first, plainly." },
        { id = "ines_tip",
          text = "What about Inés, over by the door? She'd be great up there.",
          to = "the_ask", score = { listening = -1 }, tags = { "ask_again" },
          reply = "Inés has done three this year; she's banned herself. I did ask. Anyway, you look like you "
            .. "came over with something on your mind.",
          feedback = "He had just said he asked everyone in the room, and Inés is in the room. "
            .. "Suggesting someone he has already tried tells him the detail slipped past you." },
        { id = "slack_tip",
          text = "Have you tried the meetup Slack? Someone's bound to bite.",
          to = "the_ask", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Posted twice. Crickets. Anyway, sorry, you look like you came over with something on your mind.",
          feedback = "A fair suggestion that stays on his speaker problem, so he knows you heard "
            .. "it. But it hands the work back to him, and you had something better to offer: "
            .. "yourself." },
      },
    },

    offer_made = {
      speaker = "callum",
      mood = "warm",
      text = "Seriously? You'd save my week. Send me a title and two lines of blurb and I'll post it "
        .. "tomorrow.",
      cue = "He already has his phone out, typing a note to himself.",
      trust = { callum = 1 },
      choices = {
        { id = "trade_ask",
          text = "Great. While you're typing: could you refer me for the analytics role at Fernhill?",
          to = "the_no", asks = true, score = { listening = -1, value_first = -1 }, trust = { callum = -1 },
          tags = { "topic_hijack", "premature_ask" },
          reply = "Oh. Right. Hot on the heels of the talk, huh.",
          thought = "Ah. So that's what the talk was for.",
          feedback = "Asking in the same breath as the offer turns his relief into your request and "
            .. "makes the talk look like payment. Give the gift a little time to be a gift." },
        { id = "permission",
          text = "Will do. Separate thing, and fine to say no: can I ask you about the Fernhill role?",
          to = "the_ask", score = { value_first = 1 }, tags = { "specific_ask" },
          reply = "Course. Go on.",
          feedback = "After a real give, a small, specific request with an easy way out: this is "
            .. "when an ask is welcome. Saying up front that no is fine keeps it easy to refuse." },
        { id = "blurb_tonight",
          text = "Will do, tonight. Go and enjoy what's left of your evening.",
          to = "left_it", score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "respect_time", "follow_through" },
          reply = "Ha. Pizza crusts and chairs. But thank you, really.",
          feedback = "You said yes to the one thing he asked for, promised it tonight, asked for "
            .. "nothing, and let a tired organiser get back to his evening. The referral question "
            .. "can wait until he has seen you present." },
        { id = "recorded",
          text = "Brilliant. Will it be recorded? I'd love a clip for my portfolio.",
          to = "the_ask", asks = true, score = { listening = -1, value_first = -1 }, tags = { "topic_hijack", "premature_ask" },
          reply = "Er, maybe? Inés does the filming. Was that what you wanted to ask?",
          feedback = "His relief is about his meetup, and the question turns it to what you will "
            .. "get out of it: a small ask before the talk even exists. Let the give stay a give "
            .. "for one evening." },
      },
    },

    the_ask = {
      speaker = "callum",
      mood = "neutral",
      text = "What's up?",
      cue = "He puts the box down and gives you his full attention.",
      choices = {
        { id = "double_ask",
          text = "Could you refer me for the analytics role, and maybe put in a word with the hiring manager too?",
          to = "the_no", asks = true, score = { value_first = -2 }, tags = { "premature_ask" },
          reply = "Both? Ah.",
          feedback = "Two favours in one breath from someone he has met twice. "
            .. "One small, clear ask would have been easier to grant and easier to refuse." },
        { id = "clear_ask",
          text = "The analytics role at Fernhill. Would you be comfortable referring me? Honestly fine if not.",
          to = "the_no", asks = true, score = { value_first = 1 }, tags = { "specific_ask" },
          feedback = "Clear, specific and easy to refuse: he knows exactly what you are asking and that no is "
            .. "allowed. Whatever he says, you have made it simple for him." },
        { id = "vague_keep",
          text = "I'm sort of looking around at the moment. If you hear of anything that might suit me, "
            .. "would you keep me in mind?",
          to = "soft_yes", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          feedback = "It is polite, but it asks him to remember an undefined favour forever. "
            .. "Vague asks get vague yeses, which are worth very little." },
      },
    },

    the_no = {
      speaker = "callum",
      mood = "guarded",
      text = "I'm going to be straight with you: I can't. I only refer people I've actually worked with. "
        .. "Fernhill's form makes you vouch for their work, and with you I'd be guessing.",
      cue = "He winces, and his shoulders come up slightly, as if he is bracing for your reaction.",
      learn = { "vouch_rule" },
      discuss = "What is Callum worried about right now, and what does he need from your next sentence?",
      choices = {
        { id = "just_a_form",
          text = "Totally get it. But it's only a form, right? Nobody really checks those.",
          to = "pressing", learn = { "pushed" }, score = { listening = -1, empathy = -2 }, trust = { callum = -1 },
          tags = { "dismiss" },
          thought = "'Totally get it, but.' No, you don't.",
          feedback = "'Totally get it, but' tells him you did not accept the reason at all. "
            .. "Arguing with a clear no turns an awkward moment into a tense one." },
        { id = "cv_instead",
          text = "Could you pass my CV to the hiring manager instead, then?",
          to = "second_no", asks = true, learn = { "pushed" }, score = { listening = -1, value_first = -1, empathy = -2 },
          trust = { callum = -1 }, tags = { "dismiss", "premature_ask" },
          thought = "That's the same favour in a different coat.",
          feedback = "A smaller version of the same favour ignores the reason he just gave: he would still be "
            .. "vouching for work he has not seen. Take the no before looking for another way in." },
        { id = "fair_thanks",
          text = "Fair. You'd be vouching blind. Thanks for saying it straight.",
          to = "graceful", score = { listening = 1, empathy = 2 }, trust = { callum = 1 },
          tags = { "paraphrase", "perspective" },
          thought = "Oh, thank goodness. That was easier than I feared.",
          feedback = "You put his reason in a few words and thanked him for the honesty, which is exactly what "
            .. "his braced shoulders were asking for. The no is about a rule, and you treated it that way." },
        { id = "oh_okay",
          text = "Oh. Okay.",
          to = "awkward_retreat", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Sorry. I know that's not what you wanted to hear.",
          feedback = "He gave you a reason and was braced for your reaction, and a flat 'oh, okay' leaves him "
            .. "guessing how you took it. One sentence that shows you understood the reason would settle him." },
        { id = "forget_it",
          text = "Oh god, sorry. Forget I asked. That was a silly thing to ask.",
          to = "awkward_retreat", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "No, no, it's not silly at all.",
          feedback = "Kindly meant, but now he has to reassure you, so the moment becomes about your "
            .. "embarrassment. A calm 'that's fair' is easier on both of you." },
      },
    },

    graceful = {
      speaker = "callum",
      mood = "warm",
      text = function(state)
        if state.facts.needs_speaker then
          return "Thanks for taking it like that. I hate saying no to people, honestly."
        end
        return "Thanks for taking it like that. I hate saying no, and tonight of all nights: my speaker "
          .. "for next month pulled out this afternoon, so I've been the one asking everybody for favours."
      end,
      cue = "His shoulders drop. He reaches for the last slice of pizza.",
      learn = { "gap_mentioned" },
      choices = {
        { id = "process_q",
          text = "No worries. So what's the interview process like over there?",
          to = "another_name", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "topic_hijack", "miss_cue" },
          reply = "The process? Take-home, then a panel.",
          feedback = "He had just told you he hates saying no, and his shoulders had only just dropped, and the next "
            .. "line is about your application. A question that serves only you, straight after his discomfort, "
            .. "reads as moving on too fast." },
        { id = "other_name",
          text = "Is there anyone else at Fernhill I should talk to instead?",
          to = "another_name", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "topic_hijack", "premature_ask" },
          reply = "Hmm. Let me think.",
          feedback = "His shoulders have just dropped with relief, and the next line is a second "
            .. "ask, aimed round the no. Staying with him a moment, or giving something first, "
            .. "would make it feel less like a workaround." },
        { id = "offer_slot",
          text = "Your speaker slot, though. I could take it, no strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          reply = "Wait, seriously? After I just said no?",
          thought = "Helping me, right after I turned them down. Huh.",
          feedback = "You went back to the problem he mentioned and offered to solve it right after he turned "
            .. "you down. Nothing keeps a door open like help with no strings." },
        { id = "whats_needed",
          text = "What would make you comfortable referring someone, out of interest?",
          to = "vouch_path", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          feedback = "Curious in tone, but he has only just relaxed, and the question goes straight "
            .. "back to what would get you referred. It reads as looking for a way round his no; "
            .. "let it rest for tonight." },
        { id = "talk_still_on",
          text = "Either way, the 14th is still on. You'll have a title by Friday.",
          when = "offered_talk",
          to = "consolation", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { callum = 1 },
          tags = { "recall_detail", "follow_through" },
          reply = "Oh, good. I was half afraid you'd pull out.",
          thought = "So the talk was never a trade. Good.",
          feedback = "You made clear your offer never depended on his answer. "
            .. "That separates a giver from a trader in his mind." },
      },
    },

    vouch_path = {
      speaker = "callum",
      mood = "thinking",
      text = "Honestly? Seeing how someone works. A talk, a pull request, anything real. It's not personal.",
      cue = "He says it carefully, watching how you take it.",
      learn = { "wants_to_see_work" },
      choices = {
        { id = "github",
          text = "My GitHub's public. Have a look this week and you'll see what I mean.",
          to = "github", asks = true, score = { listening = 1, empathy = -1, value_first = -1 }, tags = { "premature_ask" },
          reply = "Er, sure.",
          feedback = "You heard 'a pull request', but asking him to review your GitHub this week "
            .. "gives a man who was careful with his no homework about you. Showing your work "
            .. "where it helps him would land better than sending it to be judged." },
        { id = "offer_slot_vp",
          text = "Makes sense. Separately, I'll take your speaker slot, no strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          reply = "You'd do that? Even after this?",
          thought = "'Separately.' Good. Not a trade, then.",
          feedback = "You remembered his speaker problem and offered to solve it without tying it to the "
            .. "referral. If he later sees your work, that is his choice, not a deal." },
        { id = "talk_for_referral",
          text = "So if I gave a talk at the meetup, would you refer me then?",
          to = "deal_no", asks = true, learn = { "pushed" }, score = { listening = 1, empathy = -1, value_first = -1 },
          trust = { callum = -1 }, tags = { "premature_ask" },
          thought = "And now it's a deal. I hate this bit.",
          feedback = "You picked up his word 'talk', then turned his honest answer into a bargain, "
            .. "so any help you offer now looks like payment. Give because it helps; let him draw "
            .. "his own conclusions." },
        { id = "get_back",
          text = "That's fair. I'll let you get back to the boxes.",
          to = exit_to, can_go = { "kept_door", "polite_exit" }, score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          reply = "Ha. The glamour. Thanks for being decent about it.",
          feedback = "You took his reason as fair and let him get back to the boxes: gracious and "
            .. "quick, and he feels fine about the no. It ends on his terms, which is kind, if "
            .. "quiet." },
      },
    },

    github = {
      speaker = "callum",
      mood = "neutral",
      text = "I can't promise I'll get to it this month, though. The migration's eating everything.",
      cue = "He says it kindly, but his eyes go back to the boxes.",
      choices = {
        { id = "look_this_week",
          text = "Could you try this week? The role won't be open for ever.",
          to = "strained", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -2, value_first = -1 },
          trust = { callum = -1 }, tags = { "dismiss", "premature_ask" },
          thought = "I literally just said I can't.",
          feedback = "He told you his month is full, and you asked him to squeeze you in anyway. "
            .. "A stated limit is the point to stop asking, not to set a deadline." },
        { id = "no_rush",
          text = "No rush at all. Thanks for hearing me out.",
          to = exit_to, can_go = { "kept_door", "polite_exit" }, score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          reply = "Any time. Sorry it wasn't a yes.",
          feedback = "You heard that his month is full and let him off the hook. "
            .. "Kind, though your link is still a task waiting for him rather than a help." },
      },
    },

    awkward_retreat = {
      speaker = "callum",
      mood = "surprised",
      text = "It's nothing personal, honestly. It's just the form thing.",
      cue = "He looks a little guilty, and keeps glancing at your face.",
      choices = {
        { id = "offer_slot_ar",
          text = "Your speaker slot, though: I'd happily do a talk.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          reply = "Hang on, you would?",
          thought = "Okay, that took a turn for the better.",
          feedback = "You moved past your embarrassment to his problem, which helps both of you. "
            .. "Offering right after a no shows the request was not the whole relationship." },
        { id = "bail",
          text = "Yeah. Okay. Anyway. See you next month.",
          to = "polite_exit", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "miss_cue" },
          reply = "Yeah... see you.",
          feedback = "An understandable escape from an awkward moment, but it ends on the awkwardness, and "
            .. "what he just said goes unanswered. One line about him would have ended it on him instead." },
        { id = "still_sorry",
          text = "No, really, I shouldn't have put you on the spot like that. I feel terrible.",
          to = "polite_exit", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "Honestly, it's fine! It's fine. I should, er, get these boxes out.",
          feedback = "A second apology makes him comfort you a second time, and the conversation stays on "
            .. "your embarrassment. Accept his 'it's fine' and turn to him." },
        { id = "form_question",
          text = "What would make you comfortable referring someone?",
          to = "vouch_path", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          feedback = "He is feeling guilty and watching your face, and the question goes back to "
            .. "what would get you referred. It reads as looking for a way round his no; a word "
            .. "that he need not feel bad would settle him first." },
      },
    },

    pressing = {
      speaker = "callum",
      mood = "annoyed",
      text = "People do check, actually. And I'd be the one answering for it. I'd rather not.",
      cue = "He takes half a step back and looks over at Inés by the door.",
      choices = {
        { id = "cv_pressing",
          text = "Okay, okay. Then could you just pass my CV along?",
          to = "second_no", asks = true, score = { empathy = -2, value_first = -1, listening = -1 },
          trust = { callum = -1 }, tags = { "dismiss", "miss_cue" },
          reply = "...",
          thought = "Why is this still going?",
          feedback = "He has said no twice and stepped away, and the ask just changed shape. "
            .. "When someone moves back, the kindest move is to stop." },
        { id = "sorry_fair",
          text = "You're right. That wasn't fair of me. Sorry.",
          to = "recovered", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "notice_cue", "perspective" },
          thought = "Okay. Fair enough, we're fine.",
          feedback = "You noticed him pulling away and stopped, and owned it in three short sentences. "
            .. "A quick repair costs less than any argument you could win." },
        { id = "push_good",
          text = "Come on, you know my work's solid. You'd be doing Fernhill a favour.",
          to = "burned", score = { empathy = -2, listening = -1, value_first = -1 }, trust = { callum = -2 },
          tags = { "dismiss", "miss_cue" },
          thought = "I don't know your work. That's the whole point.",
          feedback = "Pressing a second time, while he is stepping away, turns a polite no into a story he will "
            .. "tell about you. And he said he has not seen your work: that was the reason." },
      },
    },

    second_no = {
      speaker = "callum",
      mood = "annoyed",
      text = "That's the same thing with extra steps, though. Sorry. It's still a no.",
      cue = "He is looking at the door now, not at you.",
      choices = {
        { id = "laugh_off",
          text = "Ha, worth a shot! No hard feelings, yeah?",
          to = "strained", score = { empathy = -1, listening = -1 }, tags = { "miss_cue" },
          reply = "Yeah. Sure.",
          feedback = "Laughing it off asks him to reassure you while he is edging away. "
            .. "Naming your own push would have given him something better to answer." },
        { id = "sorry_push",
          text = "Fair. You said no the first time. Sorry for pushing.",
          to = "recovered", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "notice_cue", "perspective" },
          thought = "Okay. At least they heard it in the end.",
          feedback = "You caught him turning away and named your own mistake plainly. "
            .. "That is how a pushed boundary gets repaired." },
        { id = "name_drop",
          text = "Okay. I'll just apply and mention that I know you, then.",
          to = "name_drop", learn = { "pushed" }, score = { listening = -1, empathy = -2, value_first = -1 }, trust = { callum = -2 },
          tags = { "dismiss" },
          thought = "So my no doesn't count. Great.",
          feedback = "Using his name after he declined to vouch is doing the thing he refused, without him. "
            .. "It tells him you heard the no and decided it did not count." },
      },
    },

    recovered = {
      speaker = "callum",
      mood = "neutral",
      text = "It's alright. It's awkward for everyone, this stuff.",
      cue = "He exhales and picks up a pizza box, half-smiling again.",
      choices = {
        { id = "offer_slot_rec",
          text = "Your speaker slot: want me to take it? No strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          reply = "Wait. You'd still do that? After all that?",
          thought = "Right, that's a proper peace offering.",
          feedback = "An offer that solves his problem, made right after a misstep, says the request was "
            .. "never the whole point. It is the fastest way back to warmth." },
        { id = "decent_exit",
          text = "Thanks for being decent about it. See you next month.",
          to = exit_to, can_go = { "kept_door", "polite_exit" }, score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "gratitude" },
          reply = "Yeah, see you. No hard feelings.",
          feedback = "You answered his 'it's alright' by thanking him for how he handled your push: "
            .. "that names what he did and repairs the mood. A good close, though nothing new is "
            .. "started." },
        { id = "migration_q",
          text = "How's the Airflow move going, anyway?",
          when = "airflow_migration",
          to = "migration", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "recall_detail", "follow_up_question" },
          thought = "Oh, they remembered. Nice.",
          feedback = "Returning to something he told you earlier moves the talk back onto him and shows you "
            .. "were listening before you wanted something." },
      },
    },

    migration = {
      speaker = "callum",
      mood = "warm",
      text = "Slowly. A third of the DAGs are across, and every single one has a surprise inside. "
        .. "The sensors are the worst.",
      cue = "He's animated now, waving the pizza box for emphasis.",
      choices = {
        { id = "ours_worse",
          text = "Ours were worse, honestly. Four hundred DAGs and not one test between them.",
          to = "polite_exit", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "Ha. Yeah. Well, I'd better get on.",
          feedback = "He was opening up about his pain and you topped it with yours. "
            .. "Competing stories end conversations; a question or a resource keeps them going." },
        { id = "sensors_writeup",
          text = "We fought the same sensors. I wrote up what broke; want it?",
          to = "consolation", gives = true, learn = { "gave_writeup" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "share_resource" },
          reply = "Yes. God, yes. The sensors are eating my life.",
          thought = "That is genuinely useful. Who is this person?",
          feedback = "Useful, specific, and nothing asked in return: the kind of help people remember. "
            .. "It fits exactly the pain he just described." },
        { id = "good_luck",
          text = "Ugh, sensors. Good luck with it. See you next month.",
          to = exit_to, can_go = { "kept_door", "polite_exit" }, score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Cheers. See you.",
          feedback = "Friendly, but you let the specific pain he named pass without engaging with it. "
            .. "A question or a resource would have kept the thread alive." },
      },
    },

    another_name = {
      speaker = "callum",
      mood = "neutral",
      text = "Ravi runs the hiring loop, but he'll tell you to apply on the site. It's open until the 30th, "
        .. "I think.",
      cue = "He answers readily. This is an easier question for him.",
      learn = { "closes_30th" },
      choices = {
        { id = "offer_slot_an",
          text = "Thanks. And if you're still short a speaker, I'm in.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          reply = "Wait, for the 14th? You'd do that?",
          thought = "I gave a name, they give me a speaker. That's a good trade for me.",
          feedback = "He just helped you a little; you answered by offering to help him a lot. "
            .. "That balance is what makes people glad to hear from you again." },
        { id = "intro_ravi",
          text = "Could you introduce me to Ravi, then?",
          to = "second_no", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -1, value_first = -1 },
          trust = { callum = -1 }, tags = { "premature_ask", "dismiss" },
          reply = "An intro is... hm.",
          thought = "An intro is a referral with a different label.",
          feedback = "An introduction is a referral in all but name, so it runs into the same no. "
            .. "Take the information he offered and stop there." },
        { id = "apply_30th",
          text = "Thanks. I'll get my application in before the 30th.",
          to = exit_to, can_go = { "kept_door", "polite_exit" }, score = { listening = 1 },
          tags = { "paraphrase" },
          reply = "Good luck with it. Honestly.",
          feedback = "You took the help he could give and showed you heard the date. "
            .. "A clean finish, if a quiet one: nothing of his has been helped yet." },
      },
    },

    deal_no = {
      speaker = "callum",
      mood = "guarded",
      text = "Ha. I mean... it isn't a trade. Let's not make it one.",
      cue = "The laugh is short. He picks the pizza boxes up again.",
      choices = {
        { id = "no_trade",
          text = "That came out wrong. I'll do the talk anyway, no strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "offer_help" },
          reply = "Okay. Then yes. Thank you.",
          thought = "Alright, that sounds like they mean it.",
          feedback = "You agreed it is not a trade, then proved it by offering with nothing attached. "
            .. "Owning a clumsy moment quickly is itself trustworthy." },
        { id = "explain_deal",
          text = "I only meant it would show you my work, that's all!",
          to = "polite_exit", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "dismiss" },
          reply = "Sure. Look, I should finish up here.",
          feedback = "Explaining the bargain defends it: he was asking you to drop it, and the talk "
            .. "still comes with a string attached. When someone names the trade, agree and let it "
            .. "go." },
        { id = "leave_deal",
          text = "Understood. Sorry, I'll leave you to it.",
          to = "polite_exit", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "No worries. See you next month.",
          feedback = "You heard the correction, accepted it without sulking and gave him back his "
            .. "evening. The last note he heard from you, though, was a bargain." },
      },
    },

    consolation = {
      speaker = "callum",
      mood = "warm",
      text = "Look, I still can't refer you. But I can tell you over a coffee what Ravi's team actually "
        .. "looks for. That I'm happy to do.",
      cue = "He's grinning now, already thumbing his calendar.",
      trust = { callum = 1 },
      choices = {
        { id = "coffee_thanks",
          text = "Yes please. Thank you.",
          to = coffee_to, can_go = { "door_open", "door_ajar" },
          reply = "Good. I'll find a slot.",
          feedback = "A plain, warm yes to the help he can give. Accepting it is part of keeping the door "
            .. "open; you did not need anything more tonight." },
        { id = "cv_too",
          text = "Great. And could you send my CV to Ravi at the same time?",
          to = "cooled", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -2, value_first = -1 },
          trust = { callum = -1 }, tags = { "dismiss", "premature_ask" },
          reply = "Ah. Well.",
          thought = "I found a yes I could give, and it wasn't enough.",
          feedback = "He found a yes he could give and you reached past it for the no. "
            .. "Take what is offered; it is usually the start, not the ceiling." },
        { id = "coffee_later",
          text = "I'd like that, once your Airflow move calms down.",
          when = "airflow_migration",
          to = coffee_to, can_go = { "door_open", "door_ajar" }, score = { listening = 1, empathy = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "respect_time" },
          reply = "Ha. Could be a while. But yes, let's.",
          thought = "They remembered the migration. Considerate.",
          feedback = "You accepted his offer and fitted it to the busy month he told you about. "
            .. "Remembering someone's constraints is a quiet form of care." },
        { id = "this_week",
          text = "Could we do it this week? I'd like to get my application in soon.",
          to = "cooled", asks = true, learn = { "pushed" }, score = { empathy = -1, value_first = -1 },
          trust = { callum = -1 }, tags = { "dismiss", "premature_ask" },
          reply = "This week? It's... a big week.",
          thought = "This week. With the migration. Of course.",
          feedback = "He offered coffee in a month that is already full, and you asked for it sooner. "
            .. "Take the yes on his timetable; yours can wait a week." },
      },
    },

    -- endings ----------------------------------------------------------------------------------
    door_open = {
      speaker = "callum",
      mood = "warm",
      text = function(state)
        if state.facts.offered_talk then
          return "And after the 14th, once I've seen you up there, ask me about Fernhill again if you still want to."
        end
        return "Send the write-up over, and we'll do that coffee. If it's as good as it sounds, "
          .. "I'll have seen some of your work after all."
      end,
      ending = "door_open", grade = "good",
    },
    left_it = {
      speaker = "narrator",
      text = function(state)
        local by = state.facts.needs_speaker and "rescued his meetup" or "offered him a talk"
        if state.facts.helped_boxes then
          by = "stacked his pizza boxes and " .. by
        end
        return "You never asked about the role tonight. Callum now knows you as the person who " .. by
          .. ", and you will see him again on the 14th with something real to show."
      end,
      ending = "door_open", grade = "good",
    },
    kept_door = {
      speaker = "narrator",
      text = "He said no, you took it, and the talk on the 14th still stands with nothing attached. When he "
        .. "sees your work up there, it will be because you gave it, not because you traded it.",
      ending = "door_open", grade = "good",
    },
    door_ajar = {
      speaker = "callum",
      mood = "neutral",
      text = function(state)
        if state.facts.offered_talk then
          return "Okay. Coffee, then. And thanks for stepping in on the 14th. Really."
        elseif state.facts.gave_writeup then
          return "Okay. Coffee, then. And thanks for the write-up. Really."
        end
        return "Okay. Coffee, then."
      end,
      cue = "He is friendly again, mostly. The push earlier is still somewhere in the way he looks at you.",
      ending = "door_ajar", grade = "mixed",
    },
    soft_yes = {
      speaker = "callum",
      mood = "warm",
      text = "Sure, of course, I'll keep an eye out. Good luck!",
      cue = "He means it kindly. You both know nothing will come of it.",
      ending = "vague_promise", grade = "mixed",
    },
    polite_exit = {
      speaker = "narrator",
      text = function(state)
        local s
        if state.facts.pushed then
          s = "It ends politely. But what Callum will remember from tonight is the moment you kept pushing "
            .. "after his no."
        elseif state.facts.offered_talk then
          s = "It ends politely, and your talk on the 14th still stands, but his last impression is the "
            .. "awkward moment, not the offer."
        else
          s = "It ends politely, and he will remember that you took the no without a fuss. "
            .. "But nothing was given and nothing started: no reason for him to think of you before next month."
        end
        if state.facts.closes_30th then
          s = s .. " At least you know the role closes on the 30th."
        end
        return s
      end,
      ending = "polite_exit", grade = "mixed",
    },
    cooled = {
      speaker = "callum",
      mood = "guarded",
      text = "Let's just stick with the coffee for now, yeah?",
      cue = "His grin has gone a little fixed.",
      ending = "cooled", grade = "mixed",
    },
    strained = {
      speaker = "callum",
      mood = "guarded",
      text = "Look, I've got to help Inés with the chairs. See you around.",
      cue = "He is already walking away. He does not say next month.",
      ending = "bridge_burned", grade = "poor",
    },
    burned = {
      speaker = "ines",
      mood = "neutral",
      text = "Callum, can you give me a hand with the chairs? Sorry to steal him.",
      cue = "Callum goes without a backward glance. He looks relieved to be rescued.",
      ending = "bridge_burned", grade = "poor",
    },
    name_drop = {
      speaker = "callum",
      mood = "annoyed",
      text = "Please don't. I mean that.",
      cue = "He says it quietly and walks off towards Inés.",
      ending = "bridge_burned", grade = "poor",
    },
  },
  debrief = {
    listening = "Callum's first answer, if you let him give one, held two problems: a missing speaker and a "
      .. "migration. The good moments after the no came from going back to what he had told you.",
    empathy = "His no was about a rule, not about you, and he was braced for your reaction. Taking it "
      .. "calmly, without bargaining or collapsing into apology, is what keeps someone relaxed around you.",
    value_first = "A door stays open when you give with no strings, before or after a no. "
      .. "Help offered as payment for a yes stops being help.",
  },
}
