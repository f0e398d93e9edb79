-- follow_up.reconnect: writing to a former colleague after eight months of silence (a chat, not a meeting).
-- The traps: pretending nothing happened, opening with an ask, or making the silence about your guilt.
-- Cues here are the ones a chat gives: reply times, typing dots, exclamation marks, a stray "lol".
-- Facts: promotion, ferry_case_study (you reread her unanswered request), solo_rebuild, exec_demo (her
-- presentation on the 12th), sent_tokens (you sent your token script), practice_set (a rehearsal is
-- arranged).
return {
  format = 1,
  version = 3,
  id = "follow_up.reconnect",
  title = "Eight months of silence",
  family = "follow_up",
  summary = "Grace sat next to you for three years, left eight months ago, and you never answered her last "
    .. "message. She has just been promoted; reconnect without pretending nothing happened and without "
    .. "opening with an ask.",
  difficulty = 2,
  skills = { "listening", "empathy", "value_first" },
  homework = "Find one message you never answered from someone you used to work with. Reply this week: one "
    .. "line that owns the delay, one line about their news, and no request.",
  cast = {
    grace = { name = "Grace Liu", role = "Lead Designer, Halden Studio; formerly your desk neighbour", portrait = "black_bob" },
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
        { id = "write_now",
          text = "(Write something now, before you lose your nerve.)",
          to = "draft_opener",
          reply = "You open the chat.",
          feedback = "Acting on the impulse is better than not writing at all, so this costs nothing. "
            .. "The thread itself, though, holds something worth seeing first: how things were left." },
        { id = "careers_page",
          text = "(Look at Halden's careers page first, to see what's open.)",
          to = "draft_opener", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "Two design roles, one of them senior. You open the chat.",
          feedback = "Her news is a promotion, and the first thing you looked at was what it could do for you. "
            .. "That frame tends to leak into the first message." },
        { id = "reread",
          text = "(Scroll up and reread the last messages between you first.)",
          to = "reread", score = { listening = 1 }, tags = { "recall_detail" },
          feedback = "Checking where the conversation actually stopped means you write from her side of the "
            .. "silence, not just yours. It takes a minute and changes what you will say." },
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
        { id = "keep_light",
          text = "(Write to her, but keep it light. No need to bring up the old message.)",
          to = "draft_opener", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "You open a new message and decide not to scroll up again.",
          feedback = "You have just read the request you left hanging, and decided to step round "
            .. "it. Skipping it asks her to pretend along with you, as if her 'No rush!' had cost "
            .. "her nothing." },
        { id = "own_it",
          text = "(Write to her now, and own the silence.)",
          to = "draft_opener", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          reply = "You open a new message.",
          feedback = "You read the 'No rush!' for what it was: she asked for help and heard "
            .. "nothing. Choosing to face that is the kind move; awkwardness shrinks the moment "
            .. "you name it." },
        { id = "too_awkward",
          text = "(Close the app. Too awkward.)",
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
        { id = "hiring_q",
          text = "Hi Grace, hope you're well! Quick question: is Halden hiring product designers?",
          to = "ask_reply", asks = true, score = { value_first = -2 }, trust = { grace = -1 },
          tags = { "premature_ask" },
          reply = "Seen, Sunday 21:04. Nothing on Monday.",
          thought = "Eight months, and this is the first thing?",
          feedback = "After eight months of silence, an opening ask says you came back because you need "
            .. "something. The silence and the ask together are what she will remember." },
        { id = "big_sorry",
          text = "Grace, I'm so sorry. I've been the worst ex-colleague ever and I've felt terrible about it "
            .. "for months.",
          to = "reassure", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "She replies within the hour: \"Ha, you're not the worst!\"",
          feedback = "A big apology puts your guilt at the centre and makes her comfort you. "
            .. "Own the silence in one line, then turn to her news." },
        { id = "congrats_ferry",
          text = "Congrats on Lead! And sorry I never answered about your ferry case study. My bad.",
          when = "ferry_case_study",
          to = "reply_warm", gives = true, score = { listening = 1, empathy = 1, value_first = 1 },
          trust = { grace = 2 }, tags = { "celebrate", "recall_detail" },
          reply = "Typing... within ten minutes.",
          thought = "Oh! They remembered the case study. That's actually sweet.",
          feedback = "Her news first, then the specific thing you dropped, owned in one line without drama. "
            .. "Naming the exact message shows you are not pretending, and keeps the apology about her." },
        { id = "hey_stranger",
          text = "Hey stranger! Long time no speak haha. How's Halden treating you?",
          to = "reply_cool", score = { listening = -1, empathy = -1 }, tags = { "generic_reply" },
          reply = "Seen. The reply comes the next afternoon.",
          feedback = "Breezing past eight months asks her to pretend along with you. "
            .. "It skips her promotion, too, the one thing you know is new." },
        { id = "congrats_quiet",
          text = "Congrats on Lead! Sorry I went quiet after you left; that's on me.",
          to = "reply_warm", gives = true, score = { empathy = 1, value_first = 1 }, trust = { grace = 1 },
          tags = { "celebrate" },
          reply = "Typing... within ten minutes.",
          thought = "Aw. That's nice of them to say.",
          feedback = "Celebrating her milestone and owning the silence briefly is a strong, honest opener. "
            .. "Remembering what she had asked you would have made it land even better." },
      },
    },

    reply_warm = {
      speaker = "grace",
      mood = "warm",
      text = "Oh wow, hi!! Thank you! And honestly don't worry, I figured you were buried. The ferry case study "
        .. "got me this job in the end, so it all worked out.",
      cue = "Two exclamation marks, and a second message right behind the first.",
      learn = { "case_study_job" },
      choices = {
        { id = "amazing",
          text = "Ha, amazing!",
          to = "how_are_you", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "Ha, yeah!",
          feedback = "Friendly, but it could answer anything, so she has to do all the work of keeping the "
            .. "conversation going. Ask her one thing." },
        { id = "got_job_q",
          text = "It got you the job? Brilliant. What did they like about it?",
          to = "her_work", score = { listening = 1, value_first = 1 }, trust = { grace = 1 },
          tags = { "follow_up_question", "celebrate" },
          reply = "Honestly? That I showed the version that failed first. Anyway, now look at me:",
          thought = "Someone wants to hear about it! Okay.",
          feedback = "You picked up the best news in her message and asked her to tell you more. "
            .. "Letting someone enjoy their win is a gift in itself." },
        { id = "still_sorry",
          text = "Still, I should have looked at it. I really am sorry.",
          to = "reassure", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          reply = "Honestly!",
          feedback = "She has just told you not to worry and that it worked out; a second apology makes her say "
            .. "it again. Take the 'don't worry' and move to her news." },
        { id = "mad_here",
          text = "Ha, glad it worked out without me! It's been mad here; we've lost three people since you left.",
          to = "brightline_news", reply = "Wait, three?", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "self_focus" },
          feedback = "She handed you good news about her, and you turned it to your own office. "
            .. "Stay with her story for at least one more message." },
      },
    },

    reply_cool = {
      speaker = "grace",
      mood = "guarded",
      text = "Hey. Yeah, it's good. Busy. How are things at Brightline?",
      cue = "No exclamation marks.",
      choices = {
        { id = "same_old",
          text = "Same old! Busy busy. We should catch up sometime!",
          to = "fizzled", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          tags = { "generic_reply", "miss_cue", "vague_ask" },
          reply = "Sure!",
          feedback = "Her short, cool reply was a signal, and breezy cheer plus a 'sometime' plan "
            .. "answers it with nothing. Vague catch-ups are how eight months of silence become "
            .. "sixteen." },
        { id = "own_ferry",
          text = "Honestly? I went quiet, and I never answered about your case study. Sorry.",
          when = "ferry_case_study",
          to = "thaw", score = { listening = 2, empathy = 1 }, trust = { grace = 2 },
          tags = { "notice_cue", "recall_detail" },
          reply = "Ha. I'd forgotten about that, honestly.",
          thought = "Okay. They do remember. That helps.",
          feedback = "You read the cool reply correctly and named the specific thing you dropped. "
            .. "It is late, but owning it now is far better than never." },
        { id = "move_q",
          text = "Good! Actually, I'm thinking about a move. What's Halden like to work for?",
          to = "ask_mid", reply = "Halden's fine.", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { grace = -1 },
          tags = { "premature_ask", "miss_cue" },
          thought = "And there it is.",
          feedback = "Her cool tone asked for warmth, and it got a request. Show interest in her "
            .. "before you show interest in her employer." },
        { id = "own_generic",
          text = "Honestly, I realise I just went quiet after you left. Sorry about that.",
          to = "thaw", score = { listening = 1, empathy = 1 }, trust = { grace = 1 }, tags = { "notice_cue" },
          reply = "Ha.",
          thought = "Huh. Didn't expect them to say it.",
          feedback = "You noticed the coolness and stopped pretending, which is what lets it warm up. "
            .. "A specific detail would have shown you remembered what she had asked." },
      },
    },

    ask_reply = {
      speaker = "grace",
      mood = "guarded",
      text = "Hi. Not sure, you'd have to check the careers page.",
      cue = "It arrives on Tuesday.",
      choices = {
        { id = "refer_q",
          text = "Okay, thanks! Would you be able to refer me if something comes up there?",
          to = "no_reply", asks = true, score = { listening = -1, empathy = -1, value_first = -2 },
          trust = { grace = -1 }, tags = { "premature_ask", "miss_cue" },
          thought = "Wow. Not even a hello.",
          feedback = "A second, bigger ask after a cold reply tells her the message was only ever about the job. "
            .. "Her two-day delay was the cue to change course." },
        { id = "will_do",
          text = "Will do, thanks!",
          to = "fizzled", score = { empathy = 1 }, tags = { "perspective" },
          reply = "np",
          feedback = "Taking her flat answer without pushing for more is the gracious part. But it leaves your "
            .. "clumsy opener standing after a two-day wait; a line that owns it could still have turned this." },
        { id = "clumsy_congrats",
          text = "Sorry, clumsy opener after eight months. Congrats on Lead, genuinely.",
          to = "thaw", gives = true, score = { listening = 1, empathy = 1, value_first = 1 }, trust = { grace = 1 },
          tags = { "notice_cue", "celebrate" },
          reply = "Ha. Thanks. It was a bit abrupt.",
          thought = "Okay, that's more like it.",
          feedback = "You read the two-day delay and the flat reply, named your misstep and gave her the "
            .. "congratulations she should have had first. Recovering is still possible." },
      },
    },

    reassure = {
      speaker = "grace",
      mood = "warm",
      text = "It's fine, really. People get busy. I'm not keeping score.",
      cue = "It's friendly, but she has spent her whole message looking after you.",
      choices = {
        { id = "feel_awful",
          text = "No, really, I feel awful. I kept meaning to write and it got weirder every month.",
          to = "fizzled", score = { listening = -1, empathy = -2 }, trust = { grace = -1 },
          tags = { "self_focus", "miss_cue" },
          reply = "Honestly, don't. It's fine.",
          thought = "I've said it's fine twice now.",
          feedback = "A second round of guilt makes her reassure you again, which is tiring. "
            .. "Accept her kindness and move on to her." },
        { id = "enough_me",
          text = "Thanks. Enough about me: congrats on Lead! What are you working on?",
          to = "her_work", gives = true, score = { listening = 1, empathy = 1, value_first = 1 },
          trust = { grace = 1 }, tags = { "notice_cue", "celebrate", "open_question" },
          reply = "Ha, thank you! Okay, so:",
          thought = "Oh good, we're past the apology.",
          feedback = "You noticed she was comforting you and turned the conversation to her news. "
            .. "That switch is exactly what the moment needed." },
        { id = "phew",
          text = "Phew, okay. So how's life?",
          to = "how_are_you", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "miss_cue" },
          reply = "Good! Busy.",
          feedback = "She has spent her whole message looking after you, and 'phew' takes the "
            .. "comfort and moves on; 'how's life' also skips the one thing you know is new, her "
            .. "promotion. A word for her kindness and a question about her news would have handed "
            .. "her the conversation." },
      },
    },

    thaw = {
      speaker = "grace",
      mood = "thinking",
      text = "Thanks for saying it. It's fine, honestly. It's been a strange year.",
      cue = "\"Grace is typing...\" appears, disappears, then appears again.",
      choices = {
        { id = "chaos_here",
          text = "Tell me about it! Brightline has been chaos since you left.",
          to = "brightline_news", reply = "Oh?", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "self_focus" },
          feedback = "'Strange year' was an opening about her life, and this reply takes it for "
            .. "yours: her year becomes your team's chaos. When someone hints, ask." },
        { id = "strange_how",
          text = "Strange how?",
          to = "her_work", score = { listening = 2 }, trust = { grace = 1 },
          tags = { "notice_cue", "open_question" },
          reply = "Good strange, mostly. Busy strange.",
          thought = "Someone actually asked.",
          feedback = "Two words, and they pick up exactly the thing she half-said. "
            .. "The typing and un-typing suggested there was more to tell." },
        { id = "glad_fine",
          text = "Glad it's fine. So, is Halden as good as it looks from outside?",
          to = "her_work", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          reply = "Ha. Mostly.",
          feedback = "The typing that stopped and started, and 'a strange year', were both hints "
            .. "that something is hard, and 'glad it's fine' steps past them to the company, asking how it "
            .. "looks from outside, as a candidate would. Ask about the year first; Halden can wait." },
      },
    },

    how_are_you = {
      speaker = "grace",
      mood = "neutral",
      text = "How are things with you? Still at Brightline?",
      cue = "A polite question. She is asking because you didn't.",
      choices = {
        { id = "still_there_q",
          text = "Still there. But tell me about Halden: what are you working on?",
          to = "her_work", score = { listening = 1 }, tags = { "notice_cue", "open_question" },
          reply = "Oh, okay! So:",
          feedback = "You answered in three words and handed the conversation back to her. "
            .. "It repairs the thin reply before." },
        { id = "yep_same",
          text = "Yep, still there. You know how it is.",
          to = "fizzled", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "Ha, yeah.",
          feedback = "She asked you a real question and got a shrug, with nothing handed back. "
            .. "Two thin replies in a row is how a chat stops." },
        { id = "leaving_q",
          text = "Same old. Honestly, I've been thinking about leaving. Is Halden hiring?",
          to = "ask_mid", reply = "Oh! Um, maybe?", asks = true, score = { listening = -1, value_first = -1 }, trust = { grace = -1 },
          tags = { "miss_cue", "premature_ask" },
          thought = "Oh. So that's why.",
          feedback = "She asked about you because you had not asked about her, and her first real "
            .. "question became your opening to ask for something. She will now reread your first "
            .. "message in that light." },
      },
    },

    brightline_news = {
      speaker = "grace",
      mood = "neutral",
      text = "Oh no. Who left?",
      cue = "A short reply. She is being polite.",
      choices = {
        { id = "dodge_back",
          text = "Long story. I'm dodging, though. How are you, really?",
          to = "her_work", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "open_question" },
          reply = "Ha. Really? Okay:",
          feedback = "You noticed the short, dutiful reply and turned the conversation back to her. "
            .. "Catching a hijack yourself is almost as good as not making it." },
        { id = "saga",
          text = "Priya, then Tom, then both devs on the bank account. And the new director, don't get me "
            .. "started...",
          to = "fizzled", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack", "miss_cue" },
          reply = "Oof. Sounds rough.",
          feedback = "Her short question was politeness, not an invitation to an office saga. "
            .. "The whole reconnection is now about your workplace." },
        { id = "names_short",
          text = "Priya and Tom. Anyway! How's Halden?",
          to = "her_work", score = { listening = 1 }, tags = { "notice_cue" },
          reply = "Ah, I liked Tom. Halden's good! So:",
          feedback = "You answered her question in three words and turned the chat back to her. "
            .. "Her short reply was a cue, and you took it." },
      },
    },

    her_work = {
      speaker = "grace",
      mood = "warm",
      text = "I'm leading the design-system rebuild at Halden. Mostly on my own since two people left in "
        .. "March. It's great and exhausting in equal parts, honestly.",
      cue = "A long message, sent fast, with a typo she doesn't fix.",
      learn = { "solo_rebuild" },
      choices = {
        { id = "tokens_offer",
          text = "We migrated our tokens last spring. Happy to send you the script and our list of mistakes.",
          to = "resource_offer", gives = true, score = { listening = 1, value_first = 2 }, trust = { grace = 1 },
          tags = { "share_resource", "offer_help" },
          thought = "Wait, the mistakes list? Yes.",
          feedback = "Concrete help that fits exactly what she is building, with nothing asked in return. "
            .. "Asking how she is first would have matched the 'exhausting' too." },
        { id = "hot_hiring",
          text = "Ooh, design systems are so hot right now. Is Halden hiring more designers, by the way?",
          to = "ask_mid", reply = "I mean, we might be.", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, trust = { grace = -1 },
          tags = { "generic_reply", "premature_ask" },
          thought = "I said I'm exhausted.",
          feedback = "She told you she is stretched thin and exhausted and got a trend comment and "
            .. "a job question back. Respond to what she said, and how she sounds, before turning "
            .. "to what you want." },
        { id = "holding_up_q",
          text = "On your own since March? That's a lot. How are you holding up?",
          to = "holding_up", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "paraphrase", "name_emotion" },
          thought = "Someone asked how I am. Not how it's going.",
          feedback = "You gave back the detail that matters, alone since March, and asked about her, not the "
            .. "project. That is what 'exhausting' was inviting." },
        { id = "smash_it_early",
          text = "You'll be brilliant at it. You always were the best designer on our floor.",
          to = "wind_down", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          reply = "Ha, thank you. Anyway.",
          feedback = "Kind, but she said 'exhausting' and 'on my own', and praise answers neither. "
            .. "Reassurance that skips what she said can feel like not being heard." },
      },
    },

    holding_up = {
      speaker = "grace",
      mood = "sad",
      text = "Mostly fine. Some weeks I'm the whole team. I'm presenting the system to the exec team on the "
        .. "12th, which is terrifying, lol.",
      cue = "She adds \"lol\", the way people do when it isn't funny.",
      learn = { "exec_demo" },
      choices = {
        { id = "terrifying_why",
          text = "Terrifying because of the execs, or the going it alone?",
          to = "deeper_fear", score = { listening = 2, empathy = 1 }, tags = { "follow_up_question", "notice_cue" },
          feedback = "You took the 'lol' at its real value and asked what sits underneath the fear, "
            .. "without making more of it than she did. Naming two possibilities makes it easy for "
            .. "her to say which." },
        { id = "smash_it",
          text = "You'll smash it, honestly. You always did at Brightline, every single time.",
          to = "wind_down", score = { listening = -1, empathy = -1 }, tags = { "dismiss", "miss_cue" },
          reply = "Ha. Thanks.",
          feedback = "Kind, and it may even be true, but it closes the subject she just opened. "
            .. "Reassurance that skips the fear can feel like not being heard." },
        { id = "practice_offer",
          text = "Want a practice audience for the 12th? I can play a grumpy CFO.",
          to = "offer_practice", gives = true, learn = { "practice_set" },
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { grace = 1 }, tags = { "offer_help" },
          reply = "Ha! A grumpy CFO. Wait, seriously?",
          thought = "That would actually help. A lot.",
          feedback = "A specific, useful offer, pitched with a joke that makes it easy to accept. "
            .. "Help sized to her real deadline is the kind people remember." },
      },
    },

    deeper_fear = {
      speaker = "grace",
      mood = "sad",
      text = "Both? Mostly that if it flops, it's my name on it. There's nobody to share it with.",
      cue = "A long pause before this one arrived.",
      choices = {
        { id = "wont_flop",
          text = "It won't flop. You're the best designer I know, and everyone there will see it.",
          to = "wind_down", score = { empathy = -1, listening = -1 }, tags = { "dismiss" },
          reply = "Ha. I hope so.",
          feedback = "Warm, but it argues with her fear instead of hearing it. "
            .. "She didn't ask to be told it will be fine; she said she feels alone with it." },
        { id = "be_somebody",
          text = "Then let me be somebody. Dress rehearsal on Thursday?",
          to = "offer_practice", gives = true, learn = { "practice_set" },
          score = { listening = 1, empathy = 1, value_first = 2 }, trust = { grace = 2 },
          tags = { "offer_help", "name_emotion" },
          reply = "Oh. Wait. Really?",
          thought = "I didn't expect that to make me tear up.",
          feedback = "You answered her loneliness directly with a practical offer. "
            .. "It meets the feeling and the deadline at once." },
        { id = "alone_name",
          text = "That's a lot to carry on your own.",
          to = "wind_down", score = { listening = 1, empathy = 1 }, trust = { grace = 1 }, tags = { "name_emotion" },
          reply = "Yeah. It is. Thanks for saying it.",
          thought = "Yeah. It is.",
          feedback = "You named what she feels without fixing or inflating it, which is often enough. "
            .. "She said 'nobody to share it with', though: an offer could have answered that too." },
      },
    },

    resource_offer = {
      speaker = "grace",
      mood = "surprised",
      text = "Oh my god, yes please. Especially the list of what went wrong.",
      cue = "Three messages in a row, fast.",
      choices = {
        { id = "send_plus_call",
          text = "Sending now. Want a call this week so I can walk you through all of it?",
          to = "resource_sent", learn = { "sent_tokens" }, score = { listening = 1, value_first = 1 },
          tags = { "offer_help" },
          reply = "Maybe! This week's a lot, though.",
          feedback = "You answered her yes at once, which she will like, and the offer is generous; "
            .. "but a call on top adds more than she asked for. Let the file do the work; she can "
            .. "ask if she wants more." },
        { id = "send_now",
          text = "Sending it now. No need to reply.",
          to = "resource_sent", learn = { "sent_tokens" }, score = { listening = 1, empathy = 1, value_first = 2 },
          tags = { "follow_through", "respect_time" },
          feedback = "You answered her yes by delivering at once and took away any obligation to "
            .. "reply. Help without a hook is what makes it help." },
        { id = "in_return",
          text = "Sure! In return, could you put in a word for me at Halden?",
          to = "transactional", asks = true, score = { listening = -1, value_first = -2 }, trust = { grace = -2 },
          tags = { "topic_hijack", "premature_ask" },
          reply = "Oh.",
          thought = "So it was a trade all along.",
          feedback = "She was delighted about the file, and 'in return' turns her delight into your "
            .. "request and your gift into a price, after eight months of silence. The ask cancels "
            .. "the goodwill the offer had just built." },
      },
    },

    resource_sent = {
      speaker = "grace",
      mood = "warm",
      text = "Got it. You're a star. Honestly, I'm presenting all this to the execs on the 12th, and "
        .. "your list just saved me from two embarrassing slides.",
      cue = "A string of grateful messages, then a pause.",
      learn = { "exec_demo" },
      choices = {
        { id = "happy_help",
          text = "Ha, happy to help. Good luck with it all, I'm sure it'll go brilliantly.",
          to = "wind_down", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "Thanks!",
          feedback = "A warm reply, if a general one. "
            .. "She named a date and a worry; either would have been worth picking up." },
        { id = "practice_run",
          text = "Want a practice run before the 12th? I'm around Thursday.",
          to = "offer_practice", gives = true, learn = { "practice_set" },
          score = { listening = 1, empathy = 1, value_first = 1 }, trust = { grace = 1 }, tags = { "offer_help" },
          reply = "Wait, you'd do that too?",
          thought = "Twice in one evening. Who is this person?",
          feedback = "A second, bigger offer, tied to her deadline, on top of the first. "
            .. "You are becoming someone she can count on." },
        { id = "which_slides",
          text = "Which two? Now I'm curious.",
          to = "wind_down", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Ha, the adoption ones. I'll show you one day.",
          feedback = "A light follow-up on her own words that keeps her talking about her work. "
            .. "The date she mentioned was the bigger thread." },
      },
    },

    offer_practice = {
      speaker = "grace",
      mood = "warm",
      text = "Yes. Thursday evening? I'll bring biscuits. The deck's still half-built, mind.",
      cue = "She sends it before you have put your phone down.",
      trust = { grace = 1 },
      choices = {
        { id = "deal_thursday",
          text = "Deal. Half-built is fine; that's what Thursday is for.",
          to = "wind_down", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "Yay. Thursday.",
          feedback = "You took her 'half-built' as it is and kept Thursday as the help: the plan is "
            .. "real now, and it is entirely for her. Turning up on Thursday will matter more than "
            .. "anything you wrote tonight." },
        { id = "deal_halden",
          text = "Deal. And while I'm there, could you tell me what Halden's like to work at?",
          to = "halden_yes", asks = true, score = { value_first = 1 }, tags = { "specific_ask" },
          reply = "Ha, of course.",
          feedback = "A small, specific ask after you have given, easy for her to say yes or no to. "
            .. "Keep it second on Thursday; the rehearsal comes first." },
        { id = "rehearsal_plan",
          text = "Deal. Send me the deck before, and I'll write the nastiest exec questions I can think of.",
          to = "wind_down", score = { listening = -1, empathy = -1, value_first = 1 }, tags = { "offer_help", "miss_cue" },
          reply = "Ha. Okay. I'll try to get it done before Thursday.",
          feedback = "Keen and useful, but she has just said the deck is half-built, and 'send me "
            .. "the deck before' gives a stretched person one more deadline before the rehearsal. "
            .. "Ask for the deck on the night, not before." },
      },
    },

    ask_mid = {
      speaker = "grace",
      mood = "guarded",
      text = "Ha. Right. Is that why you messaged?",
      cue = "Seen. The typing dots start, then stop.",
      choices = {
        { id = "partly_honest",
          text = "Partly, and that was clumsy. Mostly I'd missed talking to you.",
          to = "honest_reply", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "notice_cue" },
          thought = "Okay. That's honest, at least.",
          feedback = "Honesty is the only repair available here, and you used it. "
            .. "It will not undo the impression, but it stops it from hardening." },
        { id = "just_curious",
          text = "No, no, just curious!",
          to = "fizzled", score = { empathy = -1, listening = -1 }, tags = { "miss_cue" },
          reply = "Ok :)",
          feedback = "She said the quiet part out loud, and a breezy denial tells her she was right. "
            .. "An honest 'partly' would have cost less." },
        { id = "kind_of",
          text = "No! Well, kind of, I mean, not only. But is it hiring, do you know?",
          to = "transactional", asks = true, score = { listening = -1, empathy = -1, value_first = -1 },
          trust = { grace = -1 }, tags = { "premature_ask", "miss_cue" },
          reply = "Right.",
          thought = "So yes, that's why.",
          feedback = "Her question was a chance to reset, and you confirmed her suspicion instead. "
            .. "When someone says the quiet part, answer it honestly." },
      },
    },

    wind_down = {
      speaker = "grace",
      mood = "warm",
      text = "This was really nice. I'm glad you messaged.",
      cue = "It's past eleven on a Sunday. She has started signing off.",
      choices = {
        { id = "pick_brain",
          text = "Me too. Could I pick your brain about Halden some time? Not tonight.",
          to = "brain_vague", asks = true, score = { listening = 1, empathy = 1, value_first = -1 }, tags = { "notice_cue", "respect_time", "vague_ask" },
          reply = "Sure, some time!",
          feedback = "You saw her signing off and built 'not tonight' in, which is kind, but 'pick "
            .. "your brain some time' has no size or date. A small, specific ask is easier to say "
            .. "yes to." },
        { id = "night",
          text = "Night!",
          to = "cordial", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "Night!",
          feedback = "You saw her signing off and let her go without fuss, which is right. "
            .. "After eight months, though, a concrete next step would have kept the thread alive." },
        { id = "text_13th",
          text = "Me too. I'll text you on the 13th to hear how it went.",
          when = "exec_demo",
          to = "reconnected", score = { listening = 1, empathy = 1 }, trust = { grace = 1 },
          tags = { "recall_detail", "respect_time" },
          reply = "Deal. The 13th.",
          thought = "They'll actually remember the date.",
          feedback = "You remembered her date and let her go to bed with a check-in promised, the kind of small "
            .. "follow-up that keeps a connection alive. It counts as a give once you keep it." },
        { id = "when_again",
          text = "Me too! Sorry, when's the big presentation again?",
          when = "exec_demo",
          to = "the_twelfth", score = { listening = -1, empathy = -1 }, tags = { "ask_again", "miss_cue" },
          feedback = "She told you the date tonight, and it is the thing she is most nervous about; "
            .. "asking again, as she signs off past eleven, keeps her up to repeat it. It suggests "
            .. "it did not quite register." },
      },
    },

    the_twelfth = {
      speaker = "grace",
      mood = "neutral",
      text = "The 12th! Eek. Wish me luck.",
      cue = "One exclamation mark fewer than before.",
      choices = {
        { id = "wont_need",
          text = "Good luck! You won't need it, you'll be brilliant.",
          to = "cordial", score = { listening = -1, empathy = -1 }, tags = { "dismiss", "miss_cue" },
          reply = "Ha, we'll see. Night!",
          feedback = "Warm, but 'you won't need it' waves away the nerves she just admitted to, and "
            .. "it ends the thread with nothing to return to." },
        { id = "luck_13th",
          text = "Good luck! I'll message you on the 13th.",
          to = "reconnected", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          reply = "Deal. The 13th.",
          feedback = "You answered her 'wish me luck' with luck and a date to check in on, so her nerves "
            .. "are heard and the thread has somewhere to go. A promise is not a gift yet: write the date "
            .. "down and keep it." },
        { id = "eek",
          text = "Ha, eek indeed.",
          to = "cordial", score = { listening = -1, empathy = -1 }, tags = { "generic_reply", "miss_cue" },
          reply = "Ha. Night!",
          feedback = "It echoes her word back without doing anything with it, and the smaller "
            .. "exclamation mark, her nerves, goes unanswered. A date for checking in would have "
            .. "turned the slip into a promise." },
      },
    },

    -- endings ----------------------------------------------------------------------------------
    reconnected = {
      speaker = "grace",
      mood = "warm",
      text = function(state)
        if state.facts.practice_set then
          return "And see you Thursday. Night! And thank you. Really."
        end
        return "Night! And thank you. Really."
      end,
      cue = "A heart on your last message.",
      ending = "reconnected", grade = "good",
    },
    halden_yes = {
      speaker = "grace",
      mood = "warm",
      text = "I'll give you the honest version over biscuits, once the rehearsal's done.",
      ending = "reconnected", grade = "good",
    },
    brain_vague = {
      speaker = "narrator",
      text = function(state)
        if state.facts.sent_tokens or state.facts.practice_set then
          return "A thumbs-up. She will remember tonight's help; the 'some time' will never get a date unless "
            .. "you give it one."
        end
        return "A thumbs-up, and the chat goes quiet. 'Some time' has no date, and neither of you will set one."
      end,
      ending = "cordial", grade = "mixed",
    },
    cordial = {
      speaker = "narrator",
      text = function(state)
        if state.facts.practice_set then
          return "The chat goes quiet. Thursday's rehearsal is the one thing planned; what happens after it is "
            .. "up to you."
        elseif state.facts.sent_tokens then
          return "The chat goes quiet. She has your token script, and nothing else is planned."
        end
        return "A thumbs-up, and the chat goes quiet. It was warm, and nothing is planned."
      end,
      ending = "cordial", grade = "mixed",
    },
    honest_reply = {
      speaker = "grace",
      mood = "neutral",
      text = "Okay. I appreciate you saying that. I'm around if you ever want an actual catch-up.",
      ending = "cordial", grade = "mixed",
    },
    fizzled = {
      speaker = "narrator",
      text = "The thread goes quiet again, and this time the silence is mutual.",
      ending = "fizzled", grade = "mixed",
    },
    transactional = {
      speaker = "grace",
      mood = "annoyed",
      text = "I did wonder why you'd got in touch. Check the careers page, I guess.",
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
      .. "picking up what she half-says. Her hints ('a strange year', 'on my own', a date) are where the "
      .. "conversation wants to go.",
    empathy = "Own the silence in one line, then make the conversation about her: her promotion, her load, "
      .. "her deadline. A long apology or your office gossip puts you back at the centre.",
    value_first = "An unanswered request is a debt; help that fits what she is building now repays it. "
      .. "Anything you want from Halden can wait until she has seen you give.",
  },
}
