-- luacheck: no max line length
-- Telling a mentor, four months on, how their advice worked out: partly well,
-- partly not. What it practises: specific thanks, honest reporting of what broke,
-- noticing the mentor's own news and discomfort, giving something back, and not
-- turning a thank-you into a new ask.
-- Facts: nikhil_second_team (cafe), nikhil_talk (second_team), here_is_when (repair).
-- Two premature asks: early_ask (before any thanks) and referral_ask (after).
-- At his_turn he invites an ask (he stops, turns to you and offers): a small,
-- dated ask there is welcome. How the meeting stays with him depends on the
-- trust built before it (WARM).

-- The trust at the end that makes the meeting one he remembers.
local WARM = 6

local function parting(good)
  return function(state)
    if state.trust.nikhil >= WARM then return good end
    return "pleasant"
  end
end

return {
  format = 1,
  version = 3,
  id = "mentor.report_back",
  title = "How it went",
  family = "mentor",
  summary = "Four months ago Nikhil gave you advice that mostly worked and once went badly wrong. You asked for fifteen minutes just to tell him how it went.",
  homework = "Pick one piece of advice someone gave you this year. Send them three lines: what you did with it, one number or result, and the part that did not work.",
  difficulty = 1,
  cast = {
    nikhil = { name = "Nikhil Rao", role = "Engineering manager, Ledgerly; your mentor", portrait = "dark_waves" },
  },
  start = "cafe",
  nodes = {
    cafe = {
      speaker = "narrator",
      cue = "He arrives two minutes late, a little out of breath, holding two coffees.",
      text = "Four months ago Nikhil Rao gave you forty minutes on drowning in ad-hoc data requests: one intake form, one weekly triage, and say 'not this week' out loud. At the end he said he was about to take on a second team, payouts, and wasn't sure he was ready. Today you asked for fifteen minutes, just to tell him how it went.",
      learn = { "nikhil_second_team" },
      choices = {
        { id = "agenda", text = "Hi! So, quick agenda: an update first, and then a couple of questions I've been saving up for you.",
          to = "agenda", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "premature_ask" },
          feedback = "He arrives late and out of breath with two coffees, and the first thing he "
            .. "hears is a to-do list: you promised a thank-you, and now he hears the update as a "
            .. "lead-in to asks. A word for the coffee, then the update as the whole point." },
        { id = "payouts_first", text = "Hi! Last time you were about to take on payouts. How's that going?",
          to = "second_team", when = "nikhil_second_team", score = { listening = 2, empathy = 1 }, trust = { nikhil = 1 },
          tags = { "recall_detail", "open_question", "perspective" },
          reply = "He laughs and puts the coffees down.",
          thought = "They remembered that. Four months on.",
          feedback = "Remembering what he was unsure about four months ago shows the relationship runs both ways. Few questions are more welcome." },
        { id = "coffee_thanks", text = "You brought coffee! Thanks. I know Fridays are packed for you.",
          to = "settle", score = { listening = 1, empathy = 1 }, trust = { nikhil = 1 },
          tags = { "notice_cue", "respect_time" },
          thought = "Nice that someone notices Fridays.",
          feedback = "Thanking him for the small thing and naming his busy day sets a warm, unhurried tone. It tells him you know his time is a gift." },
      },
    },

    settle = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He sits down and leans in.",
      text = "Packed, but this is the good kind of meeting. People almost never come back to tell me how it went.",
      choices = {
        { id = "payouts_settle", text = "First, though: how's payouts? You were about to take it on last time.",
          to = "second_team", when = "nikhil_second_team", score = { listening = 2 }, trust = { nikhil = 1 },
          tags = { "recall_detail", "open_question" },
          reply = "Ha. You remembered that?",
          thought = "They listen when it isn't their turn, too.",
          feedback = "You remembered what he was nervous about last time and asked before talking about yourself. It shows you listen when it isn't your turn, too; he has just said he came to hear how it went, so keep his part short and then tell him." },
        { id = "straight_to_it", text = "Then I'll get straight to it, since I know your time is tight today.",
          to = "update", score = { listening = -1, empathy = 1 },
          tags = { "respect_time" },
          reply = "Go on, then.",
          feedback = "Considerate of his Friday, but he has just said this is the good kind of "
            .. "meeting and leaned in; rushing answers 'packed' and skips the 'but'. A question "
            .. "about him first would have made it a conversation rather than a report." },
      },
    },

    agenda = {
      speaker = "nikhil",
      mood = "surprised",
      cue = "His eyebrows go up slightly, then he smiles.",
      text = "Oh. Right, OK. Update first, then.",
      choices = {
        { id = "scrap_questions", text = "Actually, scrap the questions. Just the update; that's what I promised, and it's what I came for.",
          to = "update", score = { listening = 1, empathy = 1 }, trust = { nikhil = 1 },
          tags = { "notice_cue", "perspective" },
          reply = "Ha. All right.",
          thought = "Caught themselves. Good.",
          feedback = "You saw the eyebrows, heard how the agenda landed and took it back. Keeping your word about what the meeting is for matters more than the questions." },
        { id = "double_down", text = "Yes! And then the questions, if there's time. They're quick, I promise.",
          to = "update", score = { listening = -1, value_first = -1 },
          tags = { "miss_cue", "premature_ask" },
          reply = "Sure.",
          feedback = "The raised eyebrows said the agenda surprised him, and you doubled down. Now the whole update will sound like a warm-up." },
      },
    },

    second_team = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He looks pleased, and a little sheepish.",
      text = "Payouts is fine, mostly because they're better than me. And I've somehow agreed to give a talk in October, on intake for platform teams. Now I need real examples.",
      learn = { "nikhil_talk" },
      choices = {
        { id = "organisers_intro", text = "Oh, a talk! Could you put me in touch with the organisers? I'd love to speak there too.",
          to = "early_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { nikhil = -1 },
          tags = { "topic_hijack", "premature_ask", "self_focus" },
          thought = "My news became their opening.",
          feedback = "His good news became a door for your own request before you had said thank you. Celebrate first; ask another day, if at all." },
        { id = "congrats_where", text = "A conference talk! Congratulations. Where is it, and what made you say yes?",
          to = "talk_detail", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { nikhil = 1 },
          tags = { "celebrate", "follow_up_question" },
          thought = "It is a big deal. Nice that it shows.",
          feedback = "Celebrating his news before sharing yours keeps the spotlight on him for a moment. The follow-up shows it isn't a formality." },
        { id = "here_is_my_update", text = "Nice, sounds good. OK, so, here's my update on how it all went.",
          to = "update", score = { listening = -1, empathy = -1 },
          tags = { "generic_reply", "miss_cue" },
          reply = "Oh. Sure.",
          feedback = "He shared news he is clearly pleased and a little sheepish about, and 'nice, "
            .. "sounds good' moved straight on. One question about his talk would have shown you "
            .. "heard it and shared his pleasure." },
      },
    },

    talk_detail = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He taps the table, a little nervous.",
      text = "LeadDev, in Berlin. I have a title and no examples, which is why I'm dying to hear yours. Go on.",
      choices = {
        { id = "when_again", text = "Wow, Berlin. Sorry, when did you say the talk was again?",
          to = "october", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "He told you October a moment ago. Asking again shows the detail went past you; listen for the when and the where the first time." },
        { id = "mine_can_be_one", text = "Then maybe mine can be one of them, bad parts and all, if that's useful.",
          to = "update", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { nikhil = 1 },
          tags = { "offer_help", "perspective" },
          reply = "Bad parts are the best parts. Go on.",
          thought = "Material for the talk. Yes.",
          feedback = "He is nervous about a title with no examples, and you framed your story as "
            .. "material for his talk: your update now serves his goal. Promising the bad parts "
            .. "makes it more useful, not less." },
      },
    },

    october = {
      speaker = "nikhil",
      mood = "thinking",
      cue = "A small, amused pause.",
      text = "October. I did say. Anyway, I want to hear yours.",
      choices = {
        { id = "sorry_october", text = "Sorry, yes, October. OK: it went mostly well, and partly badly.",
          to = "update",
          reply = "Go on.",
          feedback = "Owning the slip lightly and moving on is the right size of repair. Now make the update specific." },
      },
    },

    update = {
      speaker = "nikhil",
      mood = "neutral",
      cue = "He wraps both hands round his cup, waiting.",
      text = "So. How did it go?",
      choices = {
        { id = "gush", text = "Honestly? It went brilliantly. Thank you so much, you were completely right about everything, and I really can't thank you enough.",
          to = "gushing", score = { listening = -1 },
          tags = { "generic_reply" },
          feedback = "Warm, but with no detail he cannot tell what worked, and 'right about everything' isn't quite true. Specific thanks beat big thanks." },
        { id = "numbers", text = "The intake worked. Ad-hoc requests went from about twenty-five a week to eight, and the churn model shipped in June.",
          to = "good_part", gives = true, score = { value_first = 1 },
          tags = { "gratitude", "follow_through" },
          reply = "Twenty-five to eight?",
          feedback = "Concrete numbers show him exactly what his advice did, which is the best thanks a mentor gets. Telling him is a gift in its own right." },
        { id = "complaint_first", text = "Mixed, to be honest. Graham, our head of sales, ignored the whole thing, and my manager let him.",
          to = "bad_part",
          tags = {  },
          reply = "Ah.",
          feedback = "An honest answer to his question. Leading with the grievance means he hears "
            .. "your frustration before he hears what worked; starting with what his advice made "
            .. "possible gives him the whole picture." },
      },
    },

    gushing = {
      speaker = "nikhil",
      mood = "thinking",
      cue = "He smiles, a little puzzled.",
      text = "Ha, thank you. But what actually happened? I want details.",
      choices = {
        { id = "calmer", text = "Oh, you know, just everything got so much better, really. The whole team's a lot calmer.",
          to = "thin_update", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Glad to hear it.",
          feedback = "He asked for details and you gave him a mood. Without specifics, your thanks cannot tell him what his advice did." },
        { id = "gushing_numbers", text = "Requests went from twenty-five a week to eight, the churn model shipped in June, and Mondays stopped being a fire drill.",
          to = "good_part", gives = true, score = { listening = 1, value_first = 1 },
          tags = { "follow_through", "gratitude" },
          reply = "Twenty-five to eight?",
          feedback = "Now he has something real: numbers he can picture. Specific results are the thanks that stays with a mentor." },
      },
    },

    good_part = {
      speaker = "nikhil",
      mood = "surprised",
      cue = "He grins and pulls a pen out of his bag.",
      text = "That's better than my own team managed. So what was the catch? There's always a catch.",
      choices = {
        { id = "my_credit", text = "Well, to be fair, a lot of that was me: I ran triage every single Monday, wrote the form, and chased everyone for months.",
          to = "too_rosy", score = { listening = -1, empathy = -1 },
          tags = { "self_focus" },
          reply = "Sure, I believe it.",
          feedback = "You did the work, but answering his question with your own credit sidesteps it. He asked what went wrong; tell him." },
        { id = "graham", text = "Graham, our head of sales. He never used the form once.",
          to = "bad_part", trust = { nikhil = 1 },
          tags = { "follow_through" },
          reply = "Ah.",
          thought = "Good. The honest version.",
          feedback = "He asked for the catch and you gave it straight. The part that broke is the most useful thing you can bring him." },
        { id = "no_catch", text = "No catch, honestly. It was all pretty smooth.",
          to = "too_rosy", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Really?",
          feedback = "He asked for the catch and you hid it, so he learns nothing about where his advice breaks. Honest reports are worth more than neat ones." },
      },
    },

    too_rosy = {
      speaker = "nikhil",
      mood = "thinking",
      cue = "He raises an eyebrow, smiling.",
      text = "Come on. Nothing survives a sales team intact. What broke?",
      choices = {
        { id = "odd_hiccup", text = "Honestly, nothing major. Just the odd little hiccup here and there, nothing worth going into.",
          to = "thin_update", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "OK. Well, glad it helped.",
          feedback = "He asked twice, and holding back the failure keeps the story neat and useless to him. Mentors learn most from what broke." },
        { id = "fine_graham", text = "Fine, you got me. Graham, our head of sales. He went round the form, twice, straight to my manager.",
          to = "bad_part",
          tags = { "follow_through" },
          reply = "There it is.",
          feedback = "Better late than never: the honest version is what he can learn from. Next time lead with it." },
      },
    },

    bad_part = {
      speaker = "nikhil",
      mood = "thinking",
      cue = "He winces.",
      text = "There's always a Graham. What happened?",
      choices = {
        { id = "what_happened", text = "He went to my manager twice, and I caved. Then one Friday I said 'not this week' to him in front of his team. It landed badly.",
          to = "the_slip", trust = { nikhil = 1 },
          tags = { "follow_through" },
          reply = "Oof.",
          thought = "Including the bit they're not proud of. Good.",
          feedback = "A plain account, including the part you are not proud of. That honesty is what makes a report-back worth his time." },
        { id = "impossible", text = "Honestly? He's just impossible. Every head of sales I've worked with is the same: process is for other people, and nobody tells them no.",
          to = "vent", score = { listening = -1 },
          tags = { "topic_hijack" },
          feedback = "He asked what happened and got a verdict on heads of sales instead: it tells "
            .. "Nikhil how you feel but not what happened. Give him the events, including your "
            .. "part." },
      },
    },

    vent = {
      speaker = "nikhil",
      mood = "neutral",
      cue = "He tilts his head, gently.",
      text = "Maybe. But what did you actually do?",
      choices = {
        { id = "i_caved", text = "I caved, twice, when he went to my manager. Then I said 'not this week' to him in front of his team, and it landed badly.",
          to = "the_slip",
          tags = { "follow_through" },
          reply = "Oof.",
          feedback = "He steered you back to the facts and you followed. Owning your part is what makes the story useful." },
        { id = "how_sales_works", text = "Not much I could do, really. That's just how sales works, isn't it? They always get their way.",
          to = "thin_update", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Hm. Maybe.",
          feedback = "He asked what you actually did, and 'that's just how sales works' answers "
            .. "something else and closes the subject, leaving him nothing to learn from. Say what "
            .. "you did and what you would change." },
      },
    },

    the_slip = {
      speaker = "nikhil",
      mood = "guarded",
      cue = "He turns his cup slowly. He looks uncomfortable.",
      text = "In front of his team. That's on me, I think. I made 'not this week' sound far easier than it is.",
      discuss = "He is blaming himself. What would you say, and what would it do to him?",
      choices = {
        { id = "blaming_yourself", text = "You sound like you're blaming yourself. Don't. It's how I learned 'no, but here's when'.",
          to = "repair", score = { listening = 1, empathy = 1 },
          tags = { "name_emotion" },
          reply = "Here's when?",
          feedback = "Naming his discomfort is kind, and it stops him carrying it. Owning your part of the Friday, plainly, would have made it useful too." },
        { id = "skipped_here_is_when", text = "I don't think so. I said no and skipped the 'here's when'. On Monday I apologised and offered him Tuesday.",
          to = "repair", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { nikhil = 1 },
          tags = { "perspective", "follow_through" },
          reply = "Offered him Tuesday.",
          thought = "They took their share, and found the fix themselves.",
          feedback = "You took your share without making him carry it, and told him how you fixed it. Honest, kind and useful to him." },
        { id = "warning_would_help", text = "Yeah, honestly, a bit of a warning about people like Graham would have helped a lot. I was completely blindsided that Friday.",
          to = "stung", score = { listening = -1, empathy = -2 }, trust = { nikhil = -1 },
          tags = { "self_focus" },
          thought = "Fair enough. Ouch, though.",
          feedback = "He looked uncomfortable and offered to own it, and you turned to how "
            .. "blindsided you were and handed him the blame. Advice is given in good faith; how "
            .. "you used it was yours." },
      },
    },

    stung = {
      speaker = "nikhil",
      mood = "sad",
      cue = "He nods slowly and sits back.",
      text = "Fair. I should have. Sorry.",
      trust = { nikhil = -1 },
      choices = {
        { id = "not_fair_of_me", text = "No, that wasn't fair of me. The advice was good; the delivery was mine. I fixed it with 'no, but here's when'.",
          to = "repair", score = { listening = 1, empathy = 1 }, trust = { nikhil = 1 },
          tags = { "perspective" },
          reply = "Here's when?",
          thought = "Taken back, and quickly. OK.",
          feedback = "You answered his apology by taking it back quickly and plainly, which repairs "
            .. "most of the damage. Saying what you learned makes the story useful to him again." },
        { id = "its_fine", text = "It's fine, really, don't worry about it at all. Anyway, it all worked out in the end, more or less, so no harm done.",
          to = "cooled", score = { empathy = -1 },
          tags = { "dismiss" },
          feedback = "Moving on without taking back the blame leaves him holding it. One sentence of repair would have saved the mood." },
      },
    },

    repair = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He's writing on a paper napkin.",
      text = "'No, but here's when.' That's better than what I told you. Can I steal it?",
      learn = { "here_is_when" },
      choices = {
        { id = "its_yours", text = "Of course! It's yours.",
          to = "his_turn", gives = true, score = { value_first = 1 },
          tags = { "share_resource" },
          reply = "Thank you.",
          feedback = "Generous and easy. Had you remembered why he needs examples, you could have offered more." },
        { id = "for_october", text = "For October? Take it. And our before-and-after numbers, if they'd help the talk.",
          to = "gift", when = "nikhil_talk", gives = true, score = { listening = 1, value_first = 2 }, trust = { nikhil = 1 },
          tags = { "recall_detail", "share_resource" },
          thought = "They remembered the talk. And the numbers would save it.",
          feedback = "You connected your story to the talk he is nervous about and offered something he can use. Help that fits his goal is worth more than general thanks." },
        { id = "refer_me", text = "Sure. And actually, while we're here: Ledgerly is hiring analysts. Could you refer me?",
          to = "referral_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { nikhil = -1 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "Ah. So that's what today was.",
          feedback = "He asked to borrow your phrase, and you switched to a referral the moment he "
            .. "asked something of you. It turns the meeting into a trade; save it for another "
            .. "conversation." },
      },
    },

    gift = {
      speaker = "nikhil",
      mood = "surprised",
      cue = "He puts the pen down and looks at you.",
      text = "You'd share the numbers? That would save my talk. Genuinely, thank you.",
      trust = { nikhil = 1 },
      choices = {
        { id = "send_monday", text = "I'll send them Monday, with the form.",
          to = "his_turn", score = { listening = 1, value_first = 1 }, trust = { nikhil = 1 },
          tags = { "follow_through" },
          reply = "Perfect.",
          thought = "A day and a deliverable. They mean it.",
          feedback = "You answered his 'that would save my talk' with a day and a deliverable, "
            .. "turning an offer into a promise he can count on. Now keep it." },
        { id = "dig_them_out", text = "Sure, if I can find them. I'll have a dig at some point over the next few weeks.",
          to = "his_turn", score = { listening = -1, value_first = -1 },
          reply = "Whenever suits.",
          feedback = "He has just said the numbers would save his talk, and 'at some point' turns "
            .. "the gift into a maybe he has to plan around. Name a day." },
      },
    },

    his_turn = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He glances at his watch, then decides not to care, and turns to face you.",
      text = "Right. Your turn. What's next for you? And is there anything I can do? You came all this way.",
      discuss = "He has stopped, turned to you and offered. Is this the moment to ask for something, and if so, what?",
      choices = {
        { id = "small_dated_ask", text = "One small thing, since you offered: in a month, could I send you my next intake plan for a two-line reaction?",
          to = parting("small_ask"), can_go = { "small_ask", "pleasant" }, asks = true, score = { listening = 1, empathy = 1, value_first = 1 }, trust = { nikhil = 1 },
          tags = { "specific_ask" },
          reply = "Easy.",
          thought = "Small, clear and easy to say yes to.",
          feedback = "He offered, and turned to face you; you answered with something small, dated "
            .. "and quick for him to do. A well-sized ask after giving is welcome, not greedy." },
        { id = "just_thanks", text = "Nothing today, honestly. This really was just to say thank you.",
          to = parting("warm_thanks"), can_go = { "warm_thanks", "pleasant" }, score = { listening = 1, empathy = 1 }, trust = { nikhil = 1 },
          tags = { "respect_time" },
          reply = "Then thank you for that.",
          thought = "A thank-you that was only a thank-you.",
          feedback = "Turning down an open offer keeps the meeting what you said it would be. Not asking is never a mistake; he will say yes more easily next time." },
        { id = "keep_an_eye_out", text = "Just keep an eye out for anything that might suit me?",
          to = "pleasant", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          reply = "Sure, of course.",
          feedback = "He offered real help and got a vague one back: 'anything that might suit me' gives him nothing to act on. Name one small thing, or nothing." },
        { id = "three_asks", text = "Actually, yes. Could you refer me for the analyst role at Ledgerly? And maybe look over my CV, and introduce me to your director?",
          to = "transaction", asks = true, score = { empathy = -1, value_first = -2 }, trust = { nikhil = -1 },
          tags = { "premature_ask" },
          reply = "That's... quite a list.",
          thought = "I offered a hand and got a bill.",
          feedback = "It answers his question, but he offered a hand and got three large asks in one "
            .. "breath at the end of a thank-you: his offer becomes a bill. If you need something, "
            .. "pick the smallest piece and ask another day." },
      },
    },

    early_ask = {
      speaker = "nikhil",
      mood = "guarded",
      cue = "His smile stays, but it cools a little.",
      text = "Oh. Er, I barely know them myself. I can ask, I suppose.",
      choices = {
        { id = "mention_me", text = "Great, thanks so much! And if you could maybe mention me to them before your talk, that would be absolutely amazing.",
          to = "transaction", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { nikhil = -1 },
          tags = { "premature_ask", "miss_cue" },
          reply = "I'll see what I can do.",
          thought = "This was meant to be a thank-you.",
          feedback = "He hesitated and you asked for more, before saying a word of thanks. A meeting you called to say thank you has become a list of favours." },
        { id = "forget_organisers", text = "Actually, forget I asked. Wrong moment. Today's about saying thanks, so: here's how it went.",
          to = "update", score = { listening = 1, empathy = 1 },
          tags = { "perspective", "notice_cue" },
          reply = "Ha. OK. Go on.",
          feedback = "You saw the smile cool and took the ask back yourself. Now let the update be what the meeting is for." },
      },
    },

    referral_ask = {
      speaker = "nikhil",
      mood = "guarded",
      cue = "His smile stays, but he puts the pen down.",
      text = "Oh. Er, sure. I can look into it. Send me a link.",
      choices = {
        { id = "and_director", text = "Great, thanks! I'll send it tonight. And maybe a quick intro to your director too, while I think of it?",
          to = "transaction", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { nikhil = -1 },
          tags = { "premature_ask", "miss_cue" },
          reply = "Let's... start with the link.",
          thought = "The pen's down. So is the mood.",
          feedback = "He put the pen down and you asked for more. Two asks in a thank-you meeting leave him feeling used, however politely you put them." },
        { id = "withdraw_referral", text = "Actually, forget I asked. Wrong moment. Today was meant to be a thank-you.",
          to = "his_turn", score = { listening = 1, empathy = 1 },
          tags = { "perspective", "notice_cue" },
          reply = "OK. Thanks for saying so.",
          feedback = "Withdrawing the ask yourself shows you noticed the change in him. It costs a little pride and saves the meeting." },
      },
    },

    warm_thanks = {
      speaker = "narrator",
      text = "He walks you out, the napkin folded in his shirt pocket. That evening, a message: \"Best fifteen minutes of my week. Keep me posted, and say hi to Graham.\"",
      ending = "warm_thanks",
      grade = "good",
    },

    small_ask = {
      speaker = "nikhil",
      mood = "warm",
      cue = "He writes a reminder on the napkin, under 'here's when'.",
      text = "Send it in a month and I'll read it on the train. Thanks for coming back. Almost nobody does.",
      ending = "small_ask",
      grade = "good",
    },

    pleasant = {
      speaker = "narrator",
      text = "He walks you out and says it was good to catch up, and means it. It was a pleasant fifteen minutes. Whether it was more than that for him, you can't tell.",
      ending = "pleasant",
      grade = "mixed",
    },

    transaction = {
      speaker = "narrator",
      text = "He says he'll see what he can do. Your message that night gets a polite reply three days later. The next time you ask for fifteen minutes, his calendar is full for a month.",
      ending = "transaction",
      grade = "poor",
    },

    thin_update = {
      speaker = "narrator",
      text = "He says 'glad it helped' and means it, but he leaves with nothing he can use. He doesn't ask about it again.",
      ending = "thin_update",
      grade = "mixed",
    },

    cooled = {
      speaker = "narrator",
      text = function(state)
        local t = "You part on friendly enough terms."
        if state.facts.nikhil_talk then
          t = t .. " He doesn't mention the talk again,"
        else
          t = t .. " He doesn't mention Graham again,"
        end
        return t .. " and you don't hear from him until you write first, two months later."
      end,
      ending = "cooled",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Four months ago Nikhil told you he was taking on a second team and was not sure he was ready. Asking about that, and listening for what he needs now, is what made a report-back useful to him and not only to you.",
    empathy = "When advice goes wrong in your hands, the generous move is to take your share honestly: not to hand the blame back, and not to wave it away.",
    value_first = "A report-back is a gift: specific results, the honest failure, and something he can use. Keep asks out of it unless he invites one, and then make it small.",
  },
}
