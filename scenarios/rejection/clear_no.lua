-- rejection.clear_no: asking an acquaintance for a referral and getting a clear, kind "no".
-- The skill is what happens next: accepting it, not bargaining, and keeping the door open by giving.

-- Offering to fill Callum's speaker slot only makes sense if you heard about the gap and have not
-- offered already.
local function can_offer_talk(state)
  return state.facts.needs_speaker == true and not state.facts.offered_talk
end

return {
  format = 1,
  version = 1,
  id = "rejection.clear_no",
  title = "A clear no",
  family = "rejection",
  summary = "You ask Callum, a meetup organiser you have met twice, to refer you for a role at his company. "
    .. "He says no, kindly and clearly; what you do next decides whether the door stays open.",
  difficulty = 2,
  skills = { "listening", "empathy", "value_first" },
  cast = {
    callum = { name = "Callum Osei", role = "Staff Data Engineer, Fernhill Logistics" },
    ines = { name = "Inés Ferreira", role = "Meetup co-organiser" },
  },
  start = "pizza",
  nodes = {
    pizza = {
      speaker = "narrator",
      text = "The last half hour of the Bristol Data Meetup. You have talked to Callum Osei twice before, "
        .. "both times about dbt. This week Fernhill Logistics posted a Senior Analytics Engineer role that "
        .. "fits you well, and you have decided that tonight you will ask him for a referral.",
      cue = "Callum is alone by the pizza boxes, stacking the empty ones.",
      choices = {
        { text = "Hey Callum. How did tonight go, from the organiser's side?",
          to = "smalltalk", score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          feedback = "An open question about his evening, from his point of view as the host, gives him the floor "
            .. "first. You will learn what is on his mind before you put anything on it." },
        { text = "Callum! Quick one: would you refer me for the analytics role at Fernhill?",
          to = "the_no", asks = true, score = { empathy = -1 }, tags = { "premature_ask" },
          feedback = "Opening with the request makes the conversation a transaction before it has started. "
            .. "You also know nothing yet about his evening, so you have nothing to offer back." },
      },
    },

    smalltalk = {
      speaker = "callum",
      text = "Chaotic. Our speaker for next month pulled out this afternoon, so I've spent the whole evening "
        .. "begging people. And we're halfway through moving off Airflow at work, so I'm running on fumes.",
      cue = "He rubs his eyes and laughs, a little too loudly.",
      learn = { "needs_speaker", "airflow_migration" },
      choices = {
        { text = "Speaker gap plus a migration. That's a lot.",
          to = "tired_ack", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "paraphrase", "name_emotion" },
          feedback = "You gave back both things he said and named the load without making a drama of it. "
            .. "People relax when they can tell they have been heard." },
        { text = "What's the slot, format-wise? Twenty minutes?",
          to = "speaker_detail", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "A practical follow-up on his most urgent problem; it shows you were listening and that "
            .. "you might be part of the answer." },
        { text = "Ha, I bet. So, I've been meaning to ask you something.",
          to = "the_ask", score = { listening = -1 }, tags = { "generic_reply", "miss_cue" },
          feedback = "'I bet' could follow anything he said, and the tired laugh went unremarked. "
            .. "Jumping to your request now tells him his evening was just the way in." },
      },
    },

    tired_ack = {
      speaker = "callum",
      text = "Yeah. It's fine. It's just a lot of Slack, you know?",
      cue = "His shoulders come down a little. He stops stacking boxes.",
      choices = {
        { text = "Which is worse: the speaker gap or the migration?",
          to = "speaker_detail", score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          feedback = "You invited him to say more instead of moving on, and let him choose which problem to talk "
            .. "about. That is where the chance to help usually appears." },
        { text = "I'll keep this short, then. Can I ask you something?",
          to = "the_ask", score = { empathy = 1 }, tags = { "respect_time" },
          feedback = "Respecting his tiredness by being brief is considerate. "
            .. "The cost is that you ask before you have offered anything." },
      },
    },

    speaker_detail = {
      speaker = "callum",
      text = "The speaker, definitely. Twenty-five minutes on the 14th, anything practical. People loved last "
        .. "month's war story about a broken pipeline.",
      cue = "He looks at you properly for the first time tonight.",
      learn = { "slot_on_14th" },
      choices = {
        { text = "I'll do it: how we cut our dbt build from forty minutes to nine.",
          to = "offer_made", gives = true, learn = { "offered_talk" }, trust = { callum = 1 },
          score = { value_first = 2 }, tags = { "offer_help" },
          feedback = "A concrete offer that solves his biggest problem this week, made before you asked for "
            .. "anything. This is giving first in its clearest form." },
        { text = "Good luck, that sounds painful. Anyway, can I ask you something?",
          to = "the_ask", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "You asked him to describe the problem and then stepped straight past it to your own request. "
            .. "When someone describes a gap you could fill, that is your cue to offer." },
      },
    },

    offer_made = {
      speaker = "callum",
      text = "Seriously? That would save my week. Send me a title and two lines of blurb and I'll post it "
        .. "tomorrow.",
      cue = "He already has his phone out, typing a note to himself.",
      trust = { callum = 1 },
      choices = {
        { text = "Will do. Can I ask you something? Fine to say no.",
          to = "the_ask", score = { empathy = 1 }, tags = { "respect_time" },
          feedback = "Flagging that no is an acceptable answer lowers the pressure before the request arrives. "
            .. "It comes after a real offer, so it will not feel like a trade." },
        { text = "Will do, tonight. Go and enjoy the rest of your evening.",
          to = "left_it", score = { empathy = 1 }, tags = { "follow_through" },
          feedback = "You gave and asked for nothing tonight, which is a strong position for later. "
            .. "The referral question can wait until he has seen you present." },
      },
    },

    the_ask = {
      speaker = "callum",
      text = "Sure, go for it.",
      cue = "He puts the pizza box down and gives you his full attention.",
      choices = {
        { text = "The analytics role at Fernhill. Would you be comfortable referring me?",
          to = "the_no", asks = true, score = { value_first = 1 }, tags = { "specific_ask" },
          feedback = "Clear, specific and easy to answer either way: he knows exactly what you are asking. "
            .. "Whatever he says, you have made it simple for him." },
        { text = "I'm sort of looking around at the moment. If you ever hear of anything that might suit me, "
            .. "would you keep me in mind?",
          to = "soft_yes", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          feedback = "It is polite, but it asks him to remember an undefined favour forever. "
            .. "Vague asks get vague yeses, which are worth very little." },
        { text = "Could you refer me for the analytics role and put in a word with the hiring manager? "
            .. "I'd be perfect for it.",
          to = "the_no", asks = true, score = { value_first = -1, empathy = -1 }, tags = { "premature_ask" },
          feedback = "Two favours in one breath, plus a claim he cannot check, from someone he barely knows. "
            .. "One small ask would have been easier to grant." },
      },
    },

    the_no = {
      speaker = "callum",
      text = "Ah. I'm going to be straight with you: I can't. I only refer people I've actually worked with. "
        .. "Fernhill's form makes you vouch for their work, and with you I'd be guessing.",
      cue = "He winces, and his shoulders come up slightly, as if he is bracing for your reaction.",
      learn = { "vouch_rule" },
      discuss = "What is Callum worried about right now, and what does he need from your next sentence?",
      choices = {
        { text = "That's fair. Thanks for being straight with me.",
          to = "graceful", score = { empathy = 2 }, trust = { callum = 1 }, tags = { "perspective", "gratitude" },
          feedback = "You saw the no from his side, a rule about vouching rather than a verdict on you, and made "
            .. "it easy for him. His braced shoulders were asking for exactly that." },
        { text = "Totally get it. But it's just a form, right? Nobody really checks those.",
          to = "pressing", score = { empathy = -2 }, trust = { callum = -1 }, tags = { "dismiss" },
          feedback = "'Totally get it, but' tells him you did not accept the reason at all. "
            .. "Arguing with a clear no turns an awkward moment into a tense one." },
        { text = "Oh! God, sorry. No, it's fine, forget I asked. Silly question.",
          to = "awkward_retreat", score = { empathy = -1 }, tags = { "self_focus" },
          feedback = "Kindly meant, but now he has to reassure you, so the moment becomes about your "
            .. "embarrassment. A calm 'that's fair' is easier on both of you." },
        { text = "Could you at least pass my CV to the hiring manager, then?",
          to = "second_no", asks = true, score = { empathy = -1 }, trust = { callum = -1 },
          tags = { "dismiss", "premature_ask" },
          feedback = "A smaller version of the same favour ignores the reason he just gave: he would still be "
            .. "vouching for work he has not seen. Take the no before looking for another way in." },
      },
    },

    graceful = {
      speaker = "callum",
      text = "Thanks for taking it well. I hate saying no to people, honestly.",
      cue = "His shoulders drop. He reaches for the last slice of pizza.",
      choices = {
        { text = "Your speaker gap, though. I could take it, no strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 2, listening = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "You remembered the problem he mentioned at the start and offered to solve it right after he "
            .. "turned you down. Nothing keeps a door open like help with no strings." },
        { text = "Either way, the talk on the 14th is still on. Title by Friday?",
          when = "offered_talk",
          to = "consolation", score = { empathy = 1, listening = 1 }, trust = { callum = 1 },
          tags = { "recall_detail", "follow_through" },
          feedback = "You made clear your offer never depended on his answer. "
            .. "That separates a giver from a trader in his mind." },
        { text = "Makes sense you'd only vouch for people whose work you've seen.",
          to = "vouch_path", score = { listening = 1 }, tags = { "paraphrase" },
          feedback = "Putting his reason in your own words shows you understood it, without arguing. "
            .. "It also invites him to say more about what would change his answer." },
        { text = "Is there anyone else at Fernhill I should talk to instead?",
          to = "another_name", asks = true, tags = { "specific_ask" },
          feedback = "A reasonable redirect, and easy to answer, though it is a second ask straight after a no. "
            .. "Giving something first would make it feel less like a workaround." },
        { text = "Sorry, why was it you can't, again?",
          to = "repeat_reason", score = { listening = -1 }, tags = { "ask_again" },
          feedback = "He explained it in two sentences a moment ago. "
            .. "Asking again makes him repeat an uncomfortable no." },
      },
    },

    repeat_reason = {
      speaker = "callum",
      text = "The form. I'd have to vouch for your work, and I haven't seen any of it.",
      cue = "A flicker of impatience crosses his face; he has just said this.",
      choices = {
        { text = "Right, you said. Makes sense.",
          to = "vouch_path", score = { empathy = 1 }, tags = { "perspective" },
          feedback = "Owning the slip and accepting the reason closes the loop quickly. "
            .. "Short is better here than another apology." },
        { text = "Okay. Well, I'd better get going, then.",
          to = "polite_exit", score = { empathy = -1 }, tags = { "dismiss" },
          feedback = "Leaving right after making him repeat the no ends on the most awkward beat of the evening. "
            .. "One warm line would have changed the last impression." },
      },
    },

    pressing = {
      speaker = "callum",
      text = "People do check, actually. And I'd be the one answering for it. I'd rather not.",
      cue = "He takes half a step back and looks over at Inés by the door.",
      choices = {
        { text = "You're right. That wasn't fair of me. Sorry.",
          to = "recovered", score = { empathy = 1, listening = 1 }, trust = { callum = 1 },
          tags = { "notice_cue", "perspective" },
          feedback = "You noticed him pulling away and stopped, and owned it in three short sentences. "
            .. "A quick repair costs less than any argument you could win." },
        { text = "Come on, you know I'm good. You'd be doing Fernhill a favour.",
          to = "burned", score = { empathy = -2, listening = -1 }, trust = { callum = -2 },
          tags = { "dismiss", "miss_cue" },
          feedback = "Pressing a second time, while he is stepping away, turns a polite no into a story he will "
            .. "tell about you. Persistence with a stranger's boundary reads as pressure, not drive." },
      },
    },

    recovered = {
      speaker = "callum",
      text = "It's alright. It's awkward for everyone, this stuff.",
      cue = "He exhales and picks up a pizza box, half-smiling again.",
      choices = {
        { text = "How's the Airflow migration going, anyway?",
          when = "airflow_migration",
          to = "migration", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "recall_detail", "follow_up_question" },
          feedback = "Returning to something he told you earlier moves the talk back onto him and shows you "
            .. "were listening before you wanted something." },
        { text = "Your speaker gap: want me to take it? No strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 2, listening = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "An offer that solves his problem, made right after a misstep, says the request was never "
            .. "the whole point. It is the fastest way back to warmth." },
        { text = "Thanks for being decent about it. See you next month.",
          to = "polite_exit", score = { empathy = 1 }, tags = { "gratitude", "respect_time" },
          feedback = "A gracious exit after a rough patch. It repairs the mood, but leaves nothing to build on." },
      },
    },

    migration = {
      speaker = "callum",
      text = "Slowly. We've moved about a third of the DAGs and every single one has a surprise inside. "
        .. "The sensors are the worst.",
      cue = "He's animated now, waving the pizza box for emphasis.",
      choices = {
        { text = "We fought the same sensors. Want my write-up?",
          to = "consolation", gives = true, score = { value_first = 2 }, trust = { callum = 1 },
          tags = { "share_resource" },
          feedback = "Useful, specific, and asked for nothing in return: the kind of help people remember. "
            .. "It fits exactly the pain he just described." },
        { text = "Ugh, sensors. Good luck with it. See you next month.",
          to = "polite_exit", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Friendly, but you let the specific pain he named pass without engaging with it. "
            .. "A question or a resource would have kept the thread alive." },
      },
    },

    second_no = {
      speaker = "callum",
      text = "That's the same thing with extra steps, though. Sorry. It's still a no.",
      cue = "He is looking at the door now, not at you.",
      choices = {
        { text = "Fair. You said no the first time. Sorry for pushing.",
          to = "recovered", score = { empathy = 1, listening = 1 }, trust = { callum = 1 },
          tags = { "notice_cue", "perspective" },
          feedback = "You caught him turning away and named your own mistake plainly. "
            .. "That is how a pushed boundary gets repaired." },
        { text = "Okay. I'll just apply and mention that I know you, then.",
          to = "name_drop", score = { empathy = -2 }, trust = { callum = -2 }, tags = { "dismiss" },
          feedback = "Using his name after he declined to vouch is doing the thing he refused, without him. "
            .. "It tells him you heard the no and decided it did not count." },
        { text = "Right. Well, thanks for nothing, I guess! Joking.",
          to = "burned", score = { empathy = -2 }, trust = { callum = -1 }, tags = { "dismiss" },
          feedback = "A joke with an edge still lands as the edge. "
            .. "He gave you a straight, kind answer and got blame back." },
      },
    },

    awkward_retreat = {
      speaker = "callum",
      text = "No, no, it's not silly at all. It's just the form thing.",
      cue = "He looks relieved and a little guilty at the same time.",
      choices = {
        { text = "Can I ask what would make you comfortable referring someone?",
          to = "vouch_path", score = { listening = 1 }, tags = { "open_question" },
          feedback = "A curious question rather than a push: you want to understand his standard, not get round "
            .. "it. It turns an awkward beat into useful information." },
        { text = "Your speaker gap, though: I'd happily do a talk.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 2, listening = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "You moved past your embarrassment to his problem, which helps both of you. "
            .. "Offering right after a no shows the request was not the whole relationship." },
        { text = "Yeah. Okay. See you next month.",
          to = "polite_exit", tags = { "generic_reply" },
          feedback = "An understandable escape from an awkward moment, but it ends on the awkwardness. "
            .. "One line about his evening would have ended it on him instead." },
      },
    },

    vouch_path = {
      speaker = "callum",
      text = "Honestly? Seeing how someone works. A talk, a pull request, anything real. It's not personal.",
      cue = "He says it carefully, watching how you take it.",
      learn = { "wants_to_see_work" },
      choices = {
        { text = "Makes sense. And I'll take your speaker slot, no strings.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 2, listening = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "You remembered his speaker problem and offered to solve it without tying it to the "
            .. "referral. If he later sees your work, that is his choice, not a deal." },
        { text = "So if I give a talk at the meetup, would you refer me then?",
          to = "deal_no", asks = true, score = { empathy = -1 }, trust = { callum = -1 }, tags = { "premature_ask" },
          feedback = "Turning his honest answer into a bargain makes any help you offer look like payment. "
            .. "Give the talk because it helps; let him draw his own conclusions." },
        { text = "That's fair. I'll let you get back to the chairs.",
          to = "polite_exit", score = { empathy = 1 }, tags = { "respect_time" },
          feedback = "Gracious and quick; you leave him feeling fine about the no. "
            .. "You could also have offered something that lets him see your work." },
      },
    },

    deal_no = {
      speaker = "callum",
      text = "Ha. I mean... it isn't a trade. Let's not make it one.",
      cue = "The laugh is short. He picks the pizza boxes up again.",
      choices = {
        { text = "That came out wrong. I'd do the talk anyway.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 1, empathy = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "You named the misstep and then proved it by offering with nothing attached. "
            .. "Owning a clumsy moment quickly is itself trustworthy." },
        { text = "Understood. Sorry, I'll leave you to it. See you next month.",
          to = "polite_exit", tags = { "respect_time" },
          feedback = "You accepted the correction without sulking, which matters. "
            .. "The last note he heard from you, though, was a bargain." },
      },
    },

    another_name = {
      speaker = "callum",
      text = "Hmm. Ravi runs the hiring loop, but he'll tell you to apply on the site. It's open until "
        .. "the 30th, I think.",
      cue = "He answers readily. This is an easier question for him.",
      learn = { "closes_30th" },
      choices = {
        { text = "Thanks. And if you're still stuck for a speaker, I'm in.",
          when = can_offer_talk,
          to = "consolation", gives = true, learn = { "offered_talk" }, score = { value_first = 2, listening = 1 },
          trust = { callum = 1 }, tags = { "recall_detail", "offer_help" },
          feedback = "He just helped you a little; you answered by offering to help him a lot. "
            .. "That balance is what makes people glad to hear from you again." },
        { text = "Could you introduce me to Ravi, then?",
          to = "second_no", asks = true, score = { empathy = -1 }, trust = { callum = -1 },
          tags = { "premature_ask", "dismiss" },
          feedback = "An introduction is a referral in all but name, so it runs into the same no. "
            .. "Take the information he offered and stop there." },
        { text = "Thanks, that really helps. I'll get my application in before the 30th, then.",
          to = "polite_exit", score = { listening = 1 }, tags = { "gratitude", "paraphrase" },
          feedback = "You took the help he could give and showed you heard the detail. "
            .. "A clean finish, if a quiet one." },
      },
    },

    consolation = {
      speaker = "callum",
      text = "You're a lifesaver, you know that? Look, I can't refer you. But I can tell you over a coffee "
        .. "what Ravi's team actually looks for. That I'm happy to do.",
      cue = "He's grinning now, already thumbing his calendar.",
      trust = { callum = 1 },
      choices = {
        { text = "I'd like that, once your Airflow migration calms down.",
          when = "airflow_migration",
          to = "speaker_yes", score = { listening = 1, empathy = 1 }, trust = { callum = 1 },
          tags = { "recall_detail", "respect_time" },
          feedback = "You accepted his offer and fitted it to the busy month he told you about. "
            .. "Remembering someone's constraints is a quiet form of care." },
        { text = "Great. And could you send my CV to Ravi at the same time?",
          to = "cooled", asks = true, score = { empathy = -1 }, trust = { callum = -1 }, tags = { "dismiss" },
          feedback = "He found a yes he could give and you reached past it for the no. "
            .. "Take what is offered; it is usually the start, not the ceiling." },
        { text = "Thanks. I'll send you a talk title by Friday.",
          to = "speaker_yes", score = { empathy = 1 }, tags = { "gratitude", "follow_through" },
          feedback = "A thank-you and a concrete next step that serves him first. "
            .. "Following through on Friday will matter more than anything you said tonight." },
      },
    },

    -- endings
    speaker_yes = {
      speaker = "callum",
      text = "Deal. And hey, after the 14th, once I've seen you up there, feel free to ask me again.",
      ending = "door_open", grade = "good",
    },
    left_it = {
      speaker = "narrator",
      text = "You never asked about the role tonight. Callum now knows you as the person who rescued his "
        .. "meetup, and you will see him again on the 14th.",
      ending = "door_open", grade = "good",
    },
    soft_yes = {
      speaker = "callum",
      text = "Sure, of course, I'll keep an eye out. Good luck!",
      cue = "He means it kindly. You both know nothing will come of it.",
      ending = "vague_promise", grade = "mixed",
    },
    polite_exit = {
      speaker = "narrator",
      text = "\"See you next month.\" It is perfectly friendly, and it is exactly where you started.",
      ending = "polite_exit", grade = "mixed",
    },
    cooled = {
      speaker = "callum",
      text = "Let's just stick with the coffee for now, yeah?",
      cue = "His grin has gone a little fixed.",
      ending = "polite_exit", grade = "mixed",
    },
    burned = {
      speaker = "ines",
      text = "Callum, can you give me a hand with the chairs? Sorry to steal him.",
      cue = "Callum goes without a backward glance. He looks relieved to be rescued.",
      ending = "bridge_burned", grade = "poor",
    },
    name_drop = {
      speaker = "callum",
      text = "Please don't. I mean that.",
      cue = "He says it quietly and walks off towards Inés.",
      ending = "bridge_burned", grade = "poor",
    },
  },
  debrief = {
    listening = "Callum told you his two problems in his first answer: a missing speaker and a migration. "
      .. "Everything that went well later came from having heard them.",
    empathy = "His no was about a rule, not about you, and he was braced for your reaction. Taking it "
      .. "calmly, without bargaining or collapsing into apology, is what kept him relaxed around you.",
    value_first = "The door stayed open when you gave with no strings, before or after the no. "
      .. "Help offered as payment for a yes stops being help.",
  },
}
