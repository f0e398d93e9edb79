-- value_first.promotion: congratulate a former colleague on her promotion, by
-- direct message. The pull is to tack on an ask (your meetup's panel has an
-- empty chair); the practice is to celebrate her milestone and recall what she
-- actually worked on.
-- Invitations (docs/rubric.md): "What's new with you?" typed between two
-- meetings (`your_turn`) asks for your news, and "let me know if I can ever
-- help" as her status flips to In a meeting (`sign_off`) is a goodbye: a panel
-- ask there is early. After you have given her something she can use, she
-- stops, says she has time and asks what she can do for you (`resource_sent`):
-- a real invitation, where a small, specific, easy-to-refuse ask is welcome.
-- Listening facts: onboarding_pilot, all_renewed, hana_training,
-- managing_peers. Route facts for the endings: said_pilot, sent_piece,
-- panel_named.
return {
  format = 1,
  version = 2,
  id = "value_first.promotion",
  title = "The promotion",
  family = "value_first",
  summary = "Rosa, a former colleague, has just been promoted. Send a message that celebrates her, "
    .. "remembers her work, and keeps the favour you need in its place.",
  difficulty = 1,
  homework = "This week, find one contact's recent milestone and send two lines that name the work behind it, "
    .. "with no request attached.",
  cast = {
    rosa = {
      name = "Rosa Delgado",
      role = "Head of Customer Success at Larkspur, newly promoted",
      portrait = "long_parted",
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
        { id = "react",
          text = "(Click 'Celebrate' on her post and get back to your evening.)",
          to = "just_clicked",
          score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "A reaction is a small, real congratulation and costs nothing. "
            .. "It is also one of 140, so it tells her very little." },
        { id = "weekend",
          text = "(Save it for the weekend, when you'll have time to write something properly.)",
          to = "weekend",
          feedback = "Wanting to do it properly is a good instinct. Busy weeks have a way of eating 'later', though; "
            .. "a short message tonight is still on time." },
        { id = "write_dm",
          text = "(Write her a direct message.)",
          to = "compose",
          score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "A personal message is a congratulation that stands out from a hundred public reactions. "
            .. "What you put in it is what counts." },
      },
    },

    just_clicked = {
      speaker = "narrator",
      text = "Your reaction joins the pile. Ten minutes later, you are still thinking about that onboarding pilot.",
      choices = {
        { id = "leave_it",
          text = "(Leave it. She has more than enough notifications this week.)",
          to = "just_a_click",
          feedback = "It feels considerate. A specific note is rarely one notification too many, though, "
            .. "and the detail you remember is what a reaction button cannot say." },
        { id = "message_after_all",
          text = "(Open a message after all.)",
          to = "compose",
          score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "A message can carry the detail you remember, which a reaction button cannot say. "
            .. "Now put it in words." },
      },
    },

    weekend = {
      speaker = "narrator",
      text = "Saturday morning. Her post has scrolled out of your feed. A message now would be three days late.",
      choices = {
        { id = "write_anyway",
          text = "(Write it anyway.)",
          to = "compose",
          score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "Congratulations do not expire in three days, and a personal note is still a gift. "
            .. "Late and personal beats never." },
        { id = "too_late",
          text = "(Leave it. The moment has passed, and it would look odd now.)",
          to = "never_sent",
          feedback = "'Too late' is the story that lets contacts drift into strangers. "
            .. "A milestone is worth a message days or even weeks afterwards." },
      },
    },

    compose = {
      speaker = "narrator",
      text = "A blank message to Rosa. What do you open with?",
      discuss = "You need a panel speaker, and she would be perfect. What does it cost to mention it now?",
      choices = {
        { id = "pick_brain",
          text = "Congrats!! We should catch up, it's been ages. I'd love to pick your brain about how you got there.",
          to = "vague_first", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          feedback = "'Pick your brain' asks for her time with no shape to it, in her busiest week. "
            .. "Today, give her the message; a catch-up can come later." },
        { id = "pilot_congrats",
          text = "Head of Customer Success! Congratulations, Rosa. I'm guessing the onboarding pilot had something "
            .. "to do with it.",
          to = "reply_warm", learn = { "said_pilot" },
          score = { listening = 2, value_first = 1 }, trust = { rosa = 1 },
          tags = { "celebrate", "recall_detail" },
          reply = "Her reply arrives within four minutes: 'You remembered the pilot!!!'",
          thought = "The pilot! From a taco night in March.",
          feedback = "You celebrated the milestone and tied it to the work she cared about. "
            .. "Remembering the pilot says you listened months ago, which no 'Congrats!' can." },
        { id = "panel_first",
          text = "Congrats on the promotion! Quick one while I have you: "
            .. "would you speak on a panel I'm hosting next month?",
          to = "ask_first", asks = true, score = { empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "self_focus" },
          thought = "Ah. The congrats were the envelope.",
          feedback = "The congratulations shrink to a greeting before the request. "
            .. "On her milestone, an ask makes the message about your needs." },
        { id = "warm_generic",
          text = "Congratulations on the new role, Rosa! So well deserved. I hope you're taking a moment to "
            .. "celebrate it properly this week.",
          to = "reply_polite", score = { value_first = 1 },
          tags = { "celebrate" },
          feedback = "Warm and sincere, and a personal note already stands out from the reactions. "
            .. "One detail from her work would make it unmistakably yours." },
      },
    },

    reply_warm = {
      speaker = "rosa",
      mood = "warm",
      cue = "Her messages arrive quickly, one after another.",
      text = "It nearly got cancelled twice. But all twelve customers renewed, and that's what got the new team funded.",
      learn = { "all_renewed" },
      choices = {
        { id = "twelve_renewed",
          text = "All twelve renewed. That's the kind of number that ends an argument.",
          to = "why_alive", score = { listening = 1, value_first = 1 },
          tags = { "paraphrase", "celebrate" },
          reply = "It really did. The CFO went very quiet.",
          feedback = "You reflected her win back in her own numbers and celebrated the result with her. "
            .. "A statement like that lets her choose what to tell you next." },
        { id = "panel_pivot",
          text = "Amazing! Speaking of big things, I'm hosting a panel next month, and you'd be perfect on it.",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          thought = "I was telling them about the near miss.",
          reply = "Oh! Ha. Let me look at my calendar.",
          feedback = "She had just opened up about a near miss, and you pivoted to your event. "
            .. "The congratulations now read as the warm-up for a request." },
        { id = "near_miss",
          text = "Nearly cancelled twice? What kept it alive?",
          to = "why_alive", score = { listening = 2 },
          tags = { "follow_up_question" },
          reply = "Ha. One person, mostly.",
          feedback = "You picked the most interesting thing she said and asked her to tell the story. "
            .. "Follow-up questions are how people feel heard." },
        { id = "well_deserved",
          text = "That's brilliant. Well deserved, honestly.",
          to = "your_turn", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Thank you!",
          feedback = "Kind, but it would fit after anything she said. She handed you a story (cancelled twice, "
            .. "twelve renewals), and a question about it would have kept her telling it." },
      },
    },

    reply_polite = {
      speaker = "rosa",
      mood = "neutral",
      cue = "A quick, friendly reply. She has probably sent the same one forty times today.",
      text = "Thank you so much! It's been quite a week.",
      choices = {
        { id = "enjoy_talk_soon",
          text = "I bet! Enjoy every minute of it, you deserve it. Talk soon!",
          to = "one_of_many", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "Thanks! Will do.",
          feedback = "Friendly, but it steps past \"quite a week\" and ends where a hundred others did. "
            .. "One specific detail would have made yours the message she remembers." },
        { id = "recall_pilot",
          text = "Last time we talked you were fighting for that onboarding pilot. Did it play a part?",
          to = "reply_warm", when = "onboarding_pilot", learn = { "said_pilot" },
          score = { listening = 2 }, trust = { rosa = 1 },
          tags = { "recall_detail", "follow_up_question" },
          reply = "You remember the pilot?! It did. Everything, really.",
          thought = "Oh, they actually remember. That's lovely.",
          feedback = "You brought back a detail from months ago and asked about it. "
            .. "That is the moment a polite exchange turns into a real one." },
        { id = "one_more_for_pile",
          text = "Since it's quite a week anyway, one more for the pile: would you speak on my panel next month?",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          thought = "They heard 'quite a week' and added to it.",
          reply = "Ha. Let me look at the calendar.",
          feedback = "You heard that she is stretched and turned her own words into a reason to add to the load. "
            .. "A joke does not make an ask lighter; the timing does." },
        { id = "good_or_help_me",
          text = "Quite a week in a good way, or quite a week in a help-me way?",
          to = "feelings", score = { listening = 1, empathy = 1 },
          tags = { "open_question", "name_emotion" },
          feedback = "You took her phrase seriously and gave her room to say how it really feels. "
            .. "A light question about feelings invites more than 'how are you?'" },
      },
    },

    ask_first = {
      speaker = "rosa",
      mood = "guarded",
      cue = "Her reply takes most of a day.",
      text = "Thank you! And oh, a panel. I'm so sorry, the next month is going to be all about my new team, "
        .. "so I'll have to pass.",
      choices = {
        { id = "bad_timing_pilot",
          text = "Bad timing on my part, sorry. The congratulations were the point. Did the onboarding pilot help?",
          to = "reply_warm", when = "onboarding_pilot", learn = { "said_pilot" },
          score = { listening = 2, empathy = 1 }, trust = { rosa = 1 },
          tags = { "recall_detail", "respect_time" },
          reply = "Ha, no harm done. And yes! The pilot did it.",
          thought = "Okay, that's a decent recovery. And they remember the pilot.",
          feedback = "You let the ask go and brought the message back to her and her work. "
            .. "Recovering like this shows the congratulations were real." },
        { id = "understand",
          text = "Totally understand. Congrats again!",
          to = "agenda_showed", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          feedback = "You took her no and her reason gracefully, which matters. "
            .. "The message she remembers is still the one with the panel in it; something about her work would have rebalanced it." },
        { id = "suggest_someone",
          text = "No problem at all! Could you maybe suggest someone from your team "
            .. "who might be up for doing it instead?",
          to = "transaction", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss" },
          thought = "So I'm a directory now.",
          feedback = "A second ask straight after a no steps past the reason she gave and turns her into a directory. "
            .. "Now the congratulations look like the envelope the request came in." },
      },
    },

    vague_first = {
      speaker = "rosa",
      mood = "neutral",
      cue = "A friendly reply, with no date in it.",
      text = "Thanks!! Ha, sure, sometime. My brain is mostly spreadsheets this week.",
      choices = {
        { id = "well_done_pilot",
          text = "Ha, fair. Mostly I wanted to say well done. That onboarding pilot clearly paid off.",
          to = "reply_warm", when = "onboarding_pilot", learn = { "said_pilot" },
          score = { listening = 1, empathy = 1, value_first = 1 }, trust = { rosa = 1 },
          tags = { "recall_detail", "respect_time", "celebrate" },
          reply = "It did! How do you even remember that?",
          thought = "Oh, that's sweet. They remembered the pilot.",
          feedback = "You heard that her week is full, dropped the catch-up and made the message about her achievement. "
            .. "Recalling the pilot is what makes the congratulations land." },
        { id = "thursday",
          text = "Great! How's Thursday for a coffee? I can come to your office, whatever's easiest for you.",
          to = "pushed_for_time", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          trust = { rosa = -1 },
          tags = { "miss_cue", "premature_ask" },
          thought = "I literally just said this week is spreadsheets.",
          feedback = "She told you she is swamped, and you asked for a slot in her week. "
            .. "From a busy person, 'sometime' is not a yes to this Thursday." },
        { id = "go_enjoy",
          text = "Understood! Go enjoy it.",
          to = "one_of_many", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          reply = "Will do. Thanks!",
          feedback = "You heard how full her week is and let it be. "
            .. "The message still ends as a catch-up request rather than a celebration of her." },
      },
    },

    why_alive = {
      speaker = "rosa",
      mood = "warm",
      cue = "The typing dots run for a long time before this one arrives.",
      text = "Hana, on my team. She ran every week-one admin training herself, even the 7 a.m. ones "
        .. "for the Singapore customers. I'm going to try to get her promoted next.",
      learn = { "hana_training" },
      choices = {
        { id = "crm_story",
          text = "Ha, I know that feeling. I spent three months fighting for our CRM migration last year and "
            .. "it nearly broke me.",
          to = "hijacked", score = { listening = -1, empathy = -1 },
          tags = { "topic_hijack", "self_focus" },
          feedback = "Matching her story with yours feels like bonding, but it takes the spotlight on her big week. "
            .. "Stay with her story a little longer." },
        { id = "hana_credit",
          text = "Hana ran every one herself? Does she know you credit her like that?",
          to = "hana_node", score = { listening = 2 }, trust = { rosa = 1 },
          tags = { "follow_up_question", "paraphrase" },
          reply = "Not yet!",
          thought = "Good question. She should know.",
          feedback = "You followed her to the person she is proud of and asked about her. "
            .. "Asking about Hana shows you heard what she values, not just the job title." },
        { id = "thats_great",
          text = "That's great.",
          to = "your_turn", score = { listening = -1 },
          tags = { "generic_reply" },
          reply = "It is!",
          feedback = "She just told you about someone she is proud of, and two words could follow anything. "
            .. "A question about Hana would have kept the thread alive." },
      },
    },

    hana_node = {
      speaker = "rosa",
      mood = "thinking",
      cue = "A pause, then a thumbs-up on your message, then a longer one.",
      text = "I'm putting it in the team note tomorrow. Which is its own strange thing: I'm now the one writing "
        .. "notes about people who were my peers on Friday.",
      learn = { "managing_peers" },
      choices = {
        { id = "panel_talk",
          text = "You should turn that into a talk! Actually, my panel next month needs a speaker, "
            .. "if you'd be up for it?",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          thought = "I say it's strange, and I get booked.",
          reply = "Oh. Um. Let me check.",
          feedback = "She shared something uneasy and you turned it into a booking. "
            .. "The ask lands exactly when she is most exposed." },
        { id = "peers_sitting",
          text = "Peers on Friday, their manager on Monday. How is that sitting with you?",
          to = "peer_worry", score = { listening = 1, empathy = 1 },
          tags = { "name_emotion", "paraphrase" },
          feedback = "You named the awkwardness without making it dramatic and let her say more. "
            .. "That is empathy on a milestone day: it is not all champagne." },
        { id = "dont_overthink_hana",
          text = "You'll be brilliant at it. Don't overthink it!",
          to = "your_turn", score = { listening = -1, empathy = -2 },
          tags = { "dismiss", "generic_reply" },
          reply = "Ha. Thanks.",
          feedback = "Reassurance and \"don't overthink it\" close the subject she just opened. "
            .. "She did not ask to be told not to worry; she told you something real." },
      },
    },

    hijacked = {
      speaker = "rosa",
      mood = "neutral",
      cue = "Her next message takes a while, and it is shorter.",
      text = "Ha, migrations are brutal.",
      choices = {
        { id = "brutal_congrats",
          text = "Brutal is the word. Anyway, congrats again!",
          to = "one_of_many", score = { listening = -1 },
          tags = { "generic_reply", "miss_cue" },
          reply = "Thanks!",
          feedback = "The exchange ends on your migration rather than her promotion. "
            .. "Her shorter reply was a cue to hand the conversation back." },
        { id = "back_to_hana",
          text = "Sorry, I hijacked that. You were telling me about Hana and those 7 a.m. trainings.",
          to = "hana_node", when = "hana_training", score = { listening = 1, empathy = 1 }, trust = { rosa = 1 },
          tags = { "recall_detail", "notice_cue" },
          reply = "Ha, no, it's fine. Yes: Hana.",
          thought = "Oh good, they noticed.",
          feedback = "You noticed her shorter reply, owned the detour and came back with her exact detail. "
            .. "That is a complete repair." },
        { id = "celebrating_how",
          text = "Totally. Anyway, are you doing anything to celebrate the new role this week?",
          to = "celebrate_plan", score = { listening = 1 },
          tags = { "open_question" },
          reply = "Oh, yes!",
          feedback = "You handed the conversation back to her week, which helps after the detour. "
            .. "Hana's story is still left hanging; naming the detour and returning to it would have shown more care." },
      },
    },

    feelings = {
      speaker = "rosa",
      mood = "thinking",
      cue = "The typing dots start and stop twice before this arrives.",
      text = "Both, honestly! Mostly good. The strange bit is that half my new team were my peers on Friday.",
      learn = { "managing_peers" },
      choices = {
        { id = "strange_jump",
          text = "Peer on Friday, manager on Monday. That's a strange jump.",
          to = "peer_worry", score = { listening = 1, empathy = 1 }, trust = { rosa = 1 },
          tags = { "paraphrase", "name_emotion" },
          thought = "Yes. That's exactly it.",
          feedback = "A short reflection that shows you understood what is odd about her week. "
            .. "She can take it further or not." },
        { id = "brilliant_dont_overthink",
          text = "You'll be brilliant, honestly. Don't overthink it, you've earned this!",
          to = "your_turn", score = { listening = -1, empathy = -2 },
          tags = { "dismiss", "generic_reply" },
          reply = "Ha, thank you.",
          feedback = "Kind words, but \"don't overthink it\" brushes past the thing she hesitated to say. "
            .. "Acknowledge it before reassuring." },
        { id = "pilot_detour",
          text = "Did the onboarding pilot help get you there?",
          to = "reply_warm", when = "onboarding_pilot", learn = { "said_pilot" },
          score = { listening = -1, empathy = -1 },
          tags = { "miss_cue" },
          reply = "Ha, yes, it did.",
          feedback = "Remembering the pilot is good, but she had just shared something more personal "
            .. "and you changed the subject." },
      },
    },

    peer_worry = {
      speaker = "rosa",
      mood = "sad",
      cue = "She adds a grimacing face, then: 'sorry, oversharing'.",
      text = "Honestly? Strange. I don't even know if I should still go to Friday drinks.",
      choices = {
        { id = "gut_drinks",
          text = "Not oversharing at all. What's your gut saying about the drinks?",
          to = "peer_gut", score = { listening = 1, empathy = 1 },
          tags = { "open_question", "perspective" },
          feedback = "You reassured her about sharing and let her find her own answer. "
            .. "People often know what they want to do; a question helps them hear it." },
        { id = "peers_piece",
          text = "Not oversharing. I've a short piece on managing former peers that helped me last year. Want it?",
          to = "resource_sent", gives = true, learn = { "sent_piece" },
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { rosa = 1 },
          tags = { "share_resource" },
          reply = "Yes please!",
          thought = "Exactly what I need, and no lecture.",
          feedback = "A resource that fits her exact situation, offered rather than pushed. "
            .. "Useful information is one of the simplest ways to give." },
        { id = "speaking_this_year",
          text = "Ha, definitely go! Anyway, while I have you: are you doing any speaking this year?",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss", "topic_hijack" },
          reply = "Speaking? Is this about your meetup's panel? Let me check.",
          thought = "That question wasn't really about me.",
          feedback = "A quick answer to her worry, then a fishing question for your panel. "
            .. "She will notice which of the two you cared about." },
      },
    },

    peer_gut = {
      speaker = "rosa",
      mood = "warm",
      cue = "A laughing face follows.",
      text = "That I should go, buy the first round, and leave after one.",
      choices = {
        { id = "right_plus_piece",
          text = "That sounds exactly right. And I've a short piece on managing former peers, if it'd help?",
          to = "resource_sent", gives = true, learn = { "sent_piece" },
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { rosa = 1 },
          tags = { "share_resource", "perspective" },
          reply = "Ooh, yes, send it.",
          thought = "Backed my plan and gave me something. Nice.",
          feedback = "You backed her plan, then offered something useful without pressing it. "
            .. "A give that fits the moment is easy to accept." },
        { id = "skip_it",
          text = "Or skip it. You're the boss now; a bit of distance is healthy.",
          to = "your_turn", score = { listening = -1, empathy = -1 },
          tags = { "dismiss" },
          reply = "Hm. Maybe.",
          feedback = "She had found her own answer and you overruled it. "
            .. "Backing the plan she made is worth more than a rule of yours." },
        { id = "sounds_right",
          text = "Sounds right to me.",
          to = "your_turn",
          reply = "Good. Decided, then.",
          score = { listening = 1, empathy = 1 },
          tags = { "perspective" },
          feedback = "Supportive and brief: you backed the plan she found for herself. "
            .. "You could have added something useful for her new role while the subject was open." },
      },
    },

    -- The real invitation: she has been given something, says she has time,
    -- and asks what she can do.
    resource_sent = {
      speaker = "rosa",
      mood = "warm",
      cue = "She has moved from her phone to her laptop; the replies come fast and long. "
        .. "'Out of meetings for once.'",
      text = "Oh, this is exactly it. 'Your first one-to-ones set the tone.' Saving it. "
        .. "Right, your turn, and I mean it: is there anything I can do for you?",
      trust = { rosa = 1 },
      choices = {
        { id = "nothing_your_week",
          text = "Nothing at all. This week is yours.",
          to = "celebrate_plan",
          reply = "You're too nice. Then let me tell you the celebration plan.",
          feedback = "Kind, and not asking is never a mistake. She did make a real offer, with time to spare, "
            .. "so a small, specific ask would have been welcome." },
        { id = "hana_for_panel",
          text = "Since you ask: my panel next month has one empty chair. Would Hana want it, to talk about those "
            .. "week-one trainings? A no is completely fine.",
          to = "invite_yes", when = "hana_training", asks = true, learn = { "panel_named" },
          score = { listening = 1, value_first = 1 }, trust = { rosa = 1 },
          tags = { "specific_ask", "recall_detail" },
          reply = "Hana? She would love that. And it would help her case no end.",
          thought = "That's an ask that helps me too.",
          feedback = "She asked, you had already given, and your ask was small, specific and easy to refuse. "
            .. "Offering the chair to Hana also served a goal Rosa told you about." },
        { id = "keep_in_mind",
          text = "Just keep me in mind if anything interesting comes up!",
          to = "sign_off", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          reply = "Will do!",
          feedback = "She meant the offer, and \"anything interesting\" gives her nothing to act on. "
            .. "A specific, small ask is easier to say yes to." },
        { id = "suggest_for_panel",
          text = "Since you ask: my meetup's panel next month has an empty chair. Could you suggest one person from "
            .. "your team who'd enjoy it? Happy to hear no.",
          to = "invite_yes", asks = true, learn = { "panel_named" },
          score = { value_first = 1 },
          tags = { "specific_ask" },
          reply = "Ooh. Hana, who runs our trainings, would be great. It would help her case, too.",
          feedback = "She asked, you had already given, and the ask was small, specific and easy to refuse. "
            .. "That is when asking works." },
      },
    },

    invite_yes = {
      speaker = "rosa",
      mood = "warm",
      cue = "A second message follows before you can answer.",
      text = "I'll ask her tomorrow and put you two in touch. This is exactly the kind of thing I want for my team.",
      choices = {
        { id = "post_company_page",
          text = "Brilliant. And if you could share the event on Larkspur's company page too, that'd be amazing.",
          to = "agenda_showed", asks = true, score = { listening = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "topic_hijack" },
          reply = "Ha. Let's start with Hana.",
          thought = "One yes, and here comes the next thing.",
          feedback = "She had just said this is what she wants for her team, and you moved on to your event's publicity. "
            .. "One yes doesn't buy a second favour; stacking asks turns her generosity into a debt." },
        { id = "thanks_renewals",
          text = "Thank you. And well done again: twelve renewals out of twelve deserves a note of its own.",
          to = "celebrated", when = "all_renewed", score = { listening = 1, value_first = 1 },
          tags = { "gratitude", "recall_detail" },
          reply = "Stop it, I'll frame this chat.",
          feedback = "You thanked her and handed the spotlight straight back to her result. "
            .. "The ask now sits inside a conversation that was about her." },
        { id = "thanks_plain",
          text = "Thank you, Rosa.",
          to = "celebrated",
          reply = "Thank YOU. For the message, and the piece.",
          feedback = "A plain thank-you is fine. Nothing asked for on top, nothing owed." },
      },
    },

    -- Not an invitation: she asks for your news between two meetings.
    your_turn = {
      speaker = "rosa",
      mood = "neutral",
      cue = "A smiling face, then: 'typing between two meetings, sorry'.",
      discuss = "She has turned the conversation to you, and your panel still needs a speaker. Is this the moment?",
      text = "Anyway, enough about me! What's new with you? Still running the meetup?",
      choices = {
        { id = "same_old",
          text = "Same old. Busy!",
          to = "sign_off",
          reply = "Ha, same!",
          score = { empathy = 1 },
          tags = { "respect_time" },
          feedback = "A plain answer that keeps things short for her between meetings. "
            .. "It leaves the conversation nowhere to go, though." },
        { id = "still_running_yours",
          text = "Still running it! But this week is yours. How are you celebrating?",
          to = "celebrate_plan", score = { listening = 1, empathy = 1 }, trust = { rosa = 1 },
          tags = { "open_question", "respect_time" },
          reply = "Ha, okay, okay.",
          thought = "They keep giving it back to me. I like that.",
          feedback = "You answered her question in three words and handed the spotlight back to her week, which fits the minute she has between meetings. "
            .. "On someone's milestone, more attention to it is what counts." },
        { id = "mad_month",
          text = "Still running it, and it's been a mad month: two venues cancelled, my co-organiser quit, "
            .. "and I've been doing everything myself...",
          to = "sign_off", score = { listening = -1, empathy = -1 },
          tags = { "self_focus", "miss_cue" },
          reply = "Oof, that sounds like a lot!",
          feedback = "She is typing between meetings and you answered with a long story of your own. "
            .. "A short answer, then back to her week, fits the time she has." },
        { id = "panel_now",
          text = "Yes, and funny you should ask: we need a panel speaker next month, and you'd be perfect. Any chance?",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          trust = { rosa = -1 },
          tags = { "premature_ask", "miss_cue" },
          thought = "Oh. That's what this was.",
          reply = "Oh! Let me check my calendar and come back to you.",
          feedback = "She asked for your news, between two meetings; she didn't ask what she could do for you. "
            .. "A friendly question isn't an opening for a favour, least of all in her busiest week." },
      },
    },

    celebrate_plan = {
      speaker = "rosa",
      mood = "warm",
      cue = "A string of party emoji follows.",
      text = "Dinner with my sister on Saturday. And I'm taking the team out for lunch on Friday; "
        .. "they've earned it more than I have!",
      choices = {
        { id = "restaurant_tip",
          text = "Nice! Send me the restaurant, I'm always after a good lunch spot.",
          to = "sign_off", score = { listening = -1, empathy = -1 },
          tags = { "self_focus", "topic_hijack" },
          reply = "Ha, will do!",
          feedback = "A small thing, but her celebration became a lunch tip for you. Let her plans be hers." },
        { id = "hana_choose",
          text = "Let Hana choose the place. Enjoy every bit of it, Rosa.",
          to = "celebrated", when = "hana_training", score = { listening = 1, value_first = 1 },
          tags = { "recall_detail", "celebrate" },
          reply = "Ha! She'd pick the ramen place. Perfect.",
          feedback = "You connected her plan back to the person she is proud of. "
            .. "A small recall like that makes the whole exchange feel attentive." },
        { id = "glad_for_you",
          text = "That sounds perfect. Congratulations again, Rosa. I'm really glad for you.",
          to = function(state)
            if state.trust.rosa >= 3 then return "celebrated" end
            return "one_of_many"
          end,
          can_go = { "celebrated", "one_of_many" },
          reply = "Thank you! Really.",
          score = { listening = -1 },
          tags = { "generic_reply" },
          feedback = "Warm and sincere, but it would fit after any plan at all; she had just said her team earned it more than she did. "
            .. "Picking that up would have shown you read it." },
      },
    },

    -- Politeness, not an invitation: said on the way out.
    sign_off = {
      speaker = "rosa",
      mood = "warm",
      cue = "Her status flips to 'In a meeting' as the message arrives.",
      text = "Ha. Anyway, I'd better run. Thanks so much for the message, and let me know if I can ever help with "
        .. "anything!",
      choices = {
        { id = "go_congrats",
          text = "Of course, go! Congratulations again, and good luck with everything.",
          to = function(state)
            if state.trust.rosa >= 3 then return "celebrated" end
            return "one_of_many"
          end,
          can_go = { "celebrated", "one_of_many" },
          score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          feedback = "She was heading into a meeting and you let her go warmly. "
            .. "\"Let me know if I can help\" on the way out is a goodbye, not an invitation." },
        { id = "panel_at_exit",
          text = "Actually, there is one thing: my panel next month needs a speaker. Any chance?",
          to = "tacked_on", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "miss_cue" },
          thought = "I said that to be nice. I'm walking into a meeting.",
          reply = "Oh! Let me check and come back to you.",
          feedback = "She said it on her way into a meeting: politeness, not an offer. "
            .. "An ask there, with nothing given, holds her at the door and turns a goodbye into a request." },
        { id = "go_twelve",
          text = "Go! And well done on all twelve renewals.",
          to = "celebrated", when = "all_renewed", score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "recall_detail", "celebrate", "respect_time" },
          reply = "Twelve out of twelve! Thank you.",
          feedback = "You let her go and left her with the detail that mattered most to her. "
            .. "A specific last line is what she will remember." },
      },
    },

    tacked_on = {
      speaker = "rosa",
      mood = "guarded",
      cue = "Her reply comes the next afternoon.",
      text = "Ah, thank you for thinking of me! Honestly, the next month is all about the new team, so I'll have to "
        .. "say no to the panel. Sorry!",
      trust = { rosa = -1 },
      choices = {
        { id = "completely_fair",
          text = "Completely fair. Bad timing on my part; the congratulations stand on their own.",
          to = "agenda_showed", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          feedback = "You took the no and her reason with grace and separated it from the congratulations. "
            .. "It limits the damage, though the ask is still what she will remember." },
        { id = "someone_instead",
          text = "No worries! Could you suggest someone from your team instead?",
          to = "transaction", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { rosa = -1 },
          tags = { "premature_ask", "dismiss" },
          thought = "And now they want my team.",
          feedback = "A second ask on the heels of her no steps past the reason she gave. "
            .. "Her promotion has become your recruiting channel." },
      },
    },

    -- Endings.
    celebrated = {
      speaker = "narrator",
      text = function(state)
        if state.facts.panel_named then
          return "Two days later Hana writes to you herself: she would love the panel. Rosa adds a heart to the "
            .. "thread: 'A hundred people said congrats. You're the one who did something.'"
        elseif state.facts.said_pilot then
          return "She replies with a single line, then a heart: 'A hundred people said congrats; you're the one "
            .. "who remembered what the work was.'"
        elseif state.facts.sent_piece then
          return "She replies with a single line, then a heart: 'A hundred people said congrats; you sent me "
            .. "something I'll actually use on Monday.'"
        end
        return "She replies with a single line, then a heart: 'A hundred people said congrats; you're the one "
          .. "who actually listened.'"
      end,
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
    listening = "A detail you remember (the onboarding pilot, the twelve renewals, Hana's 7 a.m. trainings) is "
      .. "what separates a message from a hundred 'Congrats!'. A follow-up question on what she just said keeps "
      .. "the exchange real.",
    empathy = "A promotion is not all good news: a packed week, former peers to manage. Naming that gently, and "
      .. "fitting your replies to the time she has, keeps the message about her.",
    value_first = "Look at what she said before you ask. 'What's new with you?' between meetings and 'let me "
      .. "know if I can ever help' on the way out are friendliness. 'Is there anything I can do for you?', with "
      .. "time to spare and after you had given her something, is an invitation: a small ask fits there.",
  },
}
