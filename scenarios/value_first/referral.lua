-- value_first.referral: help a colleague with the thing she is stuck on, then ask
-- for a referral she can easily decline. Asking before giving costs trust, and
-- her answer to the ask depends on the trust built over three scenes.
-- Scenes: the kitchen on Tuesday (or her post in the team channel on Friday),
-- her desk after the sessions, the coffee machine the day after her review.
-- Facts: agency_cancelled, study_thursday, needs_abandoners (nadia_vents or the
-- channel post), platforms_no_staff (the offer taken), delivery_fee_finding and
-- review_monday (study_debrief), ade_wants_three (synthesis_stuck).
-- Node texts are plain strings where a choice follows, so a reader sees what
-- the player answers; what differs by route is said in `reply` functions.

-- Nadia refers you only if she trusts you this much when you ask.
local READY = 8

-- True once the player has been at node `id`. The engine reports 0 visits for a
-- node not yet seen, and 0 is true in Lua, so compare instead of testing.
local function seen(state, id)
  return (state.visits[id] or 0) > 0
end

local function ready(state)
  return (state.trust.nadia or 0) >= READY
end

local function answer(state)
  if ready(state) then return "yes_referral" end
  return "hesitant"
end

-- Her first words after the ask: a yes, or the reason she is not ready yet
-- (an early or traded ask is what she remembers, if there was one).
local function answer_reply(state)
  if ready(state) then return "Yes. Happily." end
  if seen(state, "early_ask") or seen(state, "ask_mid_vent") then
    return "Can I be honest? The first time you asked, in the kitchen, it felt like that was the only reason you'd come over."
  elseif seen(state, "trade_ask") then
    return "Can I be honest? The list felt a bit like it came with a price tag."
  end
  return "Oh. Let me think about that for a second."
end

