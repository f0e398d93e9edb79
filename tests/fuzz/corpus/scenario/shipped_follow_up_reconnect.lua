-- follow_up.reconnect: writing to a former colleague after eight months of silence (a chat, not a meeting).
-- The traps: pretending nothing happened, opening with an ask, or making the silence about your guilt.
-- Cues here are the ones a chat gives: reply times, typing dots, exclamation marks, a stray "lol".
return {
  format = 1,
  version = 1,
  id = "follow_up.reconnect",
  title = "Eight months of silence",
  family = "follow_up",
  summary = "Grace sat next to you for three years, left eight months ago, and you never answered her last "
    .. "message. She has just been promoted; reconnect without pretending nothing happened and without "
    .. "opening with an ask.",
  difficulty = 2,
  skills = { "listening", "empathy", "value_first" },
  cast = {
    grace = { name = "Grace Liu", role = "Lead Designer, Halden Studio; formerly your desk neighbour" },
  },
  start = "feed",
  nodes = {
    feed = {
      speaker = "narrator",
      text = "Sunday evening. Grace Liu appears in your feed: promoted to Lead Designer at Halden Studio. You "
        .. "sat next to her at Brightline for three years; she left eight months ago, and you have not spoken "
        .. "since. Lately you have also been wondering, quietly, whether Halden might be your next move.",
      learn = { "promotion" },
      choices = {
        { text = "(Reread your last messages first.)",
          to = "reread", score = { listening = 1 }, tags = { "perspective" },
          feedback = "Checking where the conversation actually stopped means you write from her side of the "
            .. "silence, not just yours. It takes a minute and changes what you will say." },
        { text = "(Write something now, before you lose your nerve.)",
          to = "draft_opener", tags = { "miss_cue" },
          feedback = "Acting on the impulse is better than not writing at all. "
            .. "But the thread itself holds a cue you have not looked at: how things were left." },
      },
    },

    reread = {
      speaker = "narrator",
      text = "Her last message, sent a week after she left: \"Hey! Would you have 15 mins to look at my "
        .. "ferry-app case study before I send my portfolio out? No rush!\" Below it, nothing. Eight months "
        .. "of nothing.",
      cue = "Her \"No rush!\" reads differently now.",
      learn = { "ferry_case_study" },
      choices = {
        { text = "(Write to her now, and own the silence.)",
          to = "draft_opener", score = { empathy = 1 }, tags = { "perspective" },
          feedback = "You saw that she asked for help and heard nothing, and chose to face that. "
            .. "Awkwardness shrinks the moment you name it." },
        { text = "(Close the app. It's far too awkward to write now.)",
          to = "still_silent", score = { empathy = -1 }, tags = { "self_focus" },
          feedback = "The awkwardness is mostly yours to carry; she is probably not thinking about it at all. "
            .. "Letting embarrassment decide keeps the silence going another month." },
      },
    },

    draft_opener = {
      speaker = "narrator",
      text = "Your first message to her in eight months.",
      discuss = "How much of the eight months should the first message carry, and who should it be about?",
      choices = {
        { text = "Congrats on Lead! And sorry I never answered about your ferry case study. My bad.",
          when = "ferry_case_study",
          to = "reply_warm", gives = true, score = { listening = 1, empathy = 1, value_first = 1 },
          trust = { grace = 2 }, tags = { "celebrate", "recall_detail" },
          feedback = "Her news first, then the specific thing you dropped, owned in one line without drama. "
            .. "Naming the exact message shows you are not pretending, and keeps the apology about her." },
        { text = "Congrats on Lead! Sorry I went quiet after you left; that's on me.",
          to = "reply_warm", gives = true, score = { empathy = 1, value_first = 1 }, trust = { grace = 1 },
          tags = { "celebrate" },
          feedback = "Celebrating her milestone and owning the silence briefly is a strong, honest opener. "
            .. "Remembering what she had asked you would have made it land even better." },
        { text = "Hey stranger! Long time no speak haha. How's Halden treating you?",
          to = "reply_cool", score = { empathy = -1 }, tags = { "generic_reply" },
          feedback = "Breezing past eight months asks her to pretend along with you. "
            .. "It skips her promotion, too, the one thing you know is new." },
        { text = "Hi Grace, hope you're well! Quick question: is Halden hiring product designers?",
          to = "ask_reply", asks = true, score = { value_first = -1 }, trust = { grace = -1 },
          tags = { "premature_ask" },
          feedback = "After eight months of silence, an opening ask says you came back because you need "
            .. "something. The silence and the ask together are what she will remember." },
        { text = "Grace, I'm so sorry. I've been the worst ex-colleague ever and I've felt terrible about it "
            .. "for months.",
          to = "reassure", score = { empathy = -1 }, tags = { "self_focus" },
          feedback = "A big apology puts your guilt at the centre and makes her comfort you. "
            .. "Own the silence in one line, then turn to her news." },
      },
    },

    reply_warm = {
      speaker = "grace",
      text = "Oh wow, hi!! Thank you! And honestly don't worry, I figured you were buried. The ferry case study "
        .. "got me this job in the end, so it all worked out.",
      cue = "She replies within ten minutes, with two exclamation marks.",
      learn = { "case_study_job" },
      choices = {
        { text = "It got you the job? Brilliant. What did they like about it?",
          to = "her_work", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "follow_up_question", "celebrate" },
          feedback = "You picked up the best news in her message and asked her to tell you more. "
            .. "Letting someone enjoy their win is a gift in itself." },
        { text = "Ha, glad it worked out without me! It's been mad here; we've lost three people since you left.",
          to = "brightline_news", score = { listening = -1 }, tags = { "topic_hijack", "self_focus" },
          feedback = "She handed you good news about her, and you turned it to your own office. "
            .. "Stay with her story for at least one more message." },
        { text = "Ha, amazing!",
          to = "how_are_you", score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Friendly, but it could answer anything, so she has to do all the work of keeping the "
            .. "conversation going. Ask her one thing." },
      },
    },

    reply_cool = {
      speaker = "grace",
      text = "Hey. Yeah, it's good. Busy. How are things at Brightline?",
      cue = "The reply comes the next afternoon. No exclamation marks.",
      choices = {
        { text = "Honestly? I went quiet, and never answered about your case study. Sorry.",
          when = "ferry_case_study",
          to = "thaw", score = { listening = 1, empathy = 1 }, trust = { grace = 2 },
          tags = { "notice_cue", "recall_detail" },
          feedback = "You read the cool reply correctly and named the specific thing you dropped. "
            .. "It is late, but owning it now is far better than never." },
        { text = "Honestly, I realise I just went quiet after you left. Sorry about that.",
          to = "thaw", score = { empathy = 1 }, trust = { grace = 1 }, tags = { "notice_cue" },
          feedback = "You noticed the coolness and stopped pretending, which is what lets it warm up. "
            .. "A specific detail would have shown you remembered what she had asked." },
        { text = "Same old! Busy busy. We should catch up sometime!",
          to = "fizzled", score = { listening = -1 }, tags = { "generic_reply", "miss_cue", "vague_ask" },
          asks = true,
          feedback = "Her short reply was a signal, and a 'sometime' plan answers it with nothing. "
            .. "Vague catch-ups are how eight months of silence become sixteen." },
        { text = "Good! Actually, I'm thinking about a move. What's Halden like to work for?",
          to = "ask_mid", asks = true, score = { value_first = -1 }, trust = { grace = -1 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "Her cool tone asked for warmth, and it got a request. "
            .. "Show interest in her before you show interest in her employer." },
      },
    },

    ask_reply = {
      speaker = "grace",
      text = "Hi. Not sure, you'd have to check the careers page.",
      cue = "Read on Sunday at 21:04. The reply comes on Tuesday.",
      choices = {
        { text = "Sorry, clumsy opener after eight months. Congrats on Lead, genuinely.",
          to = "thaw", gives = true, score = { empathy = 1, listening = 1 }, trust = { grace = 1 },
          tags = { "notice_cue", "celebrate" },
          feedback = "You read the two-day delay and the flat reply, named your misstep and gave her the "
            .. "congratulations she should have had first. Recovering is still possible." },
        { text = "Okay, thanks! Would you be able to refer me if something comes up there?",
          to = "no_reply", asks = true, score = { empathy = -1, value_first = -1 }, trust = { grace = -1 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "A second ask after a cold reply tells her the message was only ever about the job. "
            .. "Her delay was the cue to change course." },
      },
    },

    reassure = {
      speaker = "grace",
      text = "Ha, you're not the worst! It's fine, really. People get busy.",
      cue = "It's friendly, but she has spent her whole message looking after you.",
      choices = {
        { text = "Thanks. Enough about me: congrats on Lead! What are you working on?",
          to = "her_work", gives = true, score = { empathy = 1, listening = 1 }, trust = { grace = 1 },
          tags = { "notice_cue", "celebrate", "open_question" },
          feedback = "You noticed she was comforting you and turned the conversation to her news. "
            .. "That switch is exactly what the moment needed." },
        { text = "No, really, I feel awful. I kept meaning to write and it got weirder every month.",
          to = "fizzled", score = { empathy = -2 }, trust = { grace = -1 }, tags = { "self_focus", "miss_cue" },
          feedback = "A second round of guilt makes her reassure you again, which is tiring. "
            .. "Accept her kindness and move on to her." },
      },
    },

    thaw = {
      speaker = "grace",
      text = "Ha. Thanks for saying it. It's fine, honestly. It's been a strange year.",
      cue = "\"Grace is typing...\" appears, disappears, then appears again.",
      choices = {
        { text = "Strange how?",
          to = "her_work", score = { listening = 2 }, trust = { grace = 1 },
          tags = { "notice_cue", "open_question" },
          feedback = "Two words, and they pick up exactly the thing she half-said. "
            .. "The typing and un-typing suggested there was more to tell." },
        { text = "Tell me about it! Brightline has been chaos since you left.",
          to = "brightline_news", score = { listening = -1 }, tags = { "topic_hijack" },
          feedback = "'Strange year' was an opening about her life, and this reply takes it for yours. "
            .. "When someone hints, ask." },
      },
    },

    how_are_you = {
      speaker = "grace",
      text = "How are things with you? Still at Brightline?",
      cue = "A polite question. She is asking because you didn't.",
      choices = {
        { text = "Still there. But tell me about Halden: what are you working on?",
          to = "her_work", score = { listening = 1 }, tags = { "notice_cue", "open_question" },
          feedback = "You answered in three words and handed the conversation back to her. "
            .. "It repairs the thin reply before." },
        { text = "Same old. Honestly, I've been thinking about leaving. Is Halden hiring?",
          to = "ask_mid", asks = true, score = { value_first = -1 }, trust = { grace = -1 },
          tags = { "premature_ask" },
          feedback = "Her first real question became your opening to ask for something. "
            .. "She will now reread your first message in that light." },
      },
    },

    brightline_news = {
      speaker = "grace",
      text = "Oh no. Who left?",
      cue = "A short reply. She is being polite.",
      choices = {
        { text = "Long story. I'm dodging, though. How are you, really?",
          to = "her_work", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "open_question" },
          feedback = "You noticed the short, dutiful reply and turned the conversation back to her. "
            .. "Catching a hijack yourself is almost as good as not making it." },
        { text = "Priya, then Tom, then both devs on the bank account. And the new director, don't get me "
            .. "started...",
          to = "fizzled", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "miss_cue" },
          feedback = "Her short question was politeness, not an invitation to an office saga. "
            .. "The whole reconnection is now about your workplace." },
      },
    },

    her_work = {
      speaker = "grace",
      text = "I'm leading the design-system rebuild at Halden. Mostly on my own since two people left in "
        .. "March. It's great and exhausting in equal parts, honestly.",
      cue = "A long message, sent fast, with a typo she doesn't fix.",
      learn = { "solo_rebuild" },
      choices = {
        { text = "On your own since March? That's a lot. How are you holding up?",
          to = "holding_up", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "paraphrase", "name_emotion" },
          feedback = "You gave back the detail that matters, alone since March, and asked about her, not the "
            .. "project. That is what 'exhausting' was inviting." },
        { text = "We migrated our tokens last spring. Want the script and our mistakes list?",
          to = "resource_offer", gives = true, score = { value_first = 2 }, trust = { grace = 1 },
          tags = { "share_resource", "offer_help" },
          feedback = "Concrete help that fits exactly what she is building, with nothing asked in return. "
            .. "Asking how she is first would have matched the 'exhausting' too." },
        { text = "Ooh, design systems are so hot right now. Is Halden hiring more designers, by the way?",
          to = "ask_mid", asks = true, score = { listening = -1 }, trust = { grace = -1 },
          tags = { "generic_reply", "premature_ask" },
          feedback = "She told you she is stretched thin and got a trend comment and a job question back. "
            .. "Respond to what she said before turning to what you want." },
      },
    },

    holding_up = {
      speaker = "grace",
      text = "Mostly fine. Some weeks I'm the whole team. I'm presenting the system to the exec team on the "
        .. "12th, which is terrifying, lol.",
      cue = "She adds \"lol\", the way people do when it isn't funny.",
      learn = { "exec_demo" },
      choices = {
        { text = "Want a practice audience for the 12th? I can play a grumpy CFO.",
          to = "offer_practice", gives = true, score = { value_first = 2, empathy = 1 }, trust = { grace = 1 },
          tags = { "offer_help" },
          feedback = "A specific, useful offer, pitched with a joke that makes it easy to accept. "
            .. "Help sized to her real deadline is the kind people remember." },
        { text = "Terrifying because of the execs, or because you've built it alone?",
          to = "deeper_fear", score = { listening = 2 }, tags = { "follow_up_question", "notice_cue" },
          feedback = "You took the 'lol' at its real value and asked what sits underneath it. "
            .. "Naming two possibilities makes it easy for her to say which." },
        { text = "You'll smash it, honestly. You always did at Brightline, every single time.",
          to = "wind_down", score = { listening = -1 }, tags = { "generic_reply", "miss_cue" },
          feedback = "Kind, and it may even be true, but it closes the subject she just opened. "
            .. "Reassurance that skips the fear can feel like not being heard." },
      },
    },

    deeper_fear = {
      speaker = "grace",
      text = "Both? Mostly that if it flops, it's my name on it. There's nobody to share it with.",
      cue = "A long pause before this one arrived.",
      learn = { "alone_pressure" },
      choices = {
        { text = "Then let me be somebody. Dress rehearsal on Thursday?",
          to = "offer_practice", gives = true, score = { value_first = 2, empathy = 1 }, trust = { grace = 2 },
          tags = { "offer_help", "name_emotion" },
          feedback = "You answered her loneliness directly with a practical offer. "
            .. "It meets the feeling and the deadline at once." },
        { text = "It won't flop. You're the best designer I know, and everyone there will see it.",
          to = "wind_down", score = { empathy = -1 }, tags = { "dismiss" },
          feedback = "Warm, but it argues with her fear instead of hearing it. "
            .. "She didn't ask to be told it will be fine; she said she feels alone with it." },
      },
    },

    resource_offer = {
      speaker = "grace",
      text = "Oh my god, yes please. Especially the list of what went wrong.",
      cue = "Three messages in a row, fast.",
      choices = {
        { text = "Sending it now. No need to reply.",
          to = "resource_sent", score = { empathy = 1 }, tags = { "follow_through", "respect_time" },
          feedback = "You delivered at once and took away any obligation to reply. "
            .. "Help without a hook is what makes it help." },
        { text = "Sure! In return, could you put in a word for me at Halden?",
          to = "transactional", asks = true, score = { value_first = -2 }, trust = { grace = -2 },
          tags = { "premature_ask" },
          feedback = "'In return' turns your gift into a price, after eight months of silence. "
            .. "The ask cancels the goodwill the offer had just built." },
      },
    },

    resource_sent = {
      speaker = "grace",
      text = "Got it. You're a star. Honestly, I'm presenting all this to the execs on the 12th, and "
        .. "your list just saved me from two embarrassing slides.",
      cue = "A string of grateful messages, then a pause.",
      learn = { "exec_demo" },
      choices = {
        { text = "Want a practice run before the 12th? I'm around Thursday.",
          to = "offer_practice", gives = true, score = { value_first = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "offer_help" },
          feedback = "A second, bigger offer, tied to her deadline, on top of the first. "
            .. "You are becoming someone she can count on." },
        { text = "Ha, happy to help. Good luck with it all, I'm sure it'll go brilliantly.",
          to = "wind_down", tags = { "generic_reply" },
          feedback = "A warm reply, if a general one. "
            .. "She named a date and a worry; either would have been worth picking up." },
      },
    },

    offer_practice = {
      speaker = "grace",
      text = "Are you serious? Yes. Thursday evening? I'll bring biscuits.",
      cue = "She sends it before you have put your phone down.",
      trust = { grace = 1 },
      choices = {
        { text = "Deal. Thursday.",
          to = "wind_down", score = { empathy = 1 }, tags = { "follow_through" },
          feedback = "Short and certain: the plan is real now, and it is entirely for her. "
            .. "Turning up on Thursday will matter more than anything you wrote tonight." },
        { text = "Deal. And while I'm there, could you tell me what Halden's like to work at?",
          to = "halden_yes", asks = true, tags = { "specific_ask" },
          feedback = "A small ask after real giving is fair, and she can easily say yes. "
            .. "Tying it to the rehearsal makes it look a little like payment, though; it could wait a week." },
      },
    },

    ask_mid = {
      speaker = "grace",
      text = "Ha. Right. Is that why you messaged?",
      cue = "Seen. The typing dots start, then stop.",
      choices = {
        { text = "Partly, and that was clumsy. Mostly I'd missed talking to you.",
          to = "honest_reply", score = { empathy = 1 }, trust = { grace = 1 }, tags = { "notice_cue" },
          feedback = "Honesty is the only repair available here, and you used it. "
            .. "It will not undo the impression, but it stops it from hardening." },
        { text = "No! Well, kind of, I mean, not only. But is it hiring, do you know?",
          to = "transactional", asks = true, score = { empathy = -1 }, trust = { grace = -1 },
          tags = { "premature_ask", "miss_cue" },
          feedback = "Her question was a chance to reset, and you confirmed her suspicion instead. "
            .. "When someone says the quiet part, answer it honestly." },
      },
    },

    wind_down = {
      speaker = "grace",
      text = "This was really nice. I'm glad you messaged.",
      cue = "It's past eleven on a Sunday. She has started signing off.",
      choices = {
        { text = "Me too. I'll text you on the 13th to hear how it went.",
          when = "exec_demo",
          to = "reconnected", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "recall_detail", "follow_through" },
          feedback = "You remembered her date and promised a check-in after it, the kind of small follow-up "
            .. "that keeps a connection alive. Now do it." },
        { text = "Me too. Could I pick your brain about Halden some time? Not tonight.",
          to = "reconnected_ask", asks = true, tags = { "specific_ask", "respect_time" },
          feedback = "Asked at the end, after the conversation was about her, and with 'not tonight' built in. "
            .. "It is small and easy to decline." },
        { text = "Me too! Sorry, when's the big presentation again?",
          when = "exec_demo",
          to = "the_twelfth", score = { listening = -1 }, tags = { "ask_again" },
          feedback = "She told you the date tonight, and it is the thing she is most nervous about. "
            .. "Asking again suggests it did not quite register." },
        { text = "Night!",
          to = "cordial", tags = { "generic_reply" },
          feedback = "A friendly close, but nothing in it keeps the thread going. "
            .. "After eight months, a concrete next step matters." },
      },
    },

    the_twelfth = {
      speaker = "grace",
      text = "The 12th! Eek. Wish me luck.",
      cue = "One exclamation mark fewer than before.",
      choices = {
        { text = "Good luck! I'll message you on the 13th.",
          to = "reconnected", tags = { "follow_through" }, score = { empathy = 1 },
          feedback = "You recovered with a specific check-in. "
            .. "Write the date down so the promise is kept." },
        { text = "Good luck! You won't need it, you'll be brilliant.",
          to = "cordial", tags = { "generic_reply" },
          feedback = "Warm, but it ends the thread with nothing to return to." },
      },
    },

    -- endings
    reconnected = {
      speaker = "grace",
      text = "Deal. Night! And thank you. Really.",
      cue = "A heart on your last message.",
      ending = "reconnected", grade = "good",
    },
    reconnected_ask = {
      speaker = "grace",
      text = "Of course. Fair warning, I'll be honest about it. Let's do a coffee after my presentation.",
      ending = "reconnected", grade = "good",
    },
    halden_yes = {
      speaker = "grace",
      text = "Ha, of course. I'll give you the honest version over biscuits.",
      ending = "reconnected", grade = "good",
    },
    cordial = {
      speaker = "narrator",
      text = "A thumbs-up, and the chat goes quiet. It was warm, and nothing is planned.",
      ending = "cordial", grade = "mixed",
    },
    honest_reply = {
      speaker = "grace",
      text = "Okay. I appreciate you saying that. I'm around if you ever want an actual catch-up.",
      ending = "cordial", grade = "mixed",
    },
    fizzled = {
      speaker = "narrator",
      text = "She replies with a thumbs-up. The thread goes quiet again, and this time the silence is mutual.",
      ending = "fizzled", grade = "mixed",
    },
    transactional = {
      speaker = "grace",
      text = "Ah. I did wonder why you'd got in touch. Check the careers page, I guess.",
      ending = "transactional", grade = "poor",
    },
    no_reply = {
      speaker = "narrator",
      text = "Seen on Tuesday at 18:12. No reply.",
      ending = "no_reply", grade = "poor",
    },
    still_silent = {
      speaker = "narrator",
      text = "You close the app. Eight months become nine.",
      ending = "still_silent", grade = "poor",
    },
  },
  debrief = {
    listening = "In a chat, listening means reading reply times, exclamation marks and a stray 'lol', and "
      .. "picking up what she half-says: 'a strange year', 'on my own since March', 'the 12th'.",
    empathy = "Own the silence in one line, then make the conversation about her: her promotion, her load, "
      .. "her deadline. A long apology or your office gossip puts you back at the centre.",
    value_first = "The case study you never looked at was the debt; the token script and a practice run "
      .. "were the repayment. Anything you want from Halden can wait until she has seen you give.",
  },
}
