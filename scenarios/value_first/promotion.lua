-- value_first.promotion: congratulate a former colleague on her promotion with no
-- agenda. The pull is to tack on an ask (you need a panel speaker); the practice
-- is to celebrate her milestone and recall what she actually worked on.
return {
  format = 1,
  version = 1,
  id = "value_first.promotion",
  title = "The promotion",
  family = "value_first",
  summary = "Rosa, a former colleague, has just been promoted. Send a message that celebrates her, "
    .. "remembers her work, and resists the urge to ask for something.",
  difficulty = 1,
  cast = {
    rosa = {
      name = "Rosa Delgado",
      role = "Head of Customer Success at Larkspur, newly promoted",
    },
  },
  start = "notice",
  nodes = {
    notice = {
      speaker = "narrator",
      cue = "Under her post: 140 reactions, and a column of comments that all say 'Congrats!'",
      text = "Wednesday evening. A notification: Rosa Delgado, who sat two desks from you at your last job, "
        .. "has been promoted to Head of Customer Success at Larkspur. In March, over tacos at a meetup, she "
        .. "spent twenty minutes telling you about the onboarding pilot she was fighting for: twelve customers, "
        .. "a named guide for each, and their first report live in one week instead of six. "
        .. "And the panel at the meetup you run, next month, still has an empty chair.",
      learn = { "onboarding_pilot" },
      choices = {
        { text = "(Write her a direct message.)",
          to = "compose", score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "A personal message stands out from a hundred public reactions. "
            .. "It is the difference between being seen and being counted." },
        { text = "(Click 'Celebrate' on her post and get back to your evening.)",
          to = "just_clicked",
          tags = { "generic_reply" },
          feedback = "A reaction is better than nothing, but it is one of 140. "
            .. "It costs you a second and tells her about as much." },
        { text = "(Save it for the weekend, when you'll have time to write something properly.)",
          to = "weekend",
          tags = { "respect_time" },
          feedback = "Wanting to do it properly is good, but busy weeks have a way of eating 'later'. "
            .. "A short, specific message tonight beats a perfect one that never gets sent." },
      },
    },

    just_clicked = {
      speaker = "narrator",
      text = "Your reaction joins the pile. Ten minutes later, you are still thinking about that onboarding pilot.",
      choices = {
        { text = "(Open a message after all.)",
          to = "compose", score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "Good instinct. The detail you remember is exactly what a reaction button cannot say." },
        { text = "(Leave it. She has more than enough notifications this week.)",
          to = "just_a_click",
          tags = { "generic_reply" },
          feedback = "It feels considerate, but a specific note is never one notification too many. "
            .. "You let the moment pass without saying what you actually remembered." },
      },
    },

    weekend = {
      speaker = "narrator",
      text = "Saturday morning. Her post has scrolled out of your feed. A message now would be three days late.",
      choices = {
        { text = "(Write it anyway.)",
          to = "compose", score = { value_first = 1 },
          tags = { "celebrate", "follow_through" },
          feedback = "Congratulations do not expire in three days. "
            .. "Late and personal beats never, and you kept the promise you made yourself." },
        { text = "(Leave it. The moment has passed, and it would look odd now.)",
          to = "never_sent",
          tags = { "miss_cue" },
          feedback = "'Too late' is the story that lets contacts drift into strangers. "
            .. "A milestone is worth a message days or even weeks afterwards." },
      },
    },

    compose = {
      speaker = "narrator",
      text = "A blank message to Rosa. What do you open with?",
      discuss = "You need a panel speaker, and she would be perfect. What does it cost to mention it now?",
      choices = {
        { text = "Head of Customer Success! Congratulations, Rosa. I'm guessing the onboarding pilot had something "
            .. "to do with it.",
          to = "reply_warm", when = "onboarding_pilot",
          score = { listening = 2, value_first = 1 }, trust = { rosa = 1 },
          tags = { "celebrate", "recall_detail" },
          feedback = "You celebrated the milestone and tied it to the work she cared about. "
            .. "Remembering the pilot says you listened months ago, which no 'Congrats!' can." },
        { text = "Congratulations on the new role, Rosa! So well deserved, and I really hope you're taking a "
            .. "moment to celebrate it properly this week.",
          to = "reply_polite", score = { value_first = 1 },
          tags = { "celebrate", "generic_reply" },
          feedback = "Warm and sincere, but it could be sent to anyone about any promotion. "
            .. "One detail from her work would make it unmistakably yours." },
        { text = "Congrats on the promotion! Quick one while I have you: "
            .. "would you speak on a panel I'm hosting next month?",
          to = "ask_first", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask" },
          feedback = "The congratulations shrink to a greeting before the request. "
            .. "On her milestone, an ask makes the message about your needs." },
        { text = "Congrats!! We should catch up, it's been ages. I'd love to pick your brain about how you got there.",
          to = "vague_first", asks = true, score = { value_first = -1 },
          tags = { "vague_ask", "self_focus" },
          feedback = "'Pick your brain' is an ask for her time, with no shape to it, in her busiest week. "
            .. "Today, give her the message; the catch-up can come later." },
      },
    },

    reply_warm = {
      speaker = "rosa",
      cue = "Her reply arrives within four minutes, with three exclamation marks.",
      text = "You remembered the pilot!!! It nearly got cancelled twice. But all twelve customers renewed, "
        .. "and that's what got the new team funded.",
      learn = { "all_renewed" },
      trust = { rosa = 1 },
      choices = {
        { text = "Nearly cancelled twice? What kept it alive?",
          to = "why_alive", score = { listening = 2 },
          tags = { "follow_up_question" },
          feedback = "You picked the most interesting thing she said and asked her to tell the story. "
            .. "Follow-up questions are how people feel heard." },
        { text = "All twelve renewed. That's the kind of number that ends an argument, isn't it?",
          to = "why_alive", score = { listening = 1, empathy = 1 },
          tags = { "paraphrase", "celebrate" },
          feedback = "You reflected her win back in her own numbers and celebrated the result with her. "
            .. "Either this or a question about the near-cancellations keeps her talking." },
        { text = "Amazing! Speaking of big things, I'm hosting a panel next month, and you'd be perfect on it.",
          to = "tacked_on", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          feedback = "She had just opened up about a near miss, and you pivoted to your event. "
            .. "The congratulations now read as the warm-up for a request." },
      },
    },

    reply_polite = {
      speaker = "rosa",
      cue = "A quick, friendly reply. She has probably sent the same one forty times today.",
      text = "Thank you so much! It's been quite a week.",
      choices = {
        { text = "Last time we talked you were fighting for that onboarding pilot. Did it play a part?",
          to = "reply_warm", when = "onboarding_pilot", score = { listening = 2 }, trust = { rosa = 1 },
          tags = { "recall_detail", "follow_up_question" },
          feedback = "You brought back a detail from months ago and asked about it. "
            .. "That is the moment a polite exchange turns into a real one." },
        { text = "Quite a week in a good way, or quite a week in a help-me way?",
          to = "feelings", score = { listening = 1, empathy = 1 },
          tags = { "open_question", "name_emotion" },
          feedback = "You took her phrase seriously and gave her room to say how it really feels. "
            .. "A light question about feelings invites more than 'how are you?'" },
        { text = "I bet! Enjoy every minute of it, you deserve it. Talk soon!",
          to = "one_of_many",
          tags = { "generic_reply" },
          feedback = "Friendly, but the exchange ends where a hundred others did. "
            .. "One specific detail would have made yours the message she remembers." },
        { text = "Since it's quite a week anyway, one more for the pile: would you speak on my panel next month?",
          to = "tacked_on", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask" },
          feedback = "You heard that she is stretched and added to the load. "
            .. "A joke does not make an ask lighter; the timing does." },
      },
    },

    ask_first = {
      speaker = "rosa",
      cue = "Her reply takes most of a day.",
      text = "Thank you! And oh, a panel. I'm so sorry, the next month is going to be all about my new team, "
        .. "so I'll have to pass.",
      trust = { rosa = -1 },
      choices = {
        { text = "Bad timing on my part, sorry. The congrats were the point. Did the onboarding pilot help?",
          to = "reply_warm", when = "onboarding_pilot", score = { listening = 1, empathy = 1 }, trust = { rosa = 1 },
          tags = { "recall_detail", "respect_time" },
          feedback = "You let the ask go and brought the message back to her and her work. "
            .. "Recovering like this shows the congratulations were real." },
        { text = "No problem at all! Could you maybe suggest someone from your team "
            .. "who might be up for doing it instead?",
          to = "transaction", asks = true, score = { empathy = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss" },
          feedback = "A second ask straight after a no turns her into a directory. "
            .. "Now the congratulations look like the envelope the request came in." },
        { text = "Totally understand. Congrats again!",
          to = "agenda_showed",
          tags = { "respect_time" },
          feedback = "Taking the no gracefully helps, but the message she remembers is still the one with "
            .. "the panel in it. Saying something about her work would have rebalanced it." },
      },
    },

    vague_first = {
      speaker = "rosa",
      cue = "A friendly reply, with no date in it.",
      text = "Thanks!! Ha, sure, sometime. My brain is mostly spreadsheets this week.",
      choices = {
        { text = "Ha, fair. Mostly I wanted to say well done. That onboarding pilot clearly paid off.",
          to = "reply_warm", when = "onboarding_pilot",
          score = { listening = 1, value_first = 1 }, trust = { rosa = 1 },
          tags = { "recall_detail", "celebrate" },
          feedback = "You dropped the catch-up and made the message about her achievement. "
            .. "Recalling the pilot is what makes the congratulations land." },
        { text = "Great! How's Thursday for a coffee? I can come to your office, whatever's easiest for you.",
          to = "pushed_for_time", asks = true, score = { empathy = -1 }, trust = { rosa = -1 },
          tags = { "dismiss", "premature_ask" },
          feedback = "She told you she is swamped, and you asked for a slot in her week. "
            .. "From a busy person, 'sometime' is not a yes to this Thursday." },
        { text = "Understood! Go enjoy it.",
          to = "one_of_many",
          tags = { "respect_time" },
          feedback = "You respected her week, which helps. "
            .. "But the message ends as a vague catch-up request rather than a celebration of her." },
      },
    },

    why_alive = {
      speaker = "rosa",
      cue = "The typing dots run for a long time before this one arrives.",
      text = "Honestly? Hana, on my team. She ran every week-one admin training herself, even the 7 a.m. ones "
        .. "for the Singapore customers. I'm going to try to get her promoted next.",
      learn = { "hana_training" },
      choices = {
        { text = "Hana ran every one herself? Does she know you credit her like that?",
          to = "hana_node", score = { listening = 1, empathy = 1 },
          tags = { "follow_up_question", "paraphrase" },
          feedback = "You followed her to the person she is proud of. "
            .. "Asking about Hana shows you heard what she values, not just the job title." },
        { text = "Ha, I know that feeling. I spent three months fighting for our CRM migration last year and "
            .. "it nearly broke me.",
          to = "hijacked", score = { listening = -1, empathy = -1 },
          tags = { "topic_hijack", "self_focus" },
          feedback = "Matching her story with yours feels like bonding, but it takes the spotlight on her big week. "
            .. "Stay with her story a little longer." },
        { text = "That's great.",
          to = "your_turn", score = { listening = -1 },
          tags = { "generic_reply" },
          feedback = "She just told you something she cares about, and two words could follow anything. "
            .. "A question about Hana would have kept the thread alive." },
      },
    },

    hana_node = {
      speaker = "rosa",
      cue = "A pause, then a thumbs-up on your message.",
      -- If she already told you about managing former peers, she does not announce it again.
      text = function(state)
        local t = "Hana deserves the credit more than I do. I'm putting it in the team note tomorrow. "
        if (state.visits.feelings or 0) > 0 then
          return t .. "And yes, the peers thing is still the strangest part of all this."
        end
        return t .. "Honestly, the promotion part is weirder than I expected. Half my new team were my peers on Friday."
      end,
      learn = { "managing_peers" },
      trust = { rosa = 1 },
      choices = {
        { text = "Peer on Friday, manager on Monday. That's a strange jump. How is it sitting with you?",
          to = "peer_worry", score = { listening = 1, empathy = 1 },
          tags = { "name_emotion", "paraphrase" },
          feedback = "You named the awkwardness without making it dramatic and let her say more. "
            .. "That is empathy on a milestone day: it is not all champagne." },
        { text = "You'll be brilliant at it. Don't overthink it!",
          to = "your_turn", score = { empathy = -1 },
          tags = { "dismiss", "generic_reply" },
          feedback = "Reassurance closes the subject she just opened. "
            .. "She did not ask to be told not to worry; she told you something real." },
        { text = "You should turn that into a talk! Actually, my panel next month needs a speaker, "
            .. "if you'd be up for it?",
          to = "tacked_on", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          feedback = "She shared a worry and you turned it into a booking. "
            .. "The ask lands exactly when she is most exposed." },
      },
    },

    hijacked = {
      speaker = "rosa",
      cue = "Her next message takes a while, and it is shorter.",
      text = "Ha, migrations are brutal.",
      choices = {
        { text = "Sorry, I hijacked that. You were telling me about Hana and those 7 a.m. trainings.",
          to = "hana_node", when = "hana_training", score = { listening = 1, empathy = 1 },
          tags = { "recall_detail", "notice_cue" },
          feedback = "You noticed her shorter reply, owned the detour and came back with her exact detail. "
            .. "That is a complete repair." },
        { text = "Totally. Anyway, are you doing anything to celebrate the new role this week?",
          to = "celebrate_plan",
          tags = { "celebrate" },
          feedback = "Back to her milestone, which helps, but Hana's story is left hanging. "
            .. "Naming the detour and returning to it would have shown more care." },
        { text = "Brutal is the word. Anyway, congrats again!",
          to = "one_of_many", score = { listening = -1 },
          tags = { "generic_reply" },
          feedback = "The exchange ends on your migration rather than her promotion. "
            .. "Her shorter reply was a cue to hand the conversation back." },
      },
    },

    feelings = {
      speaker = "rosa",
      cue = "The typing dots start and stop twice before this arrives.",
      text = "Both, honestly! Mostly good. The strange bit is that half my new team were my peers on Friday.",
      learn = { "managing_peers" },
      choices = {
        { text = "Peer on Friday, manager on Monday. That's a strange jump.",
          to = "peer_worry", score = { listening = 1, empathy = 1 },
          tags = { "paraphrase", "name_emotion" },
          feedback = "A short reflection that shows you understood what is odd about her week. "
            .. "She can take it further or not." },
        { text = "You'll be brilliant, honestly. Don't overthink it, you've earned this!",
          to = "your_turn", score = { empathy = -1 },
          tags = { "dismiss" },
          feedback = "Kind words, but they brush past the thing she hesitated to say. "
            .. "Acknowledge it before reassuring." },
        { text = "Did the onboarding pilot help get you there?",
          to = "reply_warm", when = "onboarding_pilot", score = { listening = 1, empathy = -1 },
          tags = { "recall_detail", "miss_cue" },
          feedback = "Remembering the pilot is good listening, but she had just shared something more personal "
            .. "and you changed the subject." },
      },
    },

    peer_worry = {
      speaker = "rosa",
      cue = "She adds a grimacing face, then: 'sorry, oversharing'.",
      text = "It really is. I don't even know if I should still go to Friday drinks.",
      choices = {
        { text = "Not oversharing at all. What's your gut saying about the drinks?",
          to = "peer_gut", score = { listening = 1, empathy = 1 },
          tags = { "open_question", "perspective" },
          feedback = "You reassured her about sharing and let her find her own answer. "
            .. "People often know what they want to do; a question helps them hear it." },
        { text = "Not oversharing. I've got a short piece on managing former peers that helped me last year. Want it?",
          to = "resource_sent", gives = true, score = { empathy = 1, value_first = 1 },
          tags = { "share_resource" },
          feedback = "A resource that fits her exact situation, offered rather than pushed. "
            .. "Useful information is one of the simplest ways to add value." },
        { text = "Ha, definitely go! Anyway, while I have you: are you doing any speaking this year?",
          to = "tacked_on", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss" },
          feedback = "A quick answer to her worry, then a fishing question for your panel. "
            .. "She will notice which of the two you cared about." },
      },
    },

    peer_gut = {
      speaker = "rosa",
      cue = "A laughing face follows.",
      text = "That I should go, buy the first round, and leave after one.",
      choices = {
        { text = "That sounds exactly right. And I've a short piece on managing former peers, if it'd help?",
          to = "resource_sent", gives = true, score = { value_first = 1 },
          tags = { "share_resource" },
          feedback = "You backed her plan, then offered something useful without pressing it. "
            .. "Value that fits the moment is easy to accept." },
        { text = "Sounds right to me.",
          to = "your_turn",
          tags = { "perspective" },
          feedback = "Supportive and brief, which is fine. "
            .. "You could have added something useful for her new role while the subject was open." },
      },
    },

    resource_sent = {
      speaker = "rosa",
      cue = "She reacts to the link with a heart before she has finished reading it.",
      text = "Oh, this is exactly it. 'Your first one-to-ones set the tone.' Saving it. Thank you!",
      trust = { rosa = 1 },
      choices = {
        { text = "Glad it helps. Good luck with the first one-to-ones.",
          to = "your_turn", score = { listening = 1 },
          tags = { "follow_up_question", "perspective" },
          feedback = "You picked up the line that struck her and wished her well with it. "
            .. "Small, specific and no strings attached." },
        { text = "No problem! I've got loads more like that if you ever want them, just ask any time.",
          to = "your_turn",
          tags = { "generic_reply" },
          feedback = "Generous, but open-ended. "
            .. "Following her lead on what struck her would have shown more attention." },
      },
    },

    your_turn = {
      speaker = "rosa",
      cue = "A smiling face, then a new message.",
      discuss = "She has turned the conversation to you, and your panel still needs a speaker. Is this the moment?",
      text = "Anyway, enough about me! What's new with you? Still running the meetup?",
      choices = {
        { text = "Still running it! But this week is yours. How are you celebrating?",
          to = "celebrate_plan", score = { empathy = 1, value_first = 1 },
          tags = { "celebrate", "respect_time" },
          feedback = "You answered briefly and handed the spotlight back. "
            .. "On someone's milestone, the best thing you can give is more attention to it." },
        { text = "Yes, and funny you should ask: we need a panel speaker next month, and you'd be perfect. Any chance?",
          to = "tacked_on", asks = true, score = { empathy = -1, value_first = -2 }, trust = { rosa = -1 },
          tags = { "premature_ask" },
          feedback = "Her question felt like permission, but it was politeness. "
            .. "The ask turns a message of celebration into a message with an agenda." },
        { text = "Still running it. You should come along to one sometime, if you ever get a free evening.",
          to = "sign_off",
          tags = { "self_focus" },
          feedback = "A friendly invitation and no harm done, but it turns her milestone toward your event. "
            .. "Today, keep the spotlight on her." },
        { text = "Same old. Busy!",
          to = "sign_off", score = { listening = -1 },
          tags = { "generic_reply" },
          feedback = "A closed answer ends the thread. "
            .. "Either share a little or, better, bring it back to her week." },
      },
    },

    celebrate_plan = {
      speaker = "rosa",
      cue = "A string of party emoji follows.",
      -- She mentions Hana only if Hana came up earlier in the conversation.
      text = function(state)
        local t = "Dinner with my sister on Saturday. And I'm taking the team out for lunch on Friday"
        if state.facts.hana_training then t = t .. ". Hana's choosing the place; she's earned it" end
        return t .. "!"
      end,
      choices = {
        { text = "Hana choosing is perfect. Enjoy every bit of it, Rosa.",
          to = "celebrated", when = "hana_training", score = { listening = 1, empathy = 1 },
          tags = { "recall_detail", "celebrate" },
          feedback = "You connected her plan back to the person she is proud of. "
            .. "A small recall like that makes the whole exchange feel attentive." },
        { text = "That sounds perfect. Congratulations again, Rosa. I'm really, genuinely glad for you.",
          to = "celebrated", score = { empathy = 1 },
          tags = { "celebrate" },
          feedback = "A warm, simple close that leaves the celebration with her. "
            .. "Nothing asked, nothing owed." },
        { text = "Nice! Send me the restaurant, I'm always after a good lunch spot.",
          to = "sign_off", score = { empathy = -1 },
          tags = { "self_focus" },
          feedback = "A small thing, but her celebration became a tip for you. "
            .. "Let her plans be hers." },
      },
    },

    sign_off = {
      speaker = "rosa",
      cue = "The reply is friendly, and final.",
      text = "Ha. Anyway, I'd better get back to my inbox. Thanks so much for the message!",
      choices = {
        { text = "Go! And well done on all twelve renewals.",
          to = "celebrated", when = "all_renewed", score = { listening = 1, value_first = 1 },
          tags = { "recall_detail", "celebrate", "respect_time" },
          feedback = "You let her go and left her with the detail that mattered most to her. "
            .. "A specific last line is what she will remember." },
        { text = "Of course, go! Congratulations again, and good luck with everything.",
          to = "one_of_many",
          tags = { "respect_time", "generic_reply" },
          feedback = "You respected her time, which is right. "
            .. "A closing line that names her work would have made the message hers alone." },
      },
    },

    tacked_on = {
      speaker = "rosa",
      cue = "Her reply comes the next afternoon.",
      text = "Ah, thank you! Honestly, the next month is all about the new team, so I'll have to say no to "
        .. "the panel. Sorry!",
      trust = { rosa = -1 },
      choices = {
        { text = "Completely fair. Bad timing on my part; the congratulations stand on their own.",
          to = "agenda_showed", score = { empathy = 1 },
          tags = { "respect_time" },
          feedback = "You took the no with grace and separated it from the congratulations. "
            .. "It limits the damage, though the ask is still what she will remember." },
        { text = "No worries! Could you suggest someone from your team instead?",
          to = "transaction", asks = true, score = { empathy = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss" },
          feedback = "A second ask on the heels of a no. "
            .. "Her promotion has become your recruiting channel." },
      },
    },

    -- Endings.
    celebrated = {
      speaker = "rosa",
      cue = "She replies with a single line, then a heart.",
      text = "Thank you. Really. A hundred people said congrats; you're the one who remembered what the work was.",
      ending = "celebrated", grade = "good",
    },
    one_of_many = {
      speaker = "narrator",
      text = "She reacts with a heart. It was a nice exchange, and by next week it will have blurred into the "
        .. "hundred others.",
      ending = "one_of_many", grade = "mixed",
    },
    agenda_showed = {
      speaker = "narrator",
      text = "She sends a smiling face. Nothing is broken, "
        .. "but she will remember this as the message with the panel in it.",
      ending = "agenda_showed", grade = "mixed",
    },
    transaction = {
      speaker = "narrator",
      text = "A day later she replies with a colleague's name and nothing else. "
        .. "Your congratulations have become the cover note on a request.",
      ending = "transaction", grade = "poor",
    },
    just_a_click = {
      speaker = "narrator",
      text = "Your reaction is one of 140. She will never know you remembered the pilot.",
      ending = "just_a_click", grade = "mixed",
    },
    never_sent = {
      speaker = "narrator",
      text = "The moment passes, and so does the next one. When you next need Rosa, it will have been a year "
        .. "since you said anything at all.",
      ending = "never_sent", grade = "poor",
    },
    pushed_for_time = {
      speaker = "narrator",
      text = "'This week's impossible, sorry!' Her tone is still friendly. You both know the coffee will not happen.",
      ending = "pushed_for_time", grade = "poor",
    },
  },
  debrief = {
    listening = "The detail you remembered (the onboarding pilot, the twelve customers, Hana) is what separated your "
      .. "message from a hundred others. Follow-up questions on what she said kept the exchange real.",
    empathy = "A promotion is not all good news: new responsibilities, former peers to manage, a packed week. "
      .. "Naming that gently, and not pulling her into your plans, is what made it about her.",
    value_first = "Celebrating a milestone is value in itself. The panel invitation will land far better in a "
      .. "few months, from someone who once congratulated her with no strings attached.",
  },
}
