-- rejection.after_the_talk: catching a senior speaker in the two minutes after her talk.
-- Time pressure (timeouts on most of Helena's lines) and the fear of being brushed off.
return {
  format = 1,
  version = 1,
  id = "rejection.after_the_talk",
  title = "After the talk",
  family = "rejection",
  summary = "Helena Vasquez, VP of Engineering at Corvid Health, has just given 'Pager fatigue is a design bug', "
    .. "the talk you came for. A queue is forming, her car leaves at quarter to six, and you have two minutes.",
  difficulty = 3,
  skills = { "listening", "empathy", "value_first" },
  cast = {
    helena = { name = "Helena Vasquez", role = "VP of Engineering, Corvid Health" },
    jonas = { name = "Jonas Albrecht", role = "Conference host" },
    dev = { name = "Dev Malhotra", role = "Start-up founder, ahead of you in the queue" },
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
      choices = {
        { text = "(Go now, before the line forms.)",
          to = "near_front", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "You read the host's five fingers as a deadline and moved while there was still time. "
            .. "With a speaker who has to leave, waiting for a calmer moment usually means no moment." },
        { text = "(Wait for the crowd to thin out. She'll have more time for you then.)",
          to = "slow_start", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "The host was signalling that her time is nearly gone, and waiting misread that signal. "
            .. "The quiet moment you are hoping for is the one where she is already in the car." },
        { text = "(Send her a LinkedIn connection request from your seat instead.)",
          to = "seat_request", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          feedback = "A bare connection request asks her to place a stranger and gives her nothing back. "
            .. "It also lets the fear of a face-to-face 'no' make the decision for you." },
      },
    },

    seat_request = {
      speaker = "narrator",
      text = "The request goes off with no note. On stage, Helena is shaking hands with the first person in "
        .. "the line. Your phone stays quiet, which is no surprise: she is busy.",
      cue = "She laughs at something the person in front of her says. She is still taking questions.",
      choices = {
        { text = "(Put the phone away and join the line after all.)",
          to = "slow_start", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "She is still there and still answering people: you noticed the door is open. "
            .. "A minute in person will do more than a request she cannot connect to a face." },
        { text = "(Leave it there. If she accepts, you can message her properly.)",
          to = "never_spoke", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "She is still taking questions from everyone who walks up, and you read the moment as closed. "
            .. "Accepted requests from strangers rarely turn into conversations." },
      },
    },

    slow_start = {
      speaker = "jonas",
      text = "Right, everyone, Helena's car leaves at quarter to six, so two minutes each, please. "
        .. "Let's keep it moving.",
      cue = "Eight people are ahead of you. Helena has her coat over one arm and her laptop bag zipped.",
      learn = { "car_at_545" },
      choices = {
        { text = "(Join the end of the line and cut your question to one sentence.)",
          to = "back_of_queue", score = { empathy = 1 }, tags = { "respect_time" },
          feedback = "Planning for two minutes, not twenty, fits the deadline Jonas just gave everyone. "
            .. "A one-sentence question is far easier for a tired speaker to say yes to." },
        { text = "(Slip round the side and catch her before the next person starts.)",
          to = "cut_in", score = { empathy = -1, listening = -1 }, trust = { helena = -1, jonas = -1 },
          tags = { "interrupt" },
          feedback = "Jumping the line makes her choose between you and the people who waited, which she will "
            .. "resent. Time pressure is real, but it is hers to manage, not yours to take." },
        { text = "(Give up and get a coffee. It's hopeless.)",
          to = "never_spoke", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "She is still answering everyone who reaches her, so the chance is not gone yet. "
            .. "The fear of a 'no' made the decision before she could." },
      },
    },

    near_front = {
      speaker = "narrator",
      text = "You are second in line. Ahead of you, Dev Malhotra is telling Helena about his observability "
        .. "start-up. Jonas leans in behind her: \"Car at quarter to six, Helena.\"",
      cue = "Helena's smile is polite, but she has stopped nodding along.",
      learn = { "car_at_545" },
      choices = {
        { text = "(Listen to what she's saying to Dev.)",
          to = "overheard", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "The conversation ahead of you is free information about what she cares about today. "
            .. "Listening to it is better preparation than any script." },
        { text = "(Use the wait to rehearse your question in your phone's notes.)",
          to = "greeting", score = { listening = -1 }, tags = { "self_focus" },
          feedback = "Rehearsing while she talks means missing what she is telling everyone she needs. "
            .. "The best opening line is often in the conversation just ahead of yours." },
        { text = "Sorry to jump in, I'll be really quick!",
          to = "cut_in", score = { empathy = -1 }, trust = { helena = -1 }, tags = { "interrupt" },
          feedback = "Even an apologetic interruption takes Dev's turn away and puts her in an awkward spot. "
            .. "Your turn is thirty seconds away." },
      },
    },

    overheard = {
      speaker = "helena",
      text = "That's kind of you, Dev. But honestly, what I'd love is to see how other teams write up "
        .. "their incident reviews. Everyone keeps reinventing the template.",
      cue = "Dev starts opening his laptop for a demo. Helena glances at the clock over the door.",
      learn = { "wants_templates" },
      choices = {
        { text = "(Keep waiting. Dev will wrap up.)",
          to = "greeting", score = { empathy = 1 }, trust = { dev = 1 }, tags = { "respect_time" },
          feedback = "You let Dev finish and stayed ready, which costs nothing and keeps everyone's dignity. "
            .. "You also now know what she wants from other teams." },
        { text = "Dev, sorry, mind if I grab her before her car comes? You're welcome to stay.",
          to = "greeting", score = { listening = 1, empathy = -1 }, trust = { dev = -1 },
          tags = { "notice_cue", "interrupt" },
          feedback = "You read her glance at the clock correctly, but rescuing her at Dev's expense is still an "
            .. "interruption. Noticing a cue earns you the right to be brief, not to take someone else's turn." },
      },
    },

    back_of_queue = {
      speaker = "jonas",
      text = "Last one, I'm afraid. Then Helena really has to run.",
      cue = "He is looking straight at you. Helena is buttoning her coat.",
      choices = {
        { text = "(Nod, and wait your turn.)",
          to = "greeting", score = { empathy = 1 }, trust = { jonas = 1 }, tags = { "respect_time" },
          feedback = "A nod tells Jonas you heard the limit and will keep to it, so nobody has to police you. "
            .. "Being the last, easy conversation of her day is a good place to be." },
        { text = "(Give up your place. She's clearly done for the day.)",
          to = "never_spoke", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Jonas just said she will take one more, and that one is you. Reading a tight deadline as "
            .. "a 'no' is the fear talking, not the situation." },
      },
    },

    cut_in = {
      speaker = "helena",
      text = "Oh. Hi. I'm just finishing with someone here, if you don't mind.",
      cue = "She doesn't turn towards you. Behind her, someone in the line mutters.",
      choices = {
        { text = "Of course. Sorry, I'll wait.",
          to = "greeting", score = { empathy = 1, listening = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "respect_time" },
          feedback = "Backing off fast and cleanly repairs most of the damage; everyone misjudges a queue "
            .. "sometimes. She will remember the recovery more than the stumble." },
        { text = "It's literally one question, it'll take ten seconds.",
          to = "brushed_off", score = { empathy = -2 }, trust = { helena = -1 }, tags = { "dismiss" },
          feedback = "Pressing after a clear 'wait' tells her your ten seconds matter more than her promise to "
            .. "the person in front of her. A polite boundary is still a boundary." },
      },
    },

    greeting = {
      speaker = "helena",
      text = "Hi, thanks for waiting. I've got a couple of minutes before my car, I'm afraid. "
        .. "What's on your mind?",
      cue = "She is smiling, but her bag is already on her shoulder.",
      timeout = 20, on_timeout = "froze",
      discuss = "She has two minutes and a bag on her shoulder. What should your first sentence do for her?",
      choices = {
        { text = "How did you get your team to agree to delete 40 percent of the alerts?",
          when = "deleted_alerts",
          to = "engaged", score = { listening = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "follow_up_question" },
          feedback = "You picked up the most concrete claim in her talk and asked about the hard part behind it. "
            .. "Speakers light up when someone asks about the how, not the what." },
        { text = "Hi! I run on-call for payments at Lumen Bank and our pager situation is honestly a nightmare; "
            .. "last month alone we had over three hundred pages.",
          to = "rambling", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "topic_hijack" },
          feedback = "You spent her scarce minutes on your own story before giving her anything to respond to. "
            .. "Lead with her talk and let your context come in one clause, later." },
        { text = "Would you be open to mentoring me on this? I'd love to learn from you.",
          to = "mentor_no", asks = true, score = { value_first = -1 }, trust = { helena = -1 },
          tags = { "premature_ask", "vague_ask" },
          feedback = "Mentoring is a months-long commitment, asked of a stranger in her first minute. "
            .. "A big, vague ask this early makes 'no' the only safe answer." },
        { text = "Great talk. Really great. Thank you so much.",
          to = "polite_thanks", score = { listening = -1 }, tags = { "gratitude", "generic_reply" },
          feedback = "Kind, and she will appreciate it, but it could be said to any speaker about any talk. "
            .. "One specific detail would have shown you listened and given her something to answer." },
        { text = "Um, sorry, give me a second...",
          to = "froze", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Freezing is normal when the moment finally comes, but her bag on her shoulder says she has "
            .. "no seconds to spare. Decide your first sentence while you wait in line." },
      },
    },

    froze = {
      speaker = "helena",
      text = "Sorry, I can see you're thinking, and I really do have to go in a moment. Was there something "
        .. "specific?",
      cue = "Jonas is holding the side door open and looking at his phone.",
      timeout = 12, on_timeout = "she_left",
      choices = {
        { text = "Just: thank you. The 40 percent idea is going straight to my team.",
          when = "deleted_alerts",
          to = "goodbye", score = { listening = 1, empathy = 1 }, gives = true,
          tags = { "recall_detail", "gratitude" },
          feedback = "You turned a stumble into a specific thank-you she can carry out of the room. "
            .. "Specific gratitude is a gift; it tells her the talk changed something." },
        { text = "Could I email you one question about the alert clean-up?",
          to = "email_yes", asks = true, score = { value_first = 1, empathy = 1 },
          tags = { "specific_ask", "respect_time" },
          feedback = "Small, specific, and easy to say yes to while walking out: the ask fits the time she has. "
            .. "It would land better still after something you gave her." },
        { text = "Yes! Sorry. So, our on-call rotation, well, it's complicated, but basically...",
          to = "she_left", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          feedback = "She asked for something specific and you started a long story with no point yet. "
            .. "Under time pressure, start with the question and add context only if she asks." },
      },
    },

    rambling = {
      speaker = "helena",
      text = "Mm. That sounds rough. I think everybody's pager is a nightmare, honestly.",
      cue = "Her answer is shorter than your question was. She glances over at Jonas.",
      timeout = 15, on_timeout = "jonas_calls",
      choices = {
        { text = "Sorry, that was all about us. What would you try first, in my place?",
          to = "engaged", score = { listening = 1, empathy = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "open_question" },
          feedback = "You caught the short reply and the glance, named your own detour and handed her the floor. "
            .. "Noticing you have lost someone is half of getting them back." },
        { text = "Right? And then the second outage was at three in the morning, so...",
          to = "jonas_calls", score = { listening = -2 }, tags = { "miss_cue", "topic_hijack" },
          feedback = "Her short answer and the glance at Jonas were both signals to stop, and the story kept going. "
            .. "When replies shrink, hand the conversation back." },
      },
    },

    mentor_no = {
      speaker = "helena",
      text = "That's flattering, truly. But I can't take on anyone new this year, I'm sorry.",
      cue = "She says it kindly and steps half a pace back.",
      choices = {
        { text = "Fair, that was a big ask. Can I ask about the talk instead?",
          to = "second_chance", score = { empathy = 1, listening = 1 }, trust = { helena = 1 },
          tags = { "notice_cue", "respect_time" },
          feedback = "You took the 'no' without arguing and shrank the request to something that fits two "
            .. "minutes. Recovering gracefully from a no is the skill this scenario is about." },
        { text = "Even a call once a month? I'd work around your calendar completely.",
          to = "brushed_off", asks = true, score = { empathy = -2 }, trust = { helena = -1 },
          tags = { "dismiss", "vague_ask" },
          feedback = "Negotiating a 'no' she just gave kindly tells her it will not be respected. "
            .. "Pressing turns a warm refusal into a cold one." },
        { text = "Okay. Thanks anyway.",
          to = "goodbye", score = { empathy = 1 }, tags = { "gratitude", "respect_time" },
          feedback = "Gracious, and she will be relieved. You could have kept the door open with one small "
            .. "question about her talk instead of walking away with nothing." },
      },
    },

    second_chance = {
      speaker = "helena",
      text = "Of course. Go on, quickly.",
      cue = "She shifts her bag back onto her shoulder, but she's facing you again.",
      timeout = 12, on_timeout = "jonas_calls",
      choices = {
        { text = "The 40 percent you deleted: how did you get people to let go of them?",
          when = "deleted_alerts",
          to = "engaged", score = { listening = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "follow_up_question" },
          feedback = "A precise question about her strongest claim shows you were listening, not waiting to pitch. "
            .. "It is also easy and fun for her to answer." },
        { text = "I guess my question is, how do I get better at on-call in general? Any advice?",
          to = "goodbye", score = { listening = -1 }, tags = { "generic_reply", "vague_ask" }, asks = true,
          feedback = "A question this broad has no answer that fits in two minutes, so she can only offer a "
            .. "pleasantry. Anchor your question in something she actually said." },
      },
    },

    polite_thanks = {
      speaker = "helena",
      text = "Thank you, that's kind. Enjoy the rest of the conference.",
      cue = "She's already looking past you, towards the door.",
      choices = {
        { text = "You too. Safe travels.",
          to = "goodbye", score = { empathy = 1 }, tags = { "respect_time" },
          feedback = "You read her closing line correctly and let her go without friction. "
            .. "Nothing is lost, but nothing was started either." },
        { text = "Before you go: could I email you one question about the clean-up?",
          to = "email_yes", asks = true, tags = { "specific_ask" }, score = { listening = 1 },
          feedback = "A late, small, concrete ask is still easy to grant on the way out. "
            .. "It would carry more weight after giving her something first." },
        { text = "Wait, actually, sorry, I had a bigger question about our on-call setup.",
          to = "jonas_calls", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          feedback = "She had already said goodbye; restarting with a 'bigger' question ignores that. "
            .. "If you must add something after a goodbye, keep it to one short line." },
      },
    },

    engaged = {
      speaker = "helena",
      text = "Ha. Honestly? Don't ask permission to delete anything. Mute the noisiest alerts for a month and "
        .. "see who notices. Nobody noticed ours, and after that the deleting was easy.",
      cue = "She sets her bag down on the edge of the stage.",
      learn = { "muted_first" },
      trust = { helena = 1 },
      timeout = 18, on_timeout = "jonas_calls",
      choices = {
        { text = "So the silent month made the case for you. Did anyone object afterwards?",
          to = "deeper", score = { listening = 2 }, tags = { "paraphrase", "follow_up_question" },
          feedback = "You put her idea in your own words and then asked about the part that is hardest in real "
            .. "life. That is active listening at full speed." },
        { text = "Our compliance team would never let us mute anything, so that wouldn't work for us.",
          to = "yes_but", score = { empathy = -1 }, tags = { "dismiss" },
          feedback = "Answering her best advice with why it can't work shuts it down before you have explored it. "
            .. "Ask how it could work under your constraint instead." },
        { text = "Interesting. So, would you ever consider mentoring someone?",
          to = "mentor_no_late", asks = true, score = { listening = -1 }, trust = { helena = -1 },
          tags = { "generic_reply", "premature_ask" },
          feedback = "'Interesting' followed by a big ask tells her the answer was only a way in to your request. "
            .. "Stay with her point for one more exchange." },
      },
    },

    yes_but = {
      speaker = "helena",
      text = "Then mute them on your own pagers, not in the system. Nobody has to sign off on you ignoring "
        .. "your own phone for a month.",
      cue = "She says it lightly, but her eyes go to the clock above the door.",
      timeout = 12, on_timeout = "closing_window",
      choices = {
        { text = "Ha. Fair. That we could start next week.",
          to = "closing_window", score = { listening = 1, empathy = 1 }, trust = { helena = 1 },
          tags = { "paraphrase" },
          feedback = "You took her workaround seriously and showed it landed. "
            .. "Accepting a good answer quickly is a way of thanking someone for it." },
        { text = "Hmm, I still think they'd object, though. They object to everything.",
          to = "jonas_calls", score = { empathy = -1, listening = -1 }, tags = { "dismiss", "miss_cue" },
          feedback = "A second 'yes, but' makes her solve your politics against the clock she keeps looking at. "
            .. "Take the idea away and test it; you can report back later." },
      },
    },

    deeper = {
      speaker = "helena",
      text = "One person. The team lead who'd written half of them. So we made him run the review of the "
        .. "month's data himself. Sorry, I'm rambling, and Jonas is going to kill me.",
      cue = "Jonas has appeared at her elbow, holding out her coat.",
      timeout = 15, on_timeout = "closing_window",
      choices = {
        { text = "You wanted other teams' templates. I can send you ours tonight.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "share_resource" },
          feedback = "You remembered what she said she needed and offered it with no strings attached. "
            .. "Giving first, and giving the thing she actually wants, is what makes a stranger memorable." },
        { text = "I'll let you go. Could I email you one question about the silent month?",
          to = "email_yes", asks = true, score = { empathy = 1, listening = 1 },
          tags = { "notice_cue", "specific_ask", "respect_time" },
          feedback = "You saw the coat and ended on a small, concrete request she can grant in a word. "
            .. "Offering her something before asking would make it stronger still." },
        { text = "Not at all! Do you have five more minutes? I've got a few more questions.",
          to = "jonas_calls", asks = true, score = { listening = -1, empathy = -1 },
          tags = { "miss_cue", "vague_ask" },
          feedback = "Jonas holding out her coat is as clear a cue as you will ever get. "
            .. "Asking for more time here puts her in the position of refusing you in public." },
        { text = "What kind of alerts were they, mostly?",
          to = "jonas_calls", score = { listening = 0 }, tags = { "follow_up_question", "miss_cue" },
          feedback = "A good follow-up question at the wrong moment: the coat in Jonas's hand says time is up. "
            .. "Save it for an email she has agreed to." },
      },
    },

    closing_window = {
      speaker = "helena",
      text = "Right, I've genuinely got about thirty seconds.",
      cue = "She picks up her bag. Jonas is already walking to the side door.",
      timeout = 10, on_timeout = "she_left",
      choices = {
        { text = "You wanted review templates. Ours is yours, if it helps.",
          when = "wants_templates",
          to = "template_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { helena = 1 },
          tags = { "recall_detail", "share_resource" },
          feedback = "Thirty seconds was enough to offer the one thing she said she wanted. "
            .. "Value that fits in a sentence is the best use of a closing window." },
        { text = "Could I email you one question?",
          to = "email_yes", asks = true, score = { empathy = 1 }, tags = { "specific_ask", "respect_time" },
          feedback = "Short and easy to grant as she walks: the right size for thirty seconds. "
            .. "Naming which question would make it more memorable." },
        { text = "Thank you, really. Have a good flight.",
          to = "goodbye", score = { empathy = 1 }, tags = { "gratitude", "respect_time" },
          feedback = "A warm, clean exit that respects her time. It leaves no thread to pull on later, though." },
        { text = "Sorry, what percentage did you say you deleted? I want to quote you right.",
          when = "deleted_alerts",
          to = "goodbye", score = { listening = -1 }, tags = { "ask_again" },
          feedback = "She said it on stage, and it was the line the whole room remembered. Spending her last "
            .. "thirty seconds repeating it tells her the talk did not quite land with you." },
      },
    },

    template_offer = {
      speaker = "helena",
      text = "Oh, would you? That would genuinely help. We're rewriting ours next quarter.",
      cue = "She pulls a business card from her coat pocket and hands it over.",
      trust = { helena = 1 },
      choices = {
        { text = "I'll send it tonight. Could I add one question about the silent month?",
          to = "template_end", asks = true, score = { value_first = 1 }, tags = { "specific_ask", "follow_through" },
          feedback = "The ask rides on value you have already promised, it is small, and she can skip it. "
            .. "That is reciprocity done well." },
        { text = "I'll send it tonight. Safe flight.",
          to = "template_end", score = { empathy = 1 }, tags = { "respect_time", "follow_through" },
          feedback = "Pure giving, and she will notice that you asked for nothing. "
            .. "When the template arrives, you can add a question then." },
        { text = "Great. And could you also introduce me to someone on your hiring team?",
          to = "ask_too_far", asks = true, score = { value_first = -2 }, trust = { helena = -1 },
          tags = { "premature_ask" },
          feedback = "Swapping a template for an introduction turns your gift into a trade on the spot. "
            .. "Let the value land before you ask for anything this big." },
      },
    },

    mentor_no_late = {
      speaker = "helena",
      text = "Ah. That's kind, but no, I can't take anyone on this year. And I do have to go.",
      cue = "The warmth of a moment ago has cooled a few degrees. She reaches for her bag.",
      choices = {
        { text = "Understood. Thanks for the muting tip; we'll try it.",
          when = "muted_first",
          to = "goodbye", score = { listening = 1, empathy = 1 }, trust = { helena = 1 },
          tags = { "recall_detail", "gratitude" },
          feedback = "You accepted the 'no' at once and ended on the idea she gave you, which is the best thing "
            .. "she will remember about this minute. A thank-you that names the advice is a small gift." },
        { text = "Could I at least email you now and then with questions?",
          to = "jonas_calls", asks = true, score = { empathy = -1 }, trust = { helena = -1 },
          tags = { "dismiss", "vague_ask" },
          feedback = "Bargaining a 'no' down to an open-ended 'now and then' still asks for an ongoing "
            .. "commitment. A single, specific question is easier to grant." },
      },
    },

    jonas_calls = {
      speaker = "jonas",
      text = "Helena, sorry, the car's downstairs. We really need to go now.",
      cue = "Helena gives you an apologetic half-smile and starts to turn.",
      timeout = 8, on_timeout = "she_left",
      choices = {
        { text = "Go, go! Can I email you?",
          to = "email_yes", asks = true, tags = { "specific_ask", "respect_time" }, score = { empathy = 1 },
          feedback = "You released her at once and asked for the smallest possible next step. "
            .. "It is a good save, though 'email you about what?' is left for her to guess." },
        { text = "Thanks for the talk. Safe flight.",
          to = "goodbye", score = { empathy = 1 }, tags = { "gratitude", "respect_time" },
          feedback = "Graceful under pressure. You leave a good impression but no reason to hear from you again." },
        { text = "Just one more quick thing, I promise.",
          to = "brushed_off", score = { empathy = -2 }, trust = { helena = -1, jonas = -1 },
          tags = { "miss_cue", "interrupt" },
          feedback = "When the host says 'now', one more thing costs her the car and costs you the goodwill you "
            .. "had. Let her go and follow up in writing." },
      },
    },

    -- endings
    email_yes = {
      speaker = "helena",
      text = "Sure. I'm slow on email, but I do answer. Card's in here somewhere... there.",
      ending = "door_open", grade = "good",
    },
    template_end = {
      speaker = "helena",
      text = "Perfect. Send it to the address on the card, and put 'template' in the subject so I find it. "
        .. "Thanks, really.",
      ending = "door_open", grade = "good",
    },
    goodbye = {
      speaker = "narrator",
      text = "She smiles, says it was nice to meet you, and is gone through the side door. It was pleasant. "
        .. "You have no way to continue it that she would recognise.",
      ending = "polite_goodbye", grade = "mixed",
    },
    ask_too_far = {
      speaker = "helena",
      text = "Let's start with the template, shall we? I really must go.",
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
      .. "turned into a 'how' question beats any compliment. And watch the queue: what she tells the person "
      .. "ahead of you is what she needs today.",
    empathy = "Her time was the whole situation: a car, a host, a bag on her shoulder. Fitting your request "
      .. "to two minutes, and taking a 'no' without bargaining, is what made it safe for her to say yes.",
    value_first = "The template she wanted was worth more than any praise. Give the thing someone said they "
      .. "need, then make one small, specific ask she can grant on the way out.",
  },
}