return {
  format = 1,
  version = 3,
  id = "value_first.referral",
  title = "The referral",
  family = "value_first",
  summary = "You want a referral for the UX researcher opening on the Mobile team. "
    .. "Nadia could give you one, but she barely knows you, and her usability study has just lost its participants.",
  homework = "Think of someone whose help you would like one day. This week, find one thing they are stuck on "
    .. "that you can help with, and offer it with nothing attached.",
  difficulty = 2,
  cast = {
    nadia = { name = "Nadia Brennan", role = "Senior product designer, Mobile team", portrait = "brown_curls" },
  },
  start = "kitchen",
  nodes = {
    -- Scene 1: the kitchen, Tuesday.
    kitchen = {
      speaker = "narrator",
      text = "Tuesday, twenty to eleven, the third-floor kitchen. Nadia Brennan from the Mobile team "
        .. "is waiting for the kettle. Her team posted a UX researcher opening last week, the job you "
        .. "have wanted since you joined Customer Insights, and internal referrals get read first. "
        .. "You have spoken to her twice, both times about the coffee machine.",
      cue = "She is flicking through her phone, jaw set, and sighs at something on the screen.",
      timeout = 30,
      on_timeout = "desk_later",
      timeout_score = { listening = -1 },
      timeout_feedback = "The kettle boiled and she left with the sigh unasked about. "
        .. "A kitchen chat is the lowest-stakes start you will get; one light line would have done.",
      choices = {
        { id = "weekend", text = "Morning! Did you have a good weekend?",
          to = "small_talk", score = { listening = -1, empathy = -1 },
          tags = { "miss_cue" },
          feedback = "Friendly and safe, but her jaw is set and she just sighed, and a cheerful "
            .. "weekend question steps past it. A line about what is in front of you would reach "
            .. "her faster." },
        { id = "notice_phone", text = "Morning. That phone looks like it's giving you bad news.",
          to = "nadia_vents", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "notice_cue" },
          reply = "She laughs, once. \"Is it that obvious? Our recruiting agency just cancelled on me.\"",
          thought = "Someone noticed. That's nice, actually.",
          feedback = "You named what you could see, lightly, and left her room to say what is wrong. "
            .. "Noticing the sigh is what opens the real conversation." },
        { id = "kitchen_ask", text = "Hi Nadia! Your team's hiring a UX researcher, right? Would you be up for putting my name forward?",
          to = "early_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask", "miss_cue" },
          reply = "She looks up from the phone, slowly.",
          thought = "I've spoken to this person twice. About the coffee machine.",
          feedback = "A clear ask, but to someone who barely knows you and is visibly having a bad morning. "
            .. "Asking before you have given anything turns your first real conversation into a transaction." },
        { id = "tea_quietly", text = "(Make your tea quietly and head back to your desk.)",
          to = "desk_later", score = { listening = -1 },
          tags = { "miss_cue" },
          reply = "She doesn't look up as you go.",
          feedback = "Staying quiet feels safe, but you walked past the opening and the sign that she needed help. "
            .. "A kitchen chat is the lowest-stakes start you will get." },
      },
    },

    small_talk = {
      speaker = "nadia",
      mood = "guarded",
      cue = "She answers without looking up from the phone.",
      text = "Fine, mostly. Until about ten minutes ago.",
      choices = {
        { id = "small_talk_ask", text = "Ha, classic. Anyway, while I've got you: the researcher opening on your team. Would you refer me?",
          to = "early_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask", "topic_hijack" },
          reply = "Oh.",
          thought = "I hint that my morning's gone wrong, and that's the answer?",
          feedback = "She hinted that something had gone wrong and you steered straight to your own goal. "
            .. "The ask came before any value and right over her cue." },
        { id = "ten_minutes", text = "What happened ten minutes ago?",
          to = "nadia_vents", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "follow_up_question" },
          reply = "Our recruiting agency cancelled on me.",
          thought = "Well, since you ask.",
          feedback = "You picked up her exact words and asked about them. "
            .. "A follow-up on what she just said shows you are really listening." },
      },
    },

    early_ask = {
      speaker = "nadia",
      mood = "annoyed",
      cue = "She puts the phone face down, a little too hard.",
      text = "Honestly? You're the fourth person to ask this week. I don't really know your work, so I'd "
        .. "be vouching for someone I've talked to twice. And today's bad timing: our recruiting agency "
        .. "just cancelled on me.",
      learn = { "agency_cancelled" },
      trust = { nadia = -2 },
      choices = {
        { id = "agency_question", text = "Fair. And I'm sorry about the agency; that sounds like a rough morning.",
          to = "nadia_vents", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "perspective", "name_emotion" },
          reply = "It is. Thanks.",
          thought = "Huh. Took that well.",
          feedback = "You took the no without arguing and turned to her actual problem, naming it lightly. "
            .. "That recovery is worth more than the referral right now." },
        { id = "let_you_get_on", text = "Fair enough. I'll let you get on.",
          to = "desk_later", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks.",
          feedback = "You heard 'bad timing' and the phone going down hard, and let her be: a clean retreat. "
            .. "A word on the agency would have kept the door open, because her problem was your way in." },
        { id = "forward_cv", text = "Totally get it. Could you at least forward my CV to the hiring manager?",
          to = "pushed_away", asks = true, score = { listening = -1, empathy = -2, value_first = -1 }, trust = { nadia = -2 },
          tags = { "premature_ask", "dismiss" },
          reply = "I just said I don't know your work.",
          thought = "Did any of that land?",
          feedback = "A second ask straight after a no tells her you did not hear her reasons. "
            .. "Shrinking the request does not help when the problem is that she does not know you yet." },
      },
    },

    nadia_vents = {
      speaker = "nadia",
      mood = "sad",
      cue = "She rubs her forehead with the back of her wrist.",
      text = "I've got a usability study on the new checkout next Thursday, eight sessions. The agency was meant "
        .. "to find people who gave up on a checkout in the last month, and this morning they said they can't. "
        .. "I have two people. Two. And Ade, my manager, wants findings before the roadmap review.",
      learn = { "agency_cancelled", "study_thursday", "needs_abandoners" },
      choices = {
        { id = "agency_story", text = "Agencies are the worst. When we ran our panel survey last year ours went silent for a month, "
            .. "and I ended up phoning people myself...",
          to = "self_story", score = { listening = -1, empathy = -1 }, trust = { nadia = -1 },
          tags = { "topic_hijack", "self_focus" },
          thought = "I don't have time for your agency.",
          feedback = "The story was meant as sympathy, but it moved the spotlight onto you in the middle of her "
            .. "crisis. Stay on her problem for a few more sentences." },
        { id = "forum", text = "That sounds stressful. Have you tried the customer forum?",
          to = "forum_idea", score = { listening = 1, empathy = 1 },
          tags = { "name_emotion", "follow_up_question" },
          feedback = "Naming the stress was kind, and the question stays on her problem. But a "
            .. "quick fix offered before you know exactly who she needs usually misses." },
        { id = "paraphrase_six", text = "So you need six more people who quit checkout recently, by next Thursday.",
          to = "confirm_need", score = { listening = 2 }, trust = { nadia = 1 },
          tags = { "paraphrase" },
          thought = "Yes. Exactly that.",
          feedback = "A short, exact paraphrase: she hears that you have the problem right, numbers and all. "
            .. "That is what makes an offer of help believable." },
        { id = "vent_ask", text = "Oof. Hey, while I've got you: would you refer me for the researcher role on your team?",
          to = "ask_mid_vent", asks = true, score = { listening = -1, empathy = -2, value_first = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask", "miss_cue" },
          thought = "Did any of that even land?",
          reply = "Sorry, what?",
          feedback = "She has just told you her study is falling apart, and you answered with a request. "
            .. "Asking in the middle of someone's problem reads as not caring about it." },
      },
    },

    self_story = {
      speaker = "nadia",
      mood = "neutral",
      cue = "She glances at the clock on the microwave.",
      text = "Right. Yeah. Sorry, I should go and start phoning people.",
      choices = {
        { id = "remind_me", text = "Wait, before you go: remind me who exactly you need to find for this study?",
          to = "nadia_repeats", score = { listening = -1, empathy = -1 },
          tags = { "ask_again", "miss_cue" },
          reply = "She looks at the microwave clock, then back at you.",
          feedback = "She had already told you exactly who she needs and is glancing at the clock "
            .. "to leave, and you held her to repeat it. Asking again shows your own story was "
            .. "louder in your head than hers." },
        { id = "story_recover", text = "Sorry, I took over. People who quit checkout last month, you said? Our panel can find them.",
          to = "offer_taken", gives = true,
          score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "recall_detail", "offer_help" },
          reply = "Wait. It can?",
          thought = "Oh. That's actually useful.",
          feedback = "You caught yourself, came back to her words and offered something real. "
            .. "Recalling her exact need is what turns an apology into help." },
        { id = "let_her_phone", text = "Good luck. I'll let you get phoning.",
          to = "desk_later", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks.",
          feedback = "You heard that she needs to go and let her, which is considerate. "
            .. "But your panel fits her problem exactly, and one line offering it would have changed her morning." },
      },
    },

    nadia_repeats = {
      speaker = "nadia",
      mood = "annoyed",
      cue = "She says it slowly, the way you would repeat an order to a waiter.",
      text = "People who gave up on checkout in the last month. Six of them. By Thursday.",
      choices = {
        { id = "repeats_offer", text = "Got it. Our panel logs checkout events, so I can pull people who quit.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "offer_help" },
          reply = "Hang on. Really?",
          thought = "All right. That I'll take.",
          feedback = "A concrete offer that fits her problem exactly. "
            .. "It partly repairs the repeated question, because it shows you are paying attention now." },
        { id = "repeats_vague", text = "Right, yes, of course. Well, shout if there's anything at all I can do to help, seriously.",
          to = "vague_offer", score = { listening = -1, value_first = -1 },
          tags = { "generic_reply" },
          feedback = "She has just spelled out exactly what she needs, and an open offer stands in for it: "
            .. "she has to work out what you could do. Say what you can do instead." },
      },
    },

    forum_idea = {
      speaker = "nadia",
      mood = "neutral",
      cue = "She shakes her head before you have finished.",
      text = "Tried it. The forum is all power users who love the app. I need the people who got annoyed and left.",
      choices = {
        { id = "forum_vague", text = "Makes sense. Well, if you think of anything I could do to help, just shout, honestly.",
          to = "vague_offer", score = { listening = -1, value_first = -1 },
          tags = { "generic_reply" },
          feedback = "Kind, but vague, just after she named the people she needs: under pressure nobody stops "
            .. "to design a favour for someone else. Name the help you can give." },
        { id = "ones_who_left", text = "The ones who left. Our panel logs checkout events, so I can find those.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "paraphrase", "offer_help" },
          reply = "You can?",
          thought = "Finally, someone who heard 'left'.",
          feedback = "You took her correction, used her words and matched it with something you can actually do. "
            .. "A specific offer lands far better than a suggestion." },
        { id = "forum_ask_again", text = "Sorry, who is it you need exactly?",
          to = "nadia_repeats", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "She has described them twice now. Asking again makes her do the remembering for you." },
      },
    },

    ask_mid_vent = {
      speaker = "nadia",
      mood = "annoyed",
      cue = "She blinks at you.",
      text = "I just told you my study is falling apart, and you're asking me for a referral?",
      trust = { nadia = -2 },
      choices = {
        { id = "deadline_excuse", text = "Sorry. I just really want this job, and the posting closes at the end of the month, "
            .. "so I thought I'd ask while I had you.",
          to = "pushed_away", score = { listening = -1, empathy = -2, value_first = -2 }, trust = { nadia = -2 },
          tags = { "self_focus" },
          reply = "Right.",
          thought = "And my study is still falling apart.",
          feedback = "She has just told you her study is falling apart, and explaining why you need "
            .. "the job keeps the ask on the table and the conversation about you. She hears that "
            .. "her problem still is not the point." },
        { id = "vent_recover", text = "Bad timing, sorry. Forget the role. Our panel logs checkout events: want me to find your six?",
          to = "offer_taken", gives = true, score = { listening = 1, empathy = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "offer_help", "recall_detail" },
          reply = "...You can do that?",
          thought = "OK. That's a better second sentence.",
          feedback = "Owning the bad timing and putting her problem first is the right recovery. "
            .. "Dropping the ask and offering something concrete starts the value you skipped." },
        { id = "leave_after_vent", text = "Sorry. I'll leave you to it.",
          to = "desk_later",
          score = { listening = 1, empathy = 1 }, tags = { "respect_time" }, reply = "Yeah.",
          feedback = "You heard the rebuke and stepped back instead of pressing, which she will "
            .. "appreciate. But the ask is now all she has to remember you by; an offer of help "
            .. "would have changed that." },
      },
    },

    confirm_need = {
      speaker = "nadia",
      mood = "thinking",
      cue = "She finally looks up from the phone.",
      text = "Exactly. And not fans. People who got annoyed and left. Those are the ones nobody can find.",
      choices = {
        { id = "help_then_ask", text = "I could help with that. Actually, would you refer me for the researcher role? Then I could do this "
          .. "properly.",
          to = "ask_mid_vent", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, trust = { nadia = -2 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "So the help comes with a condition.",
          reply = "Wait. Then you could do this properly?",
          feedback = "She had just looked up to tell you who she needs, and the ask jumps from her "
            .. "study to your role in the same breath as the offer, so the help sounds "
            .. "conditional. Help first, fully, and ask another day." },
        { id = "pull_quitters", text = "Our panel logs checkout events. I could pull you a list of quitters today.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 2 },
          tags = { "offer_help" },
          reply = "Hold on.",
          thought = "Today? Seriously?",
          feedback = "Specific, fast and cheap for her to accept. "
            .. "An offer that fits her exact problem is the strongest kind of value." },
        { id = "confirm_vague", text = "Oh no. Well, let me know if there's anything at all I can do to help, seriously, any time.",
          to = "vague_offer", score = { listening = -1, value_first = -1 },
          tags = { "generic_reply" },
          feedback = "Warm but vague, when she has just told you exactly who she needs: she has to work out what "
            .. "you could do, and in a crisis nobody does. Name the help." },
      },
    },

    vague_offer = {
      speaker = "nadia",
      mood = "neutral",
      cue = "She is already turning back to her phone.",
      text = "Thanks. That's kind. I'll shout.",
      choices = {
        { id = "work_out_fine", text = "Cool, cool. Good luck with it all, I'm sure it'll work out in the end!",
          to = "desk_later", score = { listening = -1, empathy = -1 },
          tags = { "generic_reply", "dismiss" },
          feedback = "She will not shout: people under pressure rarely take up an offer they would have to design "
            .. "themselves, and 'it'll work out' waves away a real problem." },
        { id = "concrete_now", text = "Actually, wait. Our panel logs checkout events. I can find people who quit.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "offer_help", "notice_cue" },
          reply = "Wait, what?",
          thought = "That's not a 'let me know'. That's a real thing.",
          feedback = "You saw her turning away and made the offer concrete before the moment closed. "
            .. "That rescue is worth practising." },
      },
    },

    offer_taken = {
      speaker = "nadia",
      mood = "surprised",
      cue = "She stops scrolling and looks at you properly for the first time.",
      text = "You can filter on abandoned checkouts? Yes. Please. Android and iOS both, "
        .. "and nobody who works here. Last time we got three people from Finance.",
      learn = { "platforms_no_staff" },
      trust = { nadia = 1 },
      choices = {
        { id = "which_platforms", text = "Sure thing. Sorry, which platforms did you want?",
          to = "list_sent", score = { listening = -1 },
          tags = { "ask_again" },
          reply = "Both. Android and iOS.",
          feedback = "She said it one sentence ago. "
            .. "Asking again makes her wonder how carefully the list will be put together." },
        { id = "trade", text = "Great. And in return, maybe you could put in a word for me for the researcher role?",
          to = "trade_ask", asks = true, score = { listening = -1, value_first = -2 }, trust = { nadia = -2 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "Oh. So that's what this is.",
          feedback = "She had just told you exactly what she needs, and 'in return' moves from her "
            .. "study to your role: help with a price tag is a trade, not a favour. Asking before "
            .. "you have even delivered spends the goodwill you just earned." },
        { id = "by_four", text = "Both platforms, no staff. You'll have it by four.",
          to = "list_sent", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "follow_through" },
          reply = "You're a lifesaver.",
          thought = "And it comes with a time. Good.",
          feedback = "You repeated her two conditions and gave a time. "
            .. "A commitment with a deadline is what makes help believable." },
      },
    },

    trade_ask = {
      speaker = "nadia",
      mood = "guarded",
      cue = "Her smile stays, but it goes a little fixed.",
      text = "Oh. Um. Let's see how Thursday goes first, yeah?",
      trust = { nadia = -2 },
      choices = {
        { id = "before_it_closes", text = "Sure. I just want to get it in before the posting closes.",
          to = "list_sent", score = { listening = -1, empathy = -1, value_first = -1 }, trust = { nadia = -1 },
          tags = { "self_focus" },
          reply = "Mm.",
          thought = "Still about the posting, then.",
          feedback = "She said 'later' with a fixed smile and you explained your deadline, which "
            .. "keeps the ask pressing on her. That keeps the focus on you." },
        { id = "forget_it", text = "Of course. Forget I said it. List by four.",
          to = "list_sent", score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "notice_cue", "respect_time", "follow_through" },
          reply = "OK. Thanks.",
          feedback = "You saw the fixed smile, withdrew the ask cleanly and recommitted to the "
            .. "help, which limits the damage. The list now has to speak for itself." },
      },
    },

    -- Scene 1, second chance: the public channel, Friday.
    desk_later = {
      speaker = "narrator",
      cue = "Two eyes emoji under her post. No replies.",
      text = "Friday. In the Mobile team's public channel, Nadia has posted: 'Does anyone know a recruiter "
        .. "who can find six people who abandoned checkout in the last month, for sessions next Thursday? "
        .. "Ours fell through.' The researcher posting closes at the end of the month.",
      learn = { "agency_cancelled", "study_thursday", "needs_abandoners" },
      choices = {
        { id = "channel_offer", text = "(Message her) Saw your post. Our customer panel logs checkout events, so I can pull people who "
          .. "quit. Want me to?",
          to = "late_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "notice_cue", "offer_help" },
          thought = "Out of nowhere, and exactly what I asked for.",
          feedback = "You read her public post as what it was, a request for help, and answered it with something "
            .. "specific. Late is still fine when the offer fits." },
        { id = "close_channel", text = "(Close the channel. Someone else will answer her.)",
          to = "no_contact", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "It feels like modesty, but it is the fear of reaching out winning. "
            .. "Her post was the easiest opening you will get." },
        { id = "cold_message", text = "(Message her) Hi Nadia! I'm applying for the UX researcher role on your team and wondered whether "
            .. "you'd be willing to refer me? Happy to send over my CV and anything else you need.",
          to = "cold_no", asks = true, score = { listening = -1, empathy = -1, value_first = -2 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "Polite and clear, but sent to someone who does not know your work, on the day "
            .. "she is asking the whole channel for help and nobody has answered. Answer her "
            .. "request before you make yours." },
      },
    },

    late_offer = {
      speaker = "nadia",
      mood = "surprised",
      cue = "Her reply arrives in under a minute.",
      text = "Wait, really? Yes please! Android and iOS both, and nobody who works here. You might have just saved "
        .. "my week.",
      learn = { "platforms_no_staff" },
      trust = { nadia = 1 },
      choices = {
        { id = "late_random_ask", text = "Happy to! Also, random one: would you be up for referring me for the researcher role?",
          to = "trade_ask", asks = true, score = { listening = -1, value_first = -2 }, trust = { nadia = -2 },
          tags = { "topic_hijack", "premature_ask" },
          thought = "Ah. There it is.",
          feedback = "She had just said you might have saved her week, and 'random one' turns from "
            .. "her study to your role: attaching an ask before delivering makes the offer a deal. "
            .. "Let the list land first." },
        { id = "end_of_day", text = "Both platforms, no staff. List by end of day.",
          to = "list_sent", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "follow_through" },
          thought = "Clear and quick. Good.",
          feedback = "You confirmed her two conditions and committed to a time. "
            .. "Clear, reliable help is what she will remember." },
      },
    },

    -- Scene 2: the day after her sessions.
    list_sent = {
      speaker = "narrator",
      text = "You send the list that afternoon: eleven people, both platforms, nobody on staff. "
        .. "The Friday after her sessions, Nadia waves you over to the Mobile team's corner.",
      choices = {
        { id = "stay_at_desk", text = "(Wave back, but stay at your desk. You've got a deadline.)",
          to = "tuesday", score = { listening = -1 },
          tags = { "miss_cue" },
          reply = "She shrugs, smiling, and turns back to her screen.",
          feedback = "Busy is real, but she was inviting you in. "
            .. "Two minutes of listening now would have kept the thread going." },
        { id = "walk_over", text = "(Walk over.)",
          to = "study_debrief", score = { listening = 1 },
          tags = { "notice_cue" },
          feedback = "Going over when she waves costs you nothing and lets her tell you how your help landed." },
      },
    },

    study_debrief = {
      speaker = "nadia",
      mood = "warm",
      cue = "She is grinning, but there are grey shadows under her eyes.",
      text = "Your list saved me. Seven of eight turned up, and every one of them quit at the same moment: "
        .. "the delivery fee only appears on the very last screen. Ade went quiet watching the clips. "
        .. "Now I have to turn eight hours of video into something for the roadmap review on Monday.",
      learn = { "delivery_fee_finding", "review_monday" },
      trust = { nadia = 1 },
      discuss = "You have helped, and it worked. Is this the moment to ask?",
      choices = {
        { id = "fee_and_monday", text = "The fee on the last screen. Ouch. And Monday is close: how are you holding up?",
          to = "synthesis_stuck", score = { listening = 2, empathy = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "notice_cue" },
          reply = "Honestly?",
          thought = "Nobody's asked me that all week.",
          feedback = "You reflected the finding in a few words, then asked about what her tired face was telling you. "
            .. "Both halves of listening in one line." },
        { id = "now_that_its_gone_well", text = "Seven of eight is brilliant! So now that it's gone well, could we talk about the researcher role?",
          to = "ask_tired", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { nadia = -1 },
          tags = { "miss_cue", "premature_ask" },
          thought = "Four hours of sleep, and now we're talking hiring.",
          feedback = "You had given first, but she is exhausted with a deadline on Monday. "
            .. "Timing is part of making an ask easy to say yes to." },
        { id = "panel_plug", text = "Told you the panel would come through. Honestly, it's the most underused thing in this building.",
          to = "panel_plug", score = { listening = -1, empathy = -1 },
          tags = { "topic_hijack", "self_focus" },
          feedback = "She told you what the study found and what Monday holds, and her win became "
            .. "an advert for your tool. Let her have the moment; she already knows where the list "
            .. "came from." },
      },
    },

    panel_plug = {
      speaker = "nadia",
      mood = "neutral",
      cue = "Her grin fades a notch.",
      text = "Ha. It did. The panel, yes.",
      choices = {
        { id = "plug_recover", text = "Sorry, that was about me. What's the hard part now, with the clips?",
          to = "synthesis_stuck", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "notice_cue", "open_question" },
          reply = "Honestly?",
          thought = "OK, that got noticed.",
          feedback = "You noticed the grin fade, owned it and asked about her work. "
            .. "A quick repair like that keeps the door open." },
        { id = "plug_demo", text = "I could demo it for the whole Mobile team next week, if you like. It would save you all a lot of time.",
          to = "tuesday", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "self_focus" },
          reply = "Maybe. After Monday.",
          feedback = "Her grin had just faded at the panel talk, and the offer carries on with it: "
            .. "it sounds like help, but it serves your tool more than her week. She has eight "
            .. "hours of clips ahead; ask about those." },
        { id = "got_this", text = "Anyway, good luck on Monday, you've got this!",
          to = "tuesday", score = { listening = -1, empathy = -1 },
          tags = { "generic_reply", "dismiss" },
          reply = "Thanks.",
          feedback = "Friendly, but it could close any conversation, and her fading grin and the "
            .. "heavy Monday ahead get a cheer instead of a question. One question about Monday "
            .. "would have shown you noticed." },
      },
    },

    ask_tired = {
      speaker = "nadia",
      mood = "sad",
      cue = "She exhales and presses the heels of her hands into her eyes.",
      text = "Can it wait until after Monday? I genuinely can't think about hiring right now.",
      trust = { nadia = -1 },
      choices = {
        { id = "only_quick", text = "Sure, totally. It's only a quick one though, and then I'll leave you alone: would you refer me?",
          to = "pushed_away", asks = true, score = { listening = -1, empathy = -2, value_first = -2 }, trust = { nadia = -2 },
          tags = { "dismiss", "premature_ask" },
          reply = "No. Not today.",
          thought = "I said not now.",
          feedback = "She asked for a few days and you asked again anyway. "
            .. "Pushing past a clear 'not now' turns it into a no." },
        { id = "hardest_part_monday", text = "Of course. What's the hardest part of Monday?",
          to = "synthesis_stuck", score = { listening = 1, empathy = 2 }, trust = { nadia = 1 },
          tags = { "respect_time", "open_question" },
          reply = "Honestly?",
          thought = "OK. That was heard.",
          feedback = "You took her 'not now' at once and turned the talk to what she is carrying, "
            .. "her topic instead of yours. Agreeing to wait is how you keep the ask alive." },
        { id = "of_course_sorry", text = "Of course. Sorry, bad timing.",
          to = "tuesday", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks. Really.",
          feedback = "You saw how tired she is and took her 'not now' at face value, which keeps "
            .. "the ask alive. She is still carrying Monday, though; a question about it would "
            .. "have helped more." },
      },
    },

    synthesis_stuck = {
      speaker = "nadia",
      mood = "sad",
      cue = "She waves at a wall covered in sticky notes.",
      text = "Drowning. Eight hours of clips, a wall of sticky notes and the review on Monday morning. "
        .. "Ade wants three findings, not thirty.",
      learn = { "ade_wants_three" },
      choices = {
        { id = "monday_afternoon", text = "I could block out Monday afternoon to sit with you and cluster everything together.",
          to = "wrong_day", score = { listening = -1 },
          tags = { "offer_help" },
          feedback = "A generous offer, but the review is on Monday morning: an afternoon slot arrives after she needs it. "
            .. "Help only helps if it fits her timeline." },
        { id = "share_board", text = "We tagged our panel interviews by journey step, then voted them down to three. I'll send you the board.",
          to = "resource_shared", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "share_resource" },
          reply = "Three?",
          thought = "That is exactly the shape I need.",
          feedback = "You offered a tool you have used, sized to her exact problem: three, not thirty. "
            .. "Something that worked for you is easy for her to take." },
        { id = "you_will_be_fine", text = "You'll be fine. You always pull these together.",
          to = "brushed_off", score = { listening = -1, empathy = -1 }, trust = { nadia = -1 },
          tags = { "generic_reply", "dismiss" },
          thought = "That's not what I said.",
          feedback = "Reassurance sounds supportive but skips what she just told you. "
            .. "'Drowning' deserves a question or an offer, not a pat on the back." },
      },
    },

    wrong_day = {
      speaker = "nadia",
      mood = "neutral",
      cue = "She says it kindly, already looking back at the sticky notes.",
      text = "The review's Monday at ten, so the afternoon's a bit late. But thank you.",
      choices = {
        { id = "reshape", text = "Ten, right. Then something quicker: the board we used to vote findings down to three.",
          to = "resource_shared", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "share_resource", "paraphrase" },
          reply = "Down to three?",
          thought = "Quick to adjust. I like that.",
          feedback = "You took the correction and reshaped the help to fit her deadline. "
            .. "Quick, specific, and ready before ten on Monday." },
        { id = "silly_me", text = "Ah, of course, silly me. Well, good luck with it all then, I'm sure it'll go well!",
          to = "tuesday", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "respect_time" },
          reply = "Thanks.",
          feedback = "You took her correction lightly and let her get back to her sticky notes, "
            .. "which is kind. A smaller offer that fits ten o'clock would still have helped." },
      },
    },

    brushed_off = {
      speaker = "nadia",
      mood = "sad",
      cue = "She turns back to her monitor.",
      text = "Hope so.",
      choices = {
        { id = "practical_thing", text = "Actually, one practical thing: we voted our panel findings down to three on a board. Want it?",
          to = "resource_shared", gives = true, score = { listening = 1, value_first = 2 }, trust = { nadia = 1 },
          tags = { "share_resource", "notice_cue" },
          reply = "...Yes. Actually, yes.",
          thought = "OK, that's more useful than 'you'll be fine'.",
          feedback = "You heard how flat your reassurance fell and swapped it for something useful. "
            .. "That is the recovery." },
        { id = "leave_her", text = "(Leave her to it. She'll ask if she needs anything.)",
          to = "tuesday", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "Her flat 'hope so' said the reassurance missed. She is still drowning, "
            .. "and you had something that would help." },
      },
    },

    resource_shared = {
      speaker = "nadia",
      mood = "warm",
      cue = "She is already opening a new tab.",
      text = "Yes. Send it. Anything that stops me making thirty slides.",
      trust = { nadia = 1 },
      choices = {
        { id = "sending_now", text = "Sending it now. It's the one called 'Panel synthesis, March', in the shared research folder.",
          to = "tuesday", score = { listening = 1, value_first = 2 },
          tags = { "follow_through" },
          reply = "Got it. Thank you.",
          feedback = "She said 'send it' and you did, while she watched, with where to find it. "
            .. "Following through at once is what makes you reliable." },
        { id = "page_for_three", text = "Sent, with a page for picking your three, since that's what Ade wants.",
          to = "tuesday", when = "ade_wants_three", score = { listening = 2, value_first = 2 }, trust = { nadia = 1 },
          tags = { "follow_through", "recall_detail" },
          reply = "Oh, that's perfect.",
          thought = "Remembered what Ade asked for.",
          feedback = "You remembered Ade's 'three, not thirty' and shaped the help around it. "
            .. "Recalling a detail like that shows you listened, not just helped." },
        { id = "tidy_first", text = "Will do, once I've tidied it up a bit. Next week, maybe?",
          to = "tuesday", score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue" },
          reply = "Oh. The review's Monday, so...",
          feedback = "She is drowning before Monday's review and said 'send it'; next week is after "
            .. "the review. Help that arrives late is a promise she has to chase; send it as it "
            .. "is." },
      },
    },

    -- Scene 3: Tuesday, after the roadmap review.
    tuesday = {
      speaker = "narrator",
      text = "Tuesday. The roadmap review was yesterday. You pass Nadia at the coffee machine; "
        .. "she is walking lighter than last week.",
      choices = {
        { id = "keep_walking", text = "(Nod hello and keep walking. She probably doesn't want to talk shop.)",
          to = "helped_no_ask", score = { listening = -1 },
          tags = { "miss_cue" },
          reply = "She lifts her cup at you as you pass.",
          feedback = "You had earned a real conversation and skipped it, guessing on her behalf. "
            .. "Her lighter step was an invitation." },
        { id = "fee_finding", text = "How did Ade take the delivery fee finding?",
          to = "review_after", when = "delivery_fee_finding", score = { listening = 2 },
          tags = { "recall_detail", "follow_up_question" },
          reply = function(state)
            if seen(state, "resource_shared") then
              return "She grins. \"Really well. Your board is the reason it was three findings and not thirty.\""
            end
            return "She grins. \"Really well, actually.\""
          end,
          feedback = "You came back to the exact finding she told you about last week. "
            .. "Following up on a detail shows your interest lasted beyond the favour." },
        { id = "how_did_it_go", text = "Hey, stranger! How did yesterday's big review end up going?",
          to = "review_after", score = { listening = 1 },
          tags = { "open_question" },
          reply = function(state)
            if seen(state, "resource_shared") then
              return "She grins. \"Really well. Your board is the reason it was three findings and not thirty.\""
            end
            return "She grins. \"Really well, actually.\""
          end,
          feedback = "A simple open question about the thing that mattered to her. She gets to tell the story." },
      },
    },

    review_after = {
      speaker = "nadia",
      mood = "warm",
      cue = "She lifts her cup at you, smiling.",
      text = "Ade took two of our three findings straight into next quarter, and the delivery fee fix is first in line.",
      learn = { "delivery_fee_finding" },
      choices = {
        { id = "first_in_line", text = "First in line! That's what your sessions were for. Congratulations.",
          to = "the_turn", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "celebrate", "paraphrase" },
          reply = "Thank you. It feels good, honestly.",
          thought = "It does feel good. Nice that someone noticed.",
          feedback = "You celebrated her win in her own words. "
            .. "Marking someone's milestone before anything else is value in itself." },
        { id = "ask_straight_away", text = "Brilliant. So, while I've got you: would you refer me for the researcher role on your team?",
          to = answer, can_go = { "yes_referral", "hesitant" }, asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "miss_cue", "premature_ask" },
          reply = answer_reply,
          feedback = "A clear ask, but it came one breath after her good news with nothing said about it. "
            .. "Celebrate first; the ask can wait a sentence." },
        { id = "did_fee_make_it", text = "Nice! Did the delivery fee change make it in?",
          to = "the_turn", score = { listening = -1 },
          tags = { "ask_again" },
          reply = "It's first in line. I just said.",
          feedback = "She had just told you it is first in line. "
            .. "Asking again sounds like you were waiting for your turn to talk." },
      },
    },

    the_turn = {
      speaker = "nadia",
      mood = "warm",
      cue = "She leans on the counter, in no hurry now.",
      discuss = "She has thanked you and asked about you. Is this the moment to ask, and how would you make a no easy for her?",
      text = "Anyway, enough about my study. I still owe you for that list. How are things with you? "
        .. "Still running the customer panel?",
      choices = {
        { id = "one_thing", text = "Still there. One thing, and no is a fine answer: would you refer me for the researcher role? "
            .. "I'd send you three lines to forward.",
          to = answer, can_go = { "yes_referral", "hesitant" }, asks = true, score = { listening = 1, value_first = 1 },
          tags = { "specific_ask" },
          reply = answer_reply,
          feedback = "She asked how you are, and you answered with one thing: specific, small "
            .. "(three lines to forward) and easy to decline, after you had given first. That is "
            .. "what a well-timed ask looks like." },
        { id = "well_done_again", text = "Still there. Anyway, I'll let you get back. Well done again.",
          to = "helped_no_ask",
          score = { listening = -1 }, tags = { "miss_cue" }, reply = "Thanks. And thanks again for the list.",
          feedback = "Gracious, and nothing is lost between you, but she was leaning on the counter "
            .. "in no hurry and had asked about you, and you left. After you have given, a "
            .. "specific ask that is easy to decline is not greedy." },
        { id = "owe_me", text = "You do owe me one for that list. So: refer me for the researcher job?",
          to = "owed", asks = true,
          score = { empathy = -1, value_first = -2 }, trust = { nadia = -3 },
          tags = { "specific_ask", "self_focus" },
          thought = "Oh. It was a loan.",
          feedback = "She offered thanks, and you cashed it in as a debt. "
            .. "Help given to be repaid stops feeling like help, and now she has to weigh the referral against being "
            .. "cornered." },
        { id = "vague_change", text = "Oh, same old, same old. Though I've been thinking about a change, so I was wondering if you "
            .. "might be open to helping me with that at some point, whatever that looks like, if you ever "
            .. "have a spare moment. No pressure!",
          to = "vague_reply", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          feedback = "Kind and hedged, but she cannot tell what you want, so she cannot say yes. "
            .. "A vague ask hands her the work of defining the favour." },
      },
    },

    vague_reply = {
      speaker = "nadia",
      mood = "thinking",
      cue = "She tilts her head, waiting for the actual question.",
      text = "Er, sure? What kind of help do you mean?",
      choices = {
        { id = "keep_me_in_mind", text = "Oh, nothing specific really! Just keep me in mind if anything ever comes up on your side.",
          to = "kept_in_mind", score = { listening = -1, value_first = -1 },
          tags = { "vague_ask" },
          feedback = "She asked you directly, and 'keep me in mind' asks her to remember and act on something undefined. "
            .. "Nothing will come of it, and not because she does not like you." },
        { id = "name_the_referral", text = "A referral for the researcher role, if you're comfortable. No is a fine answer.",
          to = answer, can_go = { "yes_referral", "hesitant" }, score = { listening = 1, value_first = 1 },
          tags = { "specific_ask" },
          reply = answer_reply,
          feedback = "She asked what you meant and you turned the fog into one clear request she can decline. "
            .. "Next time, start here." },
      },
    },

    yes_referral = {
      speaker = "nadia",
      mood = "warm",
      cue = "She does not hesitate.",
      text = "You found me seven people in an afternoon. Send me a few lines about your research work and I'll pass "
        .. "them to Ade today.",
      choices = {
        { id = "salary_band", text = "Thanks! And could you also find out from Ade what the salary band is?",
          to = "overreached", asks = true, score = { listening = -1, empathy = -1, value_first = -2 },
          tags = { "topic_hijack", "self_focus" },
          feedback = "One favour granted, and straight away a second. "
            .. "Piling on asks, even small ones, makes the first look like a step in a plan." },
        { id = "mention_study", text = "Thank you. Can I mention your delivery fee study in my note, or is that yours to share?",
          to = "referred", when = "delivery_fee_finding", score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "recall_detail", "perspective", "gratitude" },
          reply = "Mention it. And thanks for asking.",
          feedback = "You remembered her finding and checked before using her work. "
            .. "That care for her position is exactly what she is vouching for." },
        { id = "within_the_hour", text = "Thank you, genuinely. You'll have them within the hour, short enough to forward as they are.",
          to = "referred", score = { listening = 1, empathy = 1 },
          tags = { "respect_time" },
          reply = "Perfect.",
          feedback = "You answered her yes with a time and made the note easy for her to pass on: "
            .. "that is considerate of her day. The thanks are warm, if general." },
      },
    },

    hesitant = {
      speaker = "nadia",
      mood = "thinking",
      cue = "She turns her cup a quarter turn on the counter before answering.",
      text = "I'd like to help. I just don't know your research work well enough yet to put my name on it.",
      choices = {
        { id = "no_worries", text = "No worries at all! Totally understand, honestly, it's completely fine, forget I asked.",
          to = "let_go", score = { empathy = 1 },
          tags = { "respect_time" },
          feedback = "Gracious, and she will appreciate not being pressed. "
            .. "But she told you exactly what she is missing, and you had it to offer." },
        { id = "send_study", text = "That's fair. Could I send you the panel study I ran, and you decide after?",
          to = "door_open", score = { listening = 1, empathy = 1, value_first = 1 },
          tags = { "perspective", "share_resource" },
          feedback = "You accepted her reason and offered the evidence she is missing, leaving the decision with her. "
            .. "That turns a no into a not-yet." },
        { id = "seven_participants", text = "Come on. I found you seven participants.",
          to = "pressured", score = { listening = -1, empathy = -2, value_first = -1 }, trust = { nadia = -2 },
          tags = { "dismiss", "self_focus" },
          thought = "So the list was an invoice.",
          reply = "Right.",
          feedback = "She gave you her reason, that she does not know your research work, and the "
            .. "reply steps over it to remind her of the favour: your help becomes an invoice. It "
            .. "confirms exactly the worry she just shared." },
      },
    },

    owed = {
      speaker = "nadia",
      mood = "annoyed",
      cue = "Her smile drops for a second.",
      text = "I did say thank you for the list. A referral is me vouching for your research work. "
        .. "It isn't a way of paying you back.",
      choices = {
        { id = "came_out_badly", text = "You're right, that came out badly. Could I send you the panel study I ran, and you decide?",
          to = "door_open", score = { listening = 1, empathy = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "perspective", "share_resource" },
          thought = "Better. That's the right question.",
          feedback = "You owned the framing and gave her what a referral actually needs: evidence of your work. "
            .. "The decision is hers again." },
        { id = "so_is_that_a_no", text = "So is that a no, then? Because I did get you those seven people, and that wasn't nothing.",
          to = "pressured", score = { listening = -1, empathy = -2, value_first = -1 }, trust = { nadia = -2 },
          tags = { "dismiss", "self_focus" },
          thought = "It's turning into a no, yes.",
          reply = "I didn't say no.",
          feedback = "Doubling down on the debt makes the favour look like it was bought. "
            .. "She has told you what a referral means to her; argue with that and you lose it." },
      },
    },

    -- Endings.
    referred = {
      speaker = "narrator",
      text = "Ade replies to Nadia before lunch: 'Send them my way.' She forwards it to you with one word: 'Done.'",
      ending = "referred", grade = "good",
    },
    door_open = {
      speaker = "nadia",
      mood = "warm",
      text = "Deal. Send it over, and let's get a coffee next week. If the work is what I think it is, I'll put you "
        .. "forward myself.",
      ending = "not_yet", grade = "mixed",
    },
    let_go = {
      speaker = "narrator",
      text = "Nadia smiles, relieved, and heads back to her desk. The posting closes at the end of the month "
        .. "without your name in any message to Ade.",
      ending = "declined", grade = "mixed",
    },
    helped_no_ask = {
      speaker = "narrator",
      text = "Nadia heads back to her desk with a wave. She will remember you as the person who rescued her study. "
        .. "She has no idea you wanted the job on her team.",
      ending = "never_asked", grade = "mixed",
    },
    kept_in_mind = {
      speaker = "narrator",
      text = "'Sure, of course!' She means it. By lunch she has forgotten, because there was nothing specific to "
        .. "remember.",
      ending = "vague_ask", grade = "mixed",
    },
    overreached = {
      speaker = "nadia",
      mood = "guarded",
      cue = "A short pause.",
      text = "Let's... keep it to the referral for now.",
      ending = "overreached", grade = "mixed",
    },
    pressured = {
      speaker = "nadia",
      mood = "annoyed",
      cue = "She picks up her cup.",
      text = "I know you did. I said thank you. I'll think about it.",
      ending = "pressured", grade = "poor",
    },
    pushed_away = {
      speaker = "narrator",
      text = "Nadia's face closes. 'I need to get back to this. Good luck with your application.'",
      ending = "pushed_away", grade = "poor",
    },
    cold_no = {
      speaker = "nadia",
      mood = "neutral",
      cue = "Her reply comes the next morning.",
      text = "Hi! Thanks for reaching out. I don't think I know your work well enough to refer you, sorry. Good luck "
        .. "with it!",
      ending = "cold_no", grade = "poor",
    },
    no_contact = {
      speaker = "narrator",
      text = "Someone from Finance answers her post with a recruiter's name. "
        .. "The posting closes at the end of the month. Nadia never hears from you.",
      ending = "no_contact", grade = "poor",
    },
  },
  debrief = {
    listening = "Nadia's problem was in front of you from the first sigh, and she kept giving you its details: who "
      .. "she needed and by when. Offers built from her own details land; a question she has already answered "
      .. "costs her patience.",
    empathy = "Her week was visibly hard from the first sigh in the kitchen. Reading that, and letting any ask wait "
      .. "until her own deadline had passed, is perspective taking in practice.",
    value_first = "Help first, fully and with no strings; then one specific ask that is easy to decline. "
      .. "An ask made before the help, or tied to it, costs more trust than a list can buy back.",
  },
}
