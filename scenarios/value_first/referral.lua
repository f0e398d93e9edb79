-- value_first.referral: help a colleague with the thing she is stuck on, then ask
-- for a referral she can easily decline. Asking before giving costs trust, and
-- her answer to the ask depends on the trust built over three scenes.

-- Nadia refers you only if she trusts you this much when you ask.
local READY = 8

-- True once the player has been at node `id`. The engine reports 0 visits for a
-- node not yet seen, and 0 is true in Lua, so compare instead of testing.
local function seen(state, id)
  return (state.visits[id] or 0) > 0
end

local function answer(state)
  if (state.trust.nadia or 0) >= READY then return "yes_referral" end
  return "hesitant"
end

return {
  format = 1,
  version = 1,
  id = "value_first.referral",
  title = "The referral",
  family = "value_first",
  summary = "You want a referral for the UX researcher opening on the Mobile team. "
    .. "Nadia could give you one, but she barely knows you, and her usability study has just lost its participants.",
  difficulty = 2,
  cast = {
    nadia = { name = "Nadia Brennan", role = "Senior product designer, Mobile team" },
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
      choices = {
        { text = "Morning. That phone looks like it's giving you bad news.",
          to = "nadia_vents", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "notice_cue" },
          feedback = "You named what you could see, lightly, and left her room to say what's wrong. "
            .. "Noticing the sigh is what opens the real conversation." },
        { text = "Hi Nadia! Your team's hiring a UX researcher, right? Would you be up for putting my name forward?",
          to = "early_ask", asks = true, score = { empathy = -1 }, trust = { nadia = -2 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "A clear ask, but to someone who barely knows you and is visibly having a bad morning. "
            .. "Asking before you have given anything turns your first real conversation into a transaction." },
        { text = "Morning! Good weekend?",
          to = "small_talk",
          tags = { "generic_reply", "miss_cue" },
          feedback = "Friendly and safe, but it steps past the sigh you just heard. "
            .. "A question about what is in front of you would reach her faster." },
        { text = "(Make your tea quietly and head back to your desk.)",
          to = "desk_later", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "Staying quiet feels safe, but you walked past the opening and the sign that she needed help. "
            .. "A kitchen chat is the lowest-stakes start you will get." },
      },
    },

    small_talk = {
      speaker = "nadia",
      cue = "She answers without looking up from the phone.",
      text = "Fine, mostly. Until about ten minutes ago.",
      choices = {
        { text = "What happened ten minutes ago?",
          to = "nadia_vents", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "follow_up_question" },
          feedback = "You picked up her exact words and asked about them. "
            .. "A follow-up on what she just said shows you are really listening." },
        { text = "Ha, classic. Anyway, while I've got you: the researcher opening on your team. Would you refer me?",
          to = "early_ask", asks = true, score = { listening = -1 }, trust = { nadia = -2 },
          tags = { "premature_ask", "topic_hijack" },
          feedback = "She hinted that something had gone wrong and you steered straight to your own goal. "
            .. "The ask came before any value and right over her cue." },
      },
    },

    early_ask = {
      speaker = "nadia",
      cue = "She puts the phone face down, a little too hard.",
      text = "Honestly? You're the fourth person to ask this week. I don't really know your work, so I'd "
        .. "be vouching for someone I've talked to twice. And today's bad timing: our recruiting agency "
        .. "just cancelled on me.",
      learn = { "agency_cancelled" },
      trust = { nadia = -2 },
      choices = {
        { text = "Fair. What happened with the agency?",
          to = "nadia_vents", score = { listening = 1, empathy = 1 },
          tags = { "follow_up_question", "notice_cue" },
          feedback = "You took the no without arguing and turned to her actual problem. "
            .. "That recovery is worth more than the referral right now." },
        { text = "Totally get it. Could you at least forward my CV to the hiring manager?",
          to = "pushed_away", asks = true, score = { empathy = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask", "dismiss" },
          feedback = "A second ask straight after a no tells her you did not hear her reasons. "
            .. "Shrinking the request does not help when the problem is that she does not know you yet." },
        { text = "Fair enough. I'll let you get on.",
          to = "desk_later", score = { listening = -1, empathy = 1 },
          tags = { "respect_time", "miss_cue" },
          feedback = "Backing off gracefully respects her, but she had just told you what was wrong and you left it. "
            .. "Her problem was your way in." },
      },
    },

    nadia_vents = {
      speaker = "nadia",
      cue = "She rubs her forehead with the back of her wrist.",
      -- She has already mentioned the agency if you asked for the referral first. (Not
      -- a fact: this node's own `learn` is applied before its text is shown.)
      text = function(state)
        local opening = "Our recruiting agency just cancelled on me. "
        if seen(state, "early_ask") then opening = "The agency, yes. " end
        return opening .. "I've got a usability study on the new checkout next Thursday, eight sessions. "
          .. "They were meant to find people who gave up on a checkout in the last month, and this "
          .. "morning they said they can't. I have two people. Two. And Ade, my manager, wants findings before the "
          .. "roadmap review."
      end,
      learn = { "agency_cancelled", "study_thursday", "needs_abandoners" },
      choices = {
        { text = "So you need six more people who quit checkout recently, by next Thursday.",
          to = "confirm_need", score = { listening = 2 }, trust = { nadia = 1 },
          tags = { "paraphrase" },
          feedback = "A short, exact paraphrase: she hears that you have the problem right, numbers and all. "
            .. "That is what makes an offer of help believable." },
        { text = "Agencies are the worst. When we ran our panel survey last year ours went silent for a month, "
            .. "and I ended up phoning people myself...",
          to = "self_story", score = { listening = -1, empathy = -1 }, trust = { nadia = -1 },
          tags = { "topic_hijack", "self_focus" },
          feedback = "The story was meant as sympathy, but it moved the spotlight onto you in the middle of her "
            .. "crisis. Stay on her problem for a few more sentences." },
        { text = "That sounds stressful. Have you tried the customer forum?",
          to = "forum_idea", score = { empathy = 1 },
          tags = { "name_emotion" },
          feedback = "Naming the stress was kind, and you tried to help, but a quick fix offered before you "
            .. "understand who she needs usually misses." },
        { text = "Oof. Hey, while I've got you: would you refer me for the researcher role on your team?",
          to = "ask_mid_vent", asks = true, score = { empathy = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "She has just told you her study is falling apart, and you answered with a request. "
            .. "Asking in the middle of someone's problem reads as not caring about it." },
      },
    },

    self_story = {
      speaker = "nadia",
      cue = "She glances at the clock on the microwave.",
      text = "Right. Yeah. Sorry, I should go and start phoning people.",
      choices = {
        { text = "Oh, wait, before you go, sorry: remind me who exactly it is you need to find for this study?",
          to = "nadia_repeats", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "She had already told you exactly who she needs. "
            .. "Asking again shows your own story was louder in your head than hers." },
        { text = "Sorry, I took over. People who quit checkout last month, you said? Our panel can find them.",
          to = "offer_taken", when = "needs_abandoners", gives = true,
          score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "recall_detail", "offer_help" },
          feedback = "You caught yourself, came back to her words and offered something real. "
            .. "Recalling her exact need is what turns an apology into help." },
        { text = "Good luck with it!",
          to = "desk_later",
          tags = { "generic_reply" },
          feedback = "A friendly send-off, but it closes the one conversation where you could have helped. "
            .. "That line could follow anything she said." },
      },
    },

    nadia_repeats = {
      speaker = "nadia",
      cue = "She says it slowly, the way you would repeat an order to a waiter.",
      text = "People who gave up on checkout in the last month. Six of them. By Thursday.",
      choices = {
        { text = "Got it. Our panel logs checkout events, so I can pull people who quit. Want a list?",
          to = "offer_taken", gives = true, score = { value_first = 1 }, trust = { nadia = 1 },
          tags = { "offer_help" },
          feedback = "A concrete offer that fits her problem exactly. "
            .. "It partly repairs the repeated question, because it shows you are paying attention now." },
        { text = "Right, yes, of course. Well, shout if there's anything at all I can do to help, seriously.",
          to = "vague_offer",
          tags = { "generic_reply" },
          feedback = "An open offer hands the work back to her: she has to work out what you could do. "
            .. "Say what you can do instead." },
      },
    },

    forum_idea = {
      speaker = "nadia",
      cue = "She shakes her head before you have finished.",
      text = "Tried it. The forum is all power users who love the app. I need the people who got annoyed and left.",
      choices = {
        { text = "The ones who left. Our panel logs checkout events, so I can find those.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "offer_help" },
          feedback = "You took her correction, used her words, and matched it with something you can actually do. "
            .. "A specific offer lands far better than a suggestion." },
        { text = "Makes sense. Well, if you think of anything I could do to help, just shout, honestly.",
          to = "vague_offer",
          tags = { "generic_reply" },
          feedback = "Kind, but vague: under pressure nobody stops to design a favour for someone else. "
            .. "Name the help you can give." },
        { text = "Sorry, who is it you need exactly?",
          to = "nadia_repeats", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "She has described them twice now. Asking again makes her do the remembering for you." },
      },
    },

    ask_mid_vent = {
      speaker = "nadia",
      cue = "She blinks at you.",
      text = "I just told you my study is falling apart, and you're asking me for a referral?",
      trust = { nadia = -2 },
      choices = {
        { text = "Bad timing, sorry. Forget the role. Our panel logs checkout events: want me to find your six?",
          to = "offer_taken", gives = true, score = { empathy = 1, value_first = 1 },
          tags = { "offer_help", "recall_detail" },
          feedback = "Owning the bad timing and putting her problem first is the right recovery. "
            .. "Dropping the ask and offering something concrete starts the value you skipped." },
        { text = "Sorry. I just really want this job, and the posting closes at the end of the month, "
            .. "so I thought I'd ask while I had you.",
          to = "pushed_away", score = { empathy = -1 }, trust = { nadia = -2 },
          tags = { "self_focus" },
          feedback = "Explaining why you need it keeps the conversation about you. "
            .. "She hears that her problem still is not the point." },
        { text = "Sorry. I'll leave you to it.",
          to = "desk_later",
          tags = { "respect_time" },
          feedback = "Stepping back is better than pressing, but the ask is now all she has to remember you by. "
            .. "An offer of help would have changed that." },
      },
    },

    confirm_need = {
      speaker = "nadia",
      cue = "She finally looks up from the phone.",
      text = "Exactly. And not fans. People who got annoyed and left. Those are the ones nobody can find.",
      choices = {
        { text = "Our panel logs checkout events. I could pull you a list of quitters today.",
          to = "offer_taken", gives = true, score = { value_first = 1 }, trust = { nadia = 2 },
          tags = { "offer_help" },
          feedback = "Specific, fast and cheap for her to accept. "
            .. "An offer that fits her exact problem is the strongest kind of value." },
        { text = "Oh no. Well, let me know if there's anything at all I can do to help, seriously, any time.",
          to = "vague_offer",
          tags = { "generic_reply" },
          feedback = "Warm but vague: she has to work out what you could do, and in a crisis nobody does. "
            .. "Name the help." },
        { text = "I could help with that. Actually, would you refer me for the researcher role? Then I could do this "
          .. "properly.",
          to = "ask_mid_vent", asks = true, score = { value_first = -1 }, trust = { nadia = -2 },
          tags = { "premature_ask" },
          feedback = "Putting the ask in the same breath as the offer makes the help sound conditional. "
            .. "Help first, fully, and ask another day." },
      },
    },

    vague_offer = {
      speaker = "nadia",
      cue = "She is already turning back to her phone.",
      text = "Thanks. That's kind. I'll shout.",
      choices = {
        { text = "Actually, wait. Our panel logs checkout events. I can find people who quit.",
          to = "offer_taken", gives = true, score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "offer_help", "notice_cue" },
          feedback = "You saw her turning away and made the offer concrete before the moment closed. "
            .. "That rescue is worth practising." },
        { text = "Cool, cool. Good luck with it all, I'm sure it'll work out in the end!",
          to = "desk_later",
          tags = { "generic_reply", "miss_cue" },
          feedback = "She will not shout: people under pressure rarely take up an offer they would have to design "
            .. "themselves. The chance passed." },
      },
    },

    offer_taken = {
      speaker = "nadia",
      cue = "She stops scrolling and looks at you properly for the first time.",
      text = "Wait, seriously? You can filter on abandoned checkouts? Yes. Please. Android and iOS both, "
        .. "and nobody who works here. Last time we got three people from Finance.",
      learn = { "platforms_no_staff" },
      trust = { nadia = 1 },
      choices = {
        { text = "Both platforms, no staff. You'll have it by four.",
          to = "list_sent", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "follow_through" },
          feedback = "You repeated her two conditions and gave a time. "
            .. "A commitment with a deadline is what makes help believable." },
        { text = "Great. And in return, maybe you could put in a word for me for the researcher role?",
          to = "trade_ask", asks = true, score = { value_first = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask" },
          feedback = "Help with a price tag is a trade, not a favour. "
            .. "Asking before you have even delivered spends the goodwill you just earned." },
        { text = "Sure thing. Sorry, which platforms did you want?",
          to = "list_sent", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "She said it one sentence ago. "
            .. "Asking again makes her wonder how carefully the list will be put together." },
      },
    },

    trade_ask = {
      speaker = "nadia",
      cue = "Her smile stays, but it goes a little fixed.",
      text = "Oh. Um. Let's see how Thursday goes first, yeah?",
      trust = { nadia = -2 },
      choices = {
        { text = "Of course. Forget I said it. List by four.",
          to = "list_sent", score = { empathy = 1 },
          tags = { "respect_time", "follow_through" },
          feedback = "Withdrawing the ask cleanly and recommitting to the help limits the damage. "
            .. "The list now has to speak for itself." },
        { text = "Sure. I just want to get it in before the posting closes.",
          to = "list_sent", score = { empathy = -1 }, trust = { nadia = -1 },
          tags = { "self_focus" },
          feedback = "She said 'later' and you explained your deadline. "
            .. "That keeps the pressure on her and the focus on you." },
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
        { text = "(Message her) Saw your post. Our customer panel logs checkout events, so I can pull people who "
          .. "quit. Want me to?",
          to = "late_offer", gives = true, score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "notice_cue", "offer_help" },
          feedback = "You read her public post as what it was, a request for help, and answered it with something "
            .. "specific. Late is still fine when the offer fits." },
        { text = "(Message her) Hi Nadia! I'm applying for the UX researcher role on your team and wondered whether "
            .. "you'd be willing to refer me? Happy to send over my CV and anything else you need.",
          to = "cold_no", asks = true,
          tags = { "premature_ask", "miss_cue" },
          feedback = "Polite and clear, but sent to someone who does not know your work, on the day she is asking "
            .. "the whole channel for help. Answer her request before you make yours." },
        { text = "(Close the channel. Someone else will answer her.)",
          to = "no_contact", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "It feels like modesty, but it is the fear of reaching out winning. "
            .. "Her post was the easiest opening you will get." },
      },
    },

    late_offer = {
      speaker = "nadia",
      cue = "Her reply arrives in under a minute.",
      text = "Wait, really? Yes please! Android and iOS both, and nobody who works here. You might have just saved "
        .. "my week.",
      learn = { "platforms_no_staff" },
      trust = { nadia = 1 },
      choices = {
        { text = "Both platforms, no staff. List by end of day.",
          to = "list_sent", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "follow_through" },
          feedback = "You confirmed her two conditions and committed to a time. "
            .. "Clear, reliable help is what she will remember." },
        { text = "Happy to! Also, random one: would you be up for referring me for the researcher role?",
          to = "trade_ask", asks = true, score = { value_first = -2 }, trust = { nadia = -2 },
          tags = { "premature_ask" },
          feedback = "The offer was good; attaching an ask before delivering turns it into a deal. "
            .. "Let the list land first." },
      },
    },

    -- Scene 2: the day after her sessions.
    list_sent = {
      speaker = "narrator",
      text = "You send the list that afternoon: eleven people, both platforms, nobody on staff. "
        .. "The Friday after her sessions, Nadia waves you over to the Mobile team's corner.",
      choices = {
        { text = "(Walk over.)",
          to = "study_debrief",
          tags = { "follow_through" },
          feedback = "Going over when she waves costs you nothing and lets her tell you how your help landed." },
        { text = "(Wave back, but stay at your desk. You've got a deadline.)",
          to = "tuesday", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "Busy is real, but she was inviting you in. "
            .. "Two minutes of listening now would have kept the thread going." },
      },
    },

    study_debrief = {
      speaker = "nadia",
      cue = "She is grinning, but there are grey shadows under her eyes.",
      text = "Your list saved me. Seven of eight turned up, and every one of them quit at the same moment: "
        .. "the delivery fee only appears on the very last screen. Ade went quiet watching the clips. "
        .. "Now I have to turn eight hours of video into something for the roadmap review on Monday.",
      learn = { "delivery_fee_finding", "review_monday" },
      trust = { nadia = 1 },
      discuss = "You have helped, and it worked. Is this the moment to ask?",
      choices = {
        { text = "The fee on the last screen. Ouch. How are you feeling about Monday?",
          to = "synthesis_stuck", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "paraphrase", "open_question", "notice_cue" },
          feedback = "You reflected the finding in a few words, then asked about what her tired face was telling you. "
            .. "Both halves of listening in one line." },
        { text = "Seven of eight is brilliant! So now that it's gone well, could we talk about the researcher role?",
          to = "ask_tired", asks = true, score = { listening = -1, empathy = -1 }, trust = { nadia = -1 },
          tags = { "miss_cue", "premature_ask" },
          feedback = "You had earned an ask, but she is exhausted with a deadline on Monday. "
            .. "Timing is part of making an ask easy to say yes to." },
        { text = "Told you the panel would come through. Honestly, it's the most underused thing in this building.",
          to = "panel_plug", score = { empathy = -1 },
          tags = { "self_focus" },
          feedback = "Her win became an advert for your tool. "
            .. "Let her have the moment; she already knows where the list came from." },
      },
    },

    panel_plug = {
      speaker = "nadia",
      cue = "She is already half-turned back to her screen.",
      text = "Ha. It did. Anyway, I should get back to my clips.",
      choices = {
        { text = "Sorry, that was about me. What's the hard part with the clips?",
          to = "synthesis_stuck", score = { listening = 1, empathy = 1 },
          tags = { "notice_cue", "open_question" },
          feedback = "You noticed her turning away, owned it, and asked about her work. "
            .. "A quick repair like that keeps the door open." },
        { text = "Sure, of course, I'll let you get on with it. Good luck on Monday, you've got this!",
          to = "tuesday",
          tags = { "generic_reply", "miss_cue" },
          feedback = "Polite, but she clearly had something heavy ahead of her and you let it go unasked." },
      },
    },

    ask_tired = {
      speaker = "nadia",
      cue = "She exhales and presses the heels of her hands into her eyes.",
      text = "Can it wait until after Monday? I genuinely can't think about hiring right now.",
      trust = { nadia = -1 },
      choices = {
        { text = "Of course. Bad timing. What's the hardest part of Monday?",
          to = "synthesis_stuck", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "respect_time", "perspective", "open_question" },
          feedback = "You took her 'not now' at face value and turned to what she is carrying. "
            .. "Agreeing to wait is how you keep the ask alive." },
        { text = "Sure, totally. It's only a quick one though, and then I'll leave you alone: would you refer me?",
          to = "pushed_away", asks = true, score = { empathy = -2 }, trust = { nadia = -2 },
          tags = { "dismiss", "premature_ask" },
          feedback = "She asked for a few days and you asked again anyway. "
            .. "Pushing past a clear 'not now' turns it into a no." },
      },
    },

    synthesis_stuck = {
      speaker = "nadia",
      cue = "She waves at a wall covered in sticky notes.",
      text = "Honestly? Drowning. Eight hours of clips, a wall of sticky notes and a slide template from 2019. "
        .. "Ade wants three findings, not thirty.",
      learn = { "ade_wants_three" },
      choices = {
        { text = "We tagged our panel interviews by journey step, then voted down to three. Want the board?",
          to = "resource_shared", gives = true, score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "share_resource" },
          feedback = "You offered a tool you have used, sized to her exact problem: three, not thirty. "
            .. "Something that worked for you is easy for her to take." },
        { text = "I could block out an hour on Monday afternoon to sit with you and cluster everything together.",
          to = "wrong_day", score = { listening = -1 },
          tags = { "offer_help" },
          feedback = "A generous offer, but the review is on Monday: an afternoon slot arrives after she needs it. "
            .. "Help only helps if it fits her timeline." },
        { text = "You'll be fine. You always pull these together.",
          to = "brushed_off", score = { empathy = -1 }, trust = { nadia = -1 },
          tags = { "generic_reply", "dismiss" },
          feedback = "Reassurance sounds supportive but skips what she just told you. "
            .. "'Drowning' deserves a question or an offer, not a pat on the back." },
      },
    },

    wrong_day = {
      speaker = "nadia",
      cue = "She says it kindly, already looking back at the sticky notes.",
      text = "The review's Monday at ten, so the afternoon's a bit late. But thank you.",
      choices = {
        { text = "Ten, right. Then something quicker: the board we used to vote findings down to three.",
          to = "resource_shared", gives = true, score = { value_first = 1 }, trust = { nadia = 1 },
          tags = { "share_resource" },
          feedback = "You took the correction and reshaped the help to fit her deadline. "
            .. "Quick, specific, and ready before ten on Monday." },
        { text = "Ah, of course, silly me. Well, good luck with it all then, I'm sure it'll go well!",
          to = "tuesday",
          tags = { "generic_reply" },
          feedback = "You let the offer drop instead of reshaping it. "
            .. "A smaller offer that fits her deadline would still have helped." },
      },
    },

    brushed_off = {
      speaker = "nadia",
      cue = "She turns back to her monitor and pulls her headphones up.",
      text = "Hope so.",
      choices = {
        { text = "Actually, one practical thing: we voted our panel findings down to three on a board. Want it?",
          to = "resource_shared", gives = true, score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "share_resource", "notice_cue" },
          feedback = "You read the headphones as the cue they were and swapped reassurance for something useful. "
            .. "That is the recovery." },
        { text = "(Leave her to it. She has her headphones on, and she'll ask if she needs anything.)",
          to = "tuesday",
          tags = { "miss_cue" },
          feedback = "Leaving her alone respects the headphones, but she is still drowning "
            .. "and you had something that would help." },
      },
    },

    resource_shared = {
      speaker = "nadia",
      cue = "She is already opening a new tab.",
      text = "Yes. Send it. Anything that stops me making thirty slides.",
      trust = { nadia = 1 },
      choices = {
        { text = "Sending it now. It's the one called 'Panel synthesis, March', in the shared research folder.",
          to = "tuesday", score = { value_first = 1 },
          tags = { "follow_through" },
          feedback = "Done while she watched. Following through at once is what makes you reliable." },
        { text = "Sent, with a page for picking your three, since that's what Ade wants.",
          to = "tuesday", when = "ade_wants_three", score = { listening = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "follow_through", "recall_detail" },
          feedback = "You remembered Ade's 'three, not thirty' and shaped the help around it. "
            .. "Recalling a detail like that shows you listened, not just helped." },
      },
    },

    -- Scene 3: Tuesday, after the roadmap review.
    tuesday = {
      speaker = "narrator",
      text = "Tuesday. The roadmap review was yesterday. You pass Nadia at the coffee machine; "
        .. "she is walking lighter than last week.",
      choices = {
        { text = "Hey, stranger! How did yesterday's big review end up going?",
          to = "review_after", score = { listening = 1 },
          tags = { "open_question" },
          feedback = "A simple open question about the thing that mattered to her. She gets to tell the story." },
        { text = "How did Ade take the delivery fee finding?",
          to = "review_after", when = "delivery_fee_finding", score = { listening = 2 },
          tags = { "recall_detail", "follow_up_question" },
          feedback = "You came back to the exact finding she told you about last week. "
            .. "Following up on a detail shows your interest lasted beyond the favour." },
        { text = "(Nod hello and keep walking. She probably doesn't want to talk shop.)",
          to = "helped_no_ask", score = { listening = -1 },
          tags = { "miss_cue" },
          feedback = "You had earned a real conversation and skipped it, guessing on her behalf. "
            .. "Her lighter step was an invitation." },
      },
    },

    review_after = {
      speaker = "nadia",
      cue = "She lifts her cup at you, smiling.",
      text = function(state)
        local t = "Really well. Ade took two of our three findings straight into next quarter, "
          .. "and the delivery fee fix is first in line."
        if seen(state, "resource_shared") then
          t = t .. " Your board is the reason it was three findings and not thirty."
        end
        return t
      end,
      learn = { "delivery_fee_finding" },
      choices = {
        { text = "First in line! That's what your sessions were for. Congratulations.",
          to = "the_turn", score = { listening = 1, empathy = 1 }, trust = { nadia = 1 },
          tags = { "celebrate", "paraphrase" },
          feedback = "You celebrated her win in her own words. "
            .. "Marking someone's milestone before anything else is value in itself." },
        { text = "Brilliant. So, while I've got you: would you refer me for the researcher role on your team?",
          to = answer, can_go = { "yes_referral", "hesitant" }, asks = true, score = { empathy = -1 },
          tags = { "specific_ask", "miss_cue" },
          feedback = "A clear ask, but it came one breath after her good news with nothing said about it. "
            .. "Celebrate first; the ask can wait a sentence." },
        { text = "Nice! Did the delivery fee change make it in?",
          to = "the_turn", score = { listening = -1 },
          tags = { "ask_again" },
          feedback = "She had just told you it is first in line. "
            .. "Asking again sounds like you were waiting for your turn to talk." },
      },
    },

    the_turn = {
      speaker = "nadia",
      cue = "She leans on the counter, in no hurry now.",
      discuss = "She has handed you an opening. Is this the moment to ask, and how would you make a no easy for her?",
      -- The trust you have built shows in what she volunteers.
      text = function(state)
        local t = "Anyway, enough about my study. How are things with you? Still running the customer panel?"
        if (state.trust.nadia or 0) >= READY then
          t = "Ade asked who found our participants, by the way. I told him. " .. t
        end
        return t
      end,
      choices = {
        { text = "Still there. One thing, and no is a fine answer: would you refer me for the researcher role? "
            .. "I'd send you three lines to forward.",
          to = answer, can_go = { "yes_referral", "hesitant" }, asks = true, score = { value_first = 1 },
          tags = { "specific_ask" },
          feedback = "Specific, small (three lines to forward) and easy to decline, after you had given first. "
            .. "That is what a well-timed ask looks like." },
        { text = "Oh, same old, same old. Though I've been thinking about a change, so I was wondering if you "
            .. "might be open to helping me with that at some point, whatever that looks like, if you ever "
            .. "have a spare moment. No pressure!",
          to = "vague_reply", asks = true, score = { value_first = -1 },
          tags = { "vague_ask" },
          feedback = "Kind and hedged, but she cannot tell what you want, so she cannot say yes. "
            .. "A vague ask hands her the work of defining the favour." },
        { text = "Still there. Anyway, I'll let you get back. Well done again.",
          to = "helped_no_ask",
          tags = { "respect_time" },
          feedback = "Gracious, and nothing is lost between you, but she was holding the door open. "
            .. "After you have given, a specific ask that is easy to decline is not greedy." },
        { text = "You owe me one for that list, right? Refer me for the researcher job.",
          to = "owed", asks = true,
          score = { empathy = -2 }, trust = { nadia = -3 },
          tags = { "specific_ask", "self_focus" },
          feedback = "Specific, yes, but framed as a debt. "
            .. "Help given to be repaid stops feeling like help, and now she has to weigh the referral against being "
            .. "cornered." },
      },
    },

    vague_reply = {
      speaker = "nadia",
      cue = "She tilts her head, waiting for the actual question.",
      text = "Er, sure? What kind of help do you mean?",
      choices = {
        { text = "A referral for the researcher role, if you're comfortable. No is a fine answer.",
          to = answer, can_go = { "yes_referral", "hesitant" }, score = { value_first = 1 },
          tags = { "specific_ask" },
          feedback = "You turned the fog into one clear request she can decline. Next time, start here." },
        { text = "Oh, nothing specific really! Just keep me in mind if anything ever comes up on your side.",
          to = "kept_in_mind", score = { value_first = -1 },
          tags = { "vague_ask" },
          feedback = "'Keep me in mind' asks her to remember and act on something undefined. "
            .. "Nothing will come of it, and not because she does not like you." },
      },
    },

    yes_referral = {
      speaker = "nadia",
      cue = "She does not hesitate.",
      text = function(state)
        local t = "Yes. Happily. You found me seven people in an afternoon"
        if seen(state, "resource_shared") then t = t .. " and saved me thirty slides" end
        return t .. ". Send me a few lines about your research work and I'll pass them to Ade today."
      end,
      choices = {
        { text = "Thank you, genuinely. You'll have them within the hour, and I'll keep them short so you can just "
          .. "forward them.",
          to = "referred", score = { value_first = 1 },
          tags = { "gratitude", "follow_through" },
          feedback = "Simple thanks and a quick, concrete next step. "
            .. "Making the referral easy for her is part of the thank-you." },
        { text = "Thanks. Can I mention your delivery fee study in my note, or is that yours to share?",
          to = "referred", when = "delivery_fee_finding", score = { listening = 1, empathy = 1 },
          tags = { "recall_detail", "perspective", "gratitude" },
          feedback = "You remembered her finding and checked before using her work. "
            .. "That care for her position is exactly what she is vouching for." },
        { text = "Thanks! And could you also find out from Ade what the salary band is?",
          to = "overreached", asks = true, score = { empathy = -1, value_first = -2 },
          tags = { "self_focus" },
          feedback = "One favour granted, and straight away a second. "
            .. "Piling on asks, even small ones, makes the first look like a step in a plan." },
      },
    },

    hesitant = {
      speaker = "nadia",
      cue = "She turns her cup a quarter turn on the counter before answering.",
      -- She names what cost the trust, if it was an early or traded ask.
      text = function(state)
        local t = ""
        if seen(state, "early_ask") or seen(state, "ask_mid_vent") then
          t = "Can I be honest? The first time you asked, in the kitchen, it felt like that was the only "
            .. "reason you'd come over. "
        elseif seen(state, "trade_ask") then
          t = "Can I be honest? The list felt a bit like it came with a price tag. "
        end
        return t .. "I'd like to help. I just don't know your research work well enough yet to put my name on it."
      end,
      choices = {
        { text = "That's fair. Could I send you the panel study I ran, and you decide after?",
          to = "door_open", score = { empathy = 1, value_first = 1 },
          tags = { "perspective", "share_resource" },
          feedback = "You accepted her reason and offered the evidence she is missing, leaving the decision with her. "
            .. "That turns a no into a not-yet." },
        { text = "Come on. I found you seven participants.",
          to = "pressured", score = { empathy = -2 }, trust = { nadia = -2 },
          tags = { "dismiss", "self_focus" },
          feedback = "Reminding her of the favour turns your help into an invoice. "
            .. "It confirms exactly the worry she just shared." },
        { text = "No worries at all! Totally understand, honestly, it's completely fine, forget I asked.",
          to = "let_go",
          tags = { "generic_reply" },
          feedback = "Gracious, and she will appreciate it, but you left without a next step. "
            .. "Offering something that answers her concern keeps the door open." },
      },
    },

    owed = {
      speaker = "nadia",
      cue = "Her smile drops for a second.",
      text = "I did say thank you for the list. A referral is me vouching for your research work. "
        .. "It isn't a way of paying you back.",
      choices = {
        { text = "You're right, that came out badly. Could I send you the panel study I ran, and you decide?",
          to = "door_open", score = { empathy = 1, value_first = 1 }, trust = { nadia = 1 },
          tags = { "perspective", "share_resource" },
          feedback = "You owned the framing and gave her what a referral actually needs: evidence of your work. "
            .. "The decision is hers again." },
        { text = "So is that a no, then? Because I did get you those seven people, and that wasn't nothing.",
          to = "pressured", score = { empathy = -2 }, trust = { nadia = -2 },
          tags = { "dismiss", "self_focus" },
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
      cue = "A short pause.",
      text = "Let's... keep it to the referral for now.",
      ending = "overreached", grade = "mixed",
    },
    pressured = {
      speaker = "nadia",
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
    listening = "Nadia told you exactly what she needed: six people who quit checkout, both platforms, no staff, "
      .. "three findings for Ade. Every good offer here was built from those details, and every repeated question "
      .. "cost her patience.",
    empathy = "She had a bad morning, a deadline and a draining week. Reading the sigh, the tired eyes and the "
      .. "headphones, and waiting until after Monday to ask, is perspective taking in practice.",
    value_first = "Help first, fully and with no strings; then one specific ask that is easy to decline. "
      .. "Asking before giving, or tying the ask to the help, cost trust the list alone could not buy back.",
  },
}
