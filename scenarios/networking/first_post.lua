-- networking.first_post: a first question in a professional chat workspace.
-- luacheck: no max line length
-- The player, fifteen years a bookbinder and now the only conservator at a
-- county record office, joins The Bench (a chat workspace for book and paper
-- conservators) with a problem: iron-gall ink that haloes when a heavily
-- gelatine-sized parish register is humidified. The skills: reading the room
-- first (the pinned post, the 2019 thread, the unanswered student question),
-- asking a specific question that shows your own work, answering a curt reply
-- from Viktor, a famous senior member, with the fact he asked for instead of
-- defending yourself, and giving back: a summary for the next person and an
-- answer to Yusra's question, which a binder can give.
-- The timed moment is Viktor's reply (`viktor_reply`): letting it pass is a
-- cooling-off, which leads to `cooled`.
-- Invitations: the pinned post ("how we ask here; we're glad you're here") is a
-- standing invitation to ask, so the first question is scored on its words
-- (a specific one +1, a vague one -1) and not marked `asks`; the asks the
-- order rule tracks are the private call, the job request and the wiki
-- reader. At `viktor_final` Viktor asks for your help with the wiki after you
-- gave (real); a small, specific ask there is welcome.
-- Facts: norms, thread_2019, sizing_diff, yusra_q, answered_yusra, cited_2019,
-- urgent_post, viktor_method, summarised, tried_alone, job_ask.

-- Viktor's trust at the end that makes you a regular, not a visitor.
local REGULAR = 3

-- After Yusra's thread: the pinned post next if it is still unread.
local function after_yusra(state)
  if state.facts.norms then return "draft" end
  return "pinned"
end

-- After the results: Yusra's question comes round again if it went unanswered.
local function after_results(state)
  if state.facts.answered_yusra then return "viktor_final" end
  return "yusra_later"
end

local function close(state)
  if state.facts.summarised and state.facts.answered_yusra and state.trust.viktor >= REGULAR then return "regular" end
  return "answered"
end

return {
  format = 1,
  version = 3,
  id = "networking.first_post",
  title = "First post in #paper",
  family = "networking",
  summary = "You have just joined The Bench, a chat workspace for book and paper conservators, with a problem nobody at your record office can help with. Ask your first question, take a curt reply from its most senior member well, and give something back.",
  homework = "Before you next ask a question in an online community, search its archive, read its pinned post and answer one other person's question first.",
  difficulty = 2,
  cast = {
    viktor = { name = "Viktor Halvorsen", role = "Retired head of paper conservation at a national library; 47,000 messages on The Bench", portrait = "grey_glasses" },
    nkechi = { name = "Nkechi Lawson", role = "Objects conservator at a regional museum; volunteer moderator of The Bench", portrait = "short_afro" },
    dilnoza = { name = "Dilnoza Karimova", role = "Conservator, special collections of a university library", portrait = "black_bob" },
    yusra = { name = "Yusra Qasim", role = "MA conservation student, on placement", portrait = "teal_headscarf" },
  },
  start = "lurk",
  nodes = {
    lurk = {
      speaker = "narrator",
      cue = "A pin at the top of #paper: 'How we ask here (read me)'. Below it, the channel scrolls with other people's questions.",
      text = "Monday evening. This afternoon you joined The Bench, a chat workspace for book and paper conservators. Fifteen years a bookbinder, eight months the only conservator at Marshfield County Record Office, you have a problem nobody in the building can help with: a water-damaged parish register from the 1780s, its paper heavily sized with gelatine, whose iron-gall ink spreads a faint brown halo when you humidify it. The parish wants it back in three weeks. #paper has 2,400 members. Your cursor is in the message box.",
      choices = {
        { id = "read_pin",
          text = "(Open the pinned post first.)",
          to = "pinned", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "A community's pinned post is the room telling you how it likes to be spoken to. Reading it first is the online version of looking around before you speak." },
        { id = "post_now",
          text = "(Type it while it's fresh. Three weeks isn't long, and someone here will know.)",
          to = "draft", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "You start typing.",
          feedback = "The deadline is real, but a pin saying 'read me' sat right above the box. Two minutes of reading usually saves a day of back-and-forth." },
        { id = "scroll_week",
          text = "(Scroll back through a week of #paper, to see how people ask and answer here.)",
          to = "yusra_thread", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "Watching how the regulars ask and answer tells you the norms the pinned post leaves out. It also shows you who is waiting for help." },
      },
    },

    pinned = {
      speaker = "nkechi",
      mood = "warm",
      text = "How we ask here. 1. Search first: most things have been asked, and the old threads are good. 2. Say what you tried and what happened, with photos. 3. One question per thread, in the right channel. 4. When it's solved, post a short summary for the next person. Welcome; we're glad you're here. (Nkechi, volunteer mod)",
      learn = { "norms" },
      choices = {
        { id = "search_first",
          text = "(Search the archive for 'iron gall humidification', as it says.)",
          to = "search", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "You did what the community asked before asking anything of it. Whatever the search finds, your question will be better for it." },
        { id = "start_with_photos",
          text = "(Good advice. Take the photos and start the post.)",
          to = "draft", score = { listening = 1 }, tags = { "notice_cue" }, reply = "You photograph the test leaf under raking light.",
          feedback = "Photos and what you tried will make the post far easier to answer. The pin's first line, search first, is the one regulars check." },
        { id = "scroll_too",
          text = "(Scroll the channel as well, to see how people answer each other.)",
          to = "yusra_thread", when = "!yusra_q", score = { listening = 1 }, tags = { "notice_cue" },
          feedback = "Reading how people answer tells you what good looks like here, and who is waiting for help." },
      },
    },

    search = {
      speaker = "narrator",
      cue = "Below his answer: 31 thumbs-up, and a reply from 2021: 'Still the best advice on here.'",
      text = "The search finds a thread from 2019, 'Humidifying iron-gall manuscripts'. The question was about thin, unsized letter paper. Viktor Halvorsen, retired head of paper conservation at a national library, answered in four lines: a Gore-Tex sandwich, never a chamber; spot-test the ink first; if it haloes, treat the ink before the paper.",
      learn = { "thread_2019" },
      choices = {
        { id = "skim_post_anyway",
          text = "(Skim it. It's seven years old and about letter paper; methods have moved on, so post your own question and see what people say now.)",
          to = "draft", reply = "You close the old thread after its first line.", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Thirty-one people found it useful and it answers half your question. Old threads are how communities avoid answering the same thing forty times; start from it." },
        { id = "note_difference",
          text = "(Read it twice. Their paper was unsized; yours is heavy with gelatine. Start the post from that difference.)",
          to = "draft", learn = { "sizing_diff" }, score = { listening = 2 }, tags = { "recall_detail", "paraphrase" },
          reply = "You write 'unsized vs sized' at the top of your notes.",
          feedback = "You used the old answer and found exactly where your case parts from it. A question that starts there shows your work and can't be answered with a link." },
        { id = "just_try",
          text = "(That's the answer, then. Try a Gore-Tex sandwich tomorrow and skip posting.)",
          to = "solo_try", learn = { "tried_alone" }, score = { listening = 1 }, tags = { "recall_detail" },
          feedback = "You took good advice and acted on it, which is half of what a forum is for. The other half is the question the old thread doesn't answer: your paper is sized and theirs wasn't." },
      },
    },

    solo_try = {
      speaker = "narrator",
      cue = "The halo on leaf 12 is small. It is also permanent.",
      text = "Wednesday. The Gore-Tex sandwich works on the first eleven leaves. On leaf 12, where the ink is heaviest, a brown halo spreads anyway. You never spot-tested the ink.",
      choices = {
        { id = "carry_on",
          text = "(Carry on alone, more carefully: shorter sessions, a drier blotter, and stop at the first sign of a halo. You've nearly got it.)",
          to = "alone", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Leaf 12 was the signal that the old advice didn't quite fit. Two thousand people who have done this are one post away." },
        { id = "post_with_result",
          text = "(Post now: what you tried, the photo of leaf 12, and what's different from the 2019 thread: the sizing.)",
          to = "draft", when = "!posted_result", learn = { "sizing_diff", "posted_result" }, score = { listening = 1 }, tags = { "recall_detail" },
          reply = "You photograph leaf 12 beside leaf 11.",
          feedback = "Bringing your own result, the failure included, is the strongest first post there is: nobody has to guess what you did." },
      },
    },

    yusra_thread = {
      speaker = "yusra",
      mood = "thinking",
      cue = "Posted four days ago. No replies; two eyes emoji.",
      text = "Student question, sorry if it's basic! I'm resewing a limp vellum binding for my MA project, a 1640s account book. The original sewing was on alum-tawed thongs and they've snapped at the joints. Do I replace the thongs, or sew new ones alongside the old? My tutor's on leave and my placement review is on Friday.",
      learn = { "yusra_q" },
      choices = {
        { id = "ask_tutor",
          text = "(Reply:) Vellum is tricky on an original, and it's hard to advise without seeing it. I'd really check with your tutor, or your placement supervisor, before you guess.",
          to = after_yusra, can_go = { "draft", "pinned" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "Yusra reacts with a thumbs-up. The thread stays unanswered.",
          feedback = "She said her tutor is on leave and her review is Friday; sending her back to the tutor answers neither. You know bindings; that was the gap." },
        { id = "answer_yusra",
          text = "(Reply:) Not basic at all. Sew new thongs alongside and leave the old ones in place: the evidence survives and the book still opens. Happy to sketch the lacing.",
          to = after_yusra, can_go = { "draft", "pinned" }, gives = true, learn = { "answered_yusra" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "share_resource", "perspective" },
          trust = { yusra = 1 },
          reply = "Within a minute: 'THANK YOU. Yes please to the sketch!!'",
          thought = "Someone answered. Someone who's actually done it.",
          feedback = "You answered the question she asked, from what you know, before asking anything yourself. A newcomer who gives on day one is remembered." },
        { id = "following",
          text = "(Reply:) Great question, I'd like to know this too!",
          to = after_yusra, can_go = { "draft", "pinned" }, score = { listening = -1 }, tags = { "generic_reply" },
          reply = "The thread now has one reply, which makes it look answered.",
          feedback = "Friendly, but it adds a reply without an answer, so others may now scroll past thinking it's handled. You had the answer." },
        { id = "eyes_move_on",
          text = "(Add an eyes emoji and move on. It's your first day; leave it to the regulars.)",
          to = after_yusra, can_go = { "draft", "pinned" }, score = { empathy = -1 }, tags = { "dismiss" },
          reply = "Three eyes emoji now.",
          feedback = "Modest, but another emoji leaves a stuck student, tutor on leave, exactly where four days of them left her. You spent fifteen years sewing exactly this." },
      },
    },

    draft = {
      speaker = "narrator",
      text = function(state)
        local t = "You write your first post in #paper."
        if state.facts.answered_yusra then t = t .. " In another thread, Yusra has reacted to your answer with a row of hearts." end
        return t
      end,
      choices = {
        { id = "life_story",
          text = "(Post:) 'Hi all, first post! Fifteen years a bookbinder, now the lone conservator at Marshfield County Record Office, loving it, but it's a steep curve and there's nobody here to ask...' Three paragraphs later: 'So, any tips on humidifying iron-gall ink?'",
          to = "viktor_reply", score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "Posted at 21:14. Twelve waving-hand emoji in ten minutes, and one reply.",
          feedback = "Introducing yourself is fine, but the question itself is 'any tips', with nothing about the paper, what you tried or what happened. The story can go in #intros; the question needs the facts." },
        { id = "specific_diff",
          text = "(Post:) 'Haloing on a heavily gelatine-sized register. The 2019 thread covers unsized paper; I think sizing changes it. Tried: chamber, 70% RH, 40 min; halo on a test leaf (photos). Gore-Tex, or treat the ink first? Will summarise.'",
          to = "viktor_reply", when = "sizing_diff", learn = { "cited_2019" },
          score = { listening = 2, value_first = 1 }, tags = { "recall_detail", "specific_ask" },
          reply = "Posted at 21:14. One reply, quite quickly.",
          feedback = "You started from the community's own best answer, said exactly where your case differs, showed your work and promised the summary. That is a first post the regulars respect." },
        { id = "urgent",
          text = "(Post:) 'URGENT: ink running on parish register, help! Due back in 3 weeks, ink runs when I humidify. What do I do?'",
          to = "viktor_reply", learn = { "urgent_post" }, score = { listening = -1, value_first = -1 }, tags = { "miss_cue", "vague_ask" },
          reply = "Posted at 21:14. One reply, quite quickly.",
          feedback = "The pressure is real, but 'urgent' and 'what do I do' ask strangers to do the thinking without telling them what you tried. The norms were pinned right above." },
        { id = "specific",
          text = "(Post:) 'Iron-gall haloing when humidifying a sized register. Tried: chamber, 70% RH, 40 minutes; brown halo on a test leaf (photos). What would you change first?'",
          to = "viktor_reply", when = "!sizing_diff", score = { value_first = 1 }, tags = { "specific_ask" },
          reply = "Posted at 21:14. One reply, quite quickly.",
          feedback = "Specific, with what you tried, what happened and photos: the kind of question people here can answer. Searching first might have saved you the first reply." },
      },
    },

    viktor_reply = {
      speaker = "viktor",
      mood = "annoyed",
      cue = "Viktor Halvorsen: 47,000 messages, member since the first week. Two people have reacted to his reply with a laughing face.",
      text = function(state)
        if state.facts.cited_2019 then
          return "You read the 2019 thread. Good. Then you know I'd say Gore-Tex, no chamber. 'I think the sizing changes it' is not a finding. What happened when you spot-tested the ink?"
        end
        if state.facts.urgent_post then
          return "Nothing in conservation is urgent. The ink has been there for 240 years; it will wait while you search the archive. Answered in 2019. What's the sizing?"
        end
        return "Searched the archive? Answered in 2019. What's the sizing?"
      end,
      timeout = 20,
      on_timeout = "cooled",
      timeout_score = {},
      timeout_feedback = "You let the sting pass before answering. Online, where every reply stays on the page, that is rarely a mistake; what you write next matters more than how fast.",
      discuss = "A senior member has answered your first post curtly, in public. What is the reply that helps you most?",
      choices = {
        { id = "defend",
          text = "I did search, actually, and the 2019 thread is about unsized paper. It might help to read the post before replying.",
          to = "moderator", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { viktor = -1 },
          reply = "Viktor doesn't reply. Three more laughing faces appear.",
          thought = "Another one who wants answers, not questions.",
          feedback = "It may be fair, but it answers his tone, not his question, and in public. His question had a one-line answer that would have turned him into your best helper." },
        { id = "plain_answer",
          text = "No spot test yet; that's my gap. It's heavy gelatine size, if that matters. Testing tomorrow; I'll post the photo.",
          to = "viktor_engages", learn = { "will_test" },
          score = { listening = 1 },
          trust = { viktor = 1 },
          reply = "A thumbs-up from Viktor, then he starts typing.",
          thought = "Facts. And admits the gap. Fine, I'll help.",
          feedback = "You answered exactly what he asked, owned the missing step and said what you'd do next, with no defence at all. Curt senior members usually warm to exactly that." },
        { id = "sorry_delete",
          text = "(Reply 'Sorry, newbie mistake!' and delete the question.)",
          to = "nkechi_dm", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "The thread vanishes, and with it his question.",
          feedback = "Curt isn't the same as no. He asked something specific, and deleting the thread means nobody gets to answer you, or learn from it." },
        { id = "dm_call",
          text = "(Message Viktor privately: 'Hi Viktor! Would you have 20 minutes for a call this week? I'd really value your advice.')",
          to = "dm_no", asks = true, score = { listening = -1, value_first = -2 }, tags = { "premature_ask" },
          trust = { viktor = -1 },
          reply = "Delivered. Read.",
          thought = "A call. I answer in public so that I don't have to do calls.",
          feedback = "He asked one question in public; a private call is a much bigger ask of a stranger, and it takes the answer away from everyone else. Answer in the thread." },
      },
    },

    cooled = {
      speaker = "narrator",
      cue = "Nobody else has replied yet. His message sits at the top of the thread.",
      text = "You close the laptop and put the kettle on. Twenty minutes later you read his reply again. It reads differently the second time.",
      choices = {
        { id = "warm_welcome",
          text = "(Reply:) Thanks for the warm welcome. I did search, for what it's worth; I just didn't think a seven-year-old thread was the last word.",
          to = "moderator", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { viktor = -1 },
          reply = "Four laughing faces. One of them is on your reply.",
          thought = "Sarcasm. Wonderful.",
          feedback = "Understandable after a sting, but sarcasm in public costs more than the original curtness did, and his question is still unanswered." },
        { id = "cooled_delete",
          text = "(Delete the post. Try again next week, properly.)",
          to = "nkechi_dm", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "The thread vanishes.",
          feedback = "He asked a question with a one-line answer. Deleting the post turns a small correction into a week lost." },
        { id = "cooled_answer",
          text = "(Reply:) Fair question. Heavy gelatine size; no spot test yet. I'll do one tomorrow and post the result here.",
          to = "viktor_engages", learn = { "will_test" },
          score = { listening = 1 },
          trust = { viktor = 1 },
          reply = "A thumbs-up from Viktor, then he starts typing.",
          thought = "Took their time and came back with facts. Good.",
          feedback = "The pause let you answer his question instead of his tone: the sizing, the missing test, the next step. That is the reply that gets you help." },
      },
    },

    moderator = {
      speaker = "nkechi",
      mood = "neutral",
      cue = "A small green 'moderator' badge beside her name.",
      text = "Hi both! Friendly reminder that everyone here is a volunteer. Viktor's question about the sizing is a real one; the answer will shape every reply you get. Viktor, doormat out, please. :)",
      choices = {
        { id = "once_he_answers",
          text = "Happy to, once he's answered the question I actually asked, rather than the one he assumed I was asking.",
          to = "spat", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { viktor = -1, nkechi = -1 },
          reply = "Nkechi: 'Okay. Let's leave it there for tonight.'",
          thought = "Oh dear. Day one.",
          feedback = "Nkechi held the door open and you argued through it. His answer depended on your answer; there was no way round it." },
        { id = "leave_thread",
          text = "(Mute the thread. This place isn't for you.)",
          to = "lurker_again", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "Nkechi's message sits unread under a muted thread.",
          feedback = "The moderator had just made it easy to come back. Walking away after one bad exchange means the community only ever sees that exchange." },
        { id = "fair_sorry",
          text = "Fair. Sorry, Viktor. Heavy gelatine size, no spot test yet. I'll do one tomorrow.",
          to = "viktor_engages", learn = { "will_test" }, score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          trust = { viktor = 1 },
          reply = "Viktor: 'Fine. That helps.' He starts typing.",
          thought = "Fair enough. They came round.",
          feedback = "You took the moderator's way back, apologised in one word and answered the question. A quick repair in public is remembered better than the spat." },
      },
    },

    nkechi_dm = {
      speaker = "nkechi",
      mood = "warm",
      cue = "A private message, ten minutes after the thread disappears.",
      text = "Hey, saw you deleted your post. Please don't take Viktor personally. He asks everyone what they tried, me included, and he's annoyingly often right. Your question was a good one. Repost it with the sizing?",
      choices = {
        { id = "rude_though",
          text = "Honestly, he was rude, and in front of everyone. Is that really allowed here? I nearly didn't post at all.",
          to = "solo_try", learn = { "tried_alone" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          trust = { nkechi = -1 },
          reply = "'He's blunt, not rude. But I hear you.' You decide to try the Gore-Tex yourself.",
          thought = "Fair to feel it. Shame they didn't take the way back.",
          feedback = "The feeling is fair, but she had just explained him and offered you a way back, and the complaint puts your hurt, and her colleague, in front of her instead. Reposting costs two minutes." },
        { id = "repost",
          text = "Thanks, Nkechi, that helps. Reposted: heavy gelatine size, the test-leaf photo, and the 2019 thread linked.",
          to = "viktor_engages", gives = true, learn = { "will_test" },
          score = { listening = 1, value_first = 1 }, tags = { "gratitude" },
          trust = { nkechi = 1, viktor = 1 },
          reply = "Viktor replies to the new post within the hour.",
          thought = "Good. That's how it's supposed to go.",
          feedback = "You thanked her for what she actually did and took her advice straight away. The second post gives Viktor the fact he asked for." },
        { id = "later_maybe",
          text = "Thanks, that's kind. Maybe once I've sorted it myself and have something worth posting.",
          to = "solo_try", learn = { "tried_alone" }, score = { listening = -1 }, tags = { "miss_cue" },
          reply = "'Okay! Door's open.'",
          feedback = "Polite, but she gave you a clear, easy way back and you declined it. Sorting it yourself is what the forum was meant to save you." },
      },
    },

    dm_no = {
      speaker = "viktor",
      mood = "annoyed",
      text = function(state)
        local t = "I don't do calls. Ask in the thread. That's what it's for, and then the next person can read the answer."
        if state.facts.cited_2019 then return t .. " What did the spot test show?" end
        return t .. " What's the sizing?"
      end,
      choices = {
        { id = "back_to_thread",
          text = "Fair enough. Back in the thread: no spot test yet, and the size is heavy gelatine.",
          to = "viktor_engages", learn = { "will_test" }, score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          trust = { viktor = 1 },
          reply = "He answers in the thread four minutes later.",
          thought = "Good. Took the no, answered the question.",
          feedback = "You took his no without a fuss and answered the question he asked, where he asked it. That is all he wanted." },
        { id = "ten_minutes",
          text = "Totally understand! Even ten minutes would be amazing, though. I'm really stuck.",
          to = "lurker_again", asks = true, score = { listening = -1, empathy = -2, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          trust = { viktor = -1 },
          reply = "Read. No reply.",
          thought = "I said no. Clearly.",
          feedback = "He said no and told you exactly what would work instead. Pushing after a clear no closes the door he was holding open." },
      },
    },

    viktor_engages = {
      speaker = "viktor",
      mood = "thinking",
      cue = "Two minutes later, Dilnoza Karimova, a conservator at a university library, adds: 'Did almost exactly this on a sized tithe map in March. Photos in #paper, 14 March. Welcome!'",
      text = "Heavy gelatine. Then the chamber was the wrong tool: it drives moisture in everywhere at once, and the ink moves before the size relaxes. Gore-Tex sandwich, slowly, from the back. But first spot-test the ink: a drop of water under the microscope. If it haloes, treat the ink with calcium phytate before anything else.",
      learn = { "viktor_method", "dilnoza_tithe" },
      choices = {
        { id = "job_hijack",
          text = "Great, thanks! Unrelated, but does anyone know of contract work from June? My post is fixed-term.",
          to = "results", asks = true, learn = { "job_ask" }, score = { listening = -1, value_first = -1 }, tags = { "topic_hijack", "premature_ask" },
          trust = { viktor = -1 },
          reply = "Viktor: 'There's a #jobs channel.'",
          thought = "One question per thread. It's pinned.",
          feedback = "A real worry, but a second, bigger ask tacked onto your first answered question in the wrong channel. There's a place for it, and a better moment: after you've given something." },
        { id = "phytate_why",
          text = "Thank you. On a parish register that has to go back in three weeks, how do you decide phytate is worth it over leaving the ink alone?",
          to = "results", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "Viktor: 'When the test haloes. Yours probably will. Test first.'",
          feedback = "A good follow-up on the riskiest step in his advice. Dilnoza's offer of her photos went unanswered, though." },
        { id = "thanks_both",
          text = "Thank you both. Testing tomorrow. Dilnoza, I'll read your tithe-map photos before I touch the register.",
          to = "results", gives = true, score = { listening = 1, value_first = 1 }, tags = { "recall_detail", "gratitude" },
          trust = { viktor = 1 },
          reply = "Dilnoza: 'Shout if the blotters stick. Mine did.'",
          thought = "Listens to both of us. Good.",
          feedback = "You thanked both helpers for what each one offered, said what you'd do next and picked up Dilnoza's photos. Short, specific thanks are the currency of a forum." },
        { id = "thanks_emoji",
          text = "(React with a prayer-hands emoji.)",
          to = "results",
          reply = "Viktor's reply gets one more reaction.",
          feedback = "Fine as an acknowledgement. A line saying what you'll do next, and that you saw Dilnoza's photos, would have told them their help landed." },
      },
    },

    results = {
      speaker = "narrator",
      cue = "The thread is now third from the top. Someone else has reacted to it with 'same problem here'.",
      text = "Thursday. The spot test haloed. You treated two test leaves with calcium phytate, then used a Gore-Tex sandwich from the back: no halo on either. One thing went wrong: the blotter stuck to leaf 3 and lifted a fibre. You have photos and timings.",
      choices = {
        { id = "solved_thanks",
          text = "(Post: 'Solved, thanks all!')",
          to = after_results, can_go = { "viktor_final", "yusra_later" },
          reply = "Posted at 17:40. The 'same problem here' person replies: 'How?'",
          feedback = "Courteous, but the next person with a sized register learns nothing from it. The summary is the bit the pinned post asks for." },
        { id = "summary_plus_job",
          text = "(Post the summary with photos, timings and credits, and add at the end: 'Also, if anyone hears of conservation contract work from June, I'm looking; my post is fixed-term!')",
          to = after_results, can_go = { "viktor_final", "yusra_later" }, gives = true, asks = true, learn = { "summarised", "job_ask" },
          score = { value_first = -1 }, tags = { "follow_through", "premature_ask" },
          reply = "Posted at 17:40. Two reactions on the summary, and a link to #jobs.",
          feedback = "The summary is a real give, but tacking a job request onto it makes it look like a trade. Give cleanly; ask in #jobs, separately." },
        { id = "say_nothing",
          text = "(Say nothing. You're busy, and the thread has done its job.)",
          to = after_results, can_go = { "viktor_final", "yusra_later" },
          reply = "The thread drifts down the channel.",
          feedback = "Nothing broken, but the pinned post asks for a summary, and someone has already said they have the same problem. Five minutes now saves them days." },
        { id = "post_summary",
          text = "(Post a summary in the thread: what haloed, what worked, the timings, the blotter that stuck, photos, and credit to Viktor's spot test and Dilnoza's tithe map.)",
          to = after_results, can_go = { "viktor_final", "yusra_later" }, gives = true, learn = { "summarised" },
          score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { viktor = 1 },
          reply = "Posted at 17:40. By the evening the 'same problem here' person has replied: 'Bookmarked. Thank you.'",
          thought = "A proper summary. With the failure in it.",
          feedback = "You did what the pin asks and what you promised, and included the failure, which is the part people usually leave out. This is how a newcomer pays a community back." },
      },
    },

    yusra_later = {
      speaker = "narrator",
      cue = "Yusra's post is a week old now, and her placement review is tomorrow. The eyes emoji are still the only replies.",
      text = function(state)
        local t = "Scrolling down #paper"
        if state.facts.yusra_q then
          t = t .. ", you pass Yusra Qasim's question again"
        else
          t = t .. ", you pass a question from Yusra Qasim, an MA student"
        end
        return t .. ": resewing a limp vellum binding, the alum-tawed thongs snapped at the joints; replace them, or sew new ones alongside? Her tutor is on leave."
      end,
      choices = {
        { id = "her_tutor",
          text = "(Reply: 'Have you asked your tutor?')",
          to = "viktor_final", score = { listening = -1, empathy = -1 }, tags = { "ask_again" },
          reply = "'She's on leave,' Yusra replies. 'It's in the post.'",
          feedback = "Her post says the tutor is on leave. Asking again, the night before her review, tells her you didn't read it, and you had the answer." },
        { id = "late_answer",
          text = "(Reply: new thongs alongside, the old ones left in place as evidence, and an offer to sketch the lacing tonight.)",
          to = "viktor_final", gives = true, learn = { "answered_yusra" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "share_resource", "perspective" },
          trust = { yusra = 1 },
          reply = "Within a minute: 'Oh thank god. Yes please to the sketch!!'",
          thought = "Finally. And before the review.",
          feedback = "You answered with what fifteen years of binding taught you, the night before her review. Helping someone else in the place that helped you is what makes you part of it." },
        { id = "leave_senior",
          text = "(Leave it for someone more senior. A wrong answer from a newcomer, the night before her review, could do more harm than none.)",
          to = "viktor_final", score = { empathy = -1 }, tags = { "dismiss" },
          reply = "The thread stays where it is.",
          feedback = "Careful in intent, but it leaves her alone with a week of silence the night before her review. Nobody senior has answered, and you spent fifteen years doing exactly this." },
      },
    },

    viktor_final = {
      speaker = "viktor",
      mood = "neutral",
      text = function(state)
        local t
        if state.facts.summarised then
          t = "Good summary. The blotter is the useful bit; nobody writes down what went wrong. I've added it to the wiki under 'Sized papers'."
        else
          t = "So did the spot test halo or not? Others are asking."
        end
        if state.facts.answered_yusra then
          t = t .. " And I saw your answer on the vellum thread. You were a binder? Our limp-vellum wiki page is a mess. Would you look at it?"
        end
        return t
      end,
      choices = {
        { id = "not_enough",
          text = "That's kind of you, but I'm honestly not sure I'm experienced enough for the wiki yet; I've only been in conservation eight months.",
          to = close, can_go = { "regular", "answered" }, when = "answered_yusra",
          reply = "'Fifteen years is experienced enough. Offer stands.'",
          feedback = "Modesty is fine, and nothing is lost by it. He asked because your answer to Yusra was good; fifteen years is more than most wiki pages get." },
        { id = "draft_vellum",
          text = "Fifteen years, yes. I'll draft the limp-vellum page by the end of the month. Would you read it before it goes up?",
          to = close, can_go = { "regular", "answered" }, when = "answered_yusra", gives = true, asks = true,
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "specific_ask" },
          trust = { viktor = 1 },
          reply = "'Yes. Send it by the 30th.'",
          thought = "A binder who writes things down. We need those.",
          feedback = "He invited your help after you had given twice, and you said yes with a date, plus one small ask that makes the page better. That is how a visitor becomes a regular." },
        { id = "it_worked",
          text = "It haloed on the test; phytate first, then Gore-Tex from the back, and no halo after. Summary to follow.",
          to = close, can_go = { "regular", "answered" }, when = "!summarised", gives = true, score = { listening = 1, value_first = 1 }, tags = { "share_resource" },
          reply = "'Good. Put it in the summary, with the blotter.'",
          feedback = "You answered his question exactly and shared the result others were asking for. 'Summary to follow' is a promise; the thread will only be useful once it's kept." },
        { id = "thanks_all",
          text = "Thanks, Viktor! Couldn't have done it without you.",
          to = close, can_go = { "regular", "answered" }, score = { listening = -1 }, tags = { "generic_reply" },
          reply = "A thumbs-up.",
          feedback = "Warm, but it could answer any message, and he said something specific to you. Pick up what he said." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    regular = {
      speaker = "narrator",
      text = function(state)
        local t = "A month later your limp-vellum page is on the wiki, with Viktor's red pen all over the first draft and his name nowhere on it. Yusra passed her placement review and sends you a photo of the book, sewn."
        if state.facts.job_ask then t = t .. " In #jobs, someone has tagged you on a contract from June." end
        return t .. " When the next person asks about a sized register, Nkechi links your summary."
      end,
      ending = "regular",
      grade = "good",
    },
    answered = {
      speaker = "narrator",
      text = function(state)
        local t = "The register goes back to the parish on time, without a halo."
        if state.facts.summarised then
          t = t .. " Your summary is on the wiki. You drop into The Bench now and then; nobody there quite knows you yet."
        else
          t = t .. " The thread ends on Viktor's question. You drop into The Bench now and then, when you need something."
        end
        return t
      end,
      ending = "answered",
      grade = "mixed",
    },
    alone = {
      speaker = "narrator",
      text = "You finish the register alone, slowly. Leaf 12 keeps its halo, and two more leaves join it. The Bench stays open in a tab you never post in.",
      ending = "alone",
      grade = "mixed",
    },
    lurker_again = {
      speaker = "narrator",
      text = "You never post on The Bench again. You still read it, and one evening you see Viktor answer someone else's sized-paper question in four lines: spot test, phytate, Gore-Tex from the back.",
      ending = "lurker_again",
      grade = "poor",
    },
    spat = {
      speaker = "narrator",
      text = "The thread is locked the next morning. A few people react to it with popcorn. The register goes back to the parish with three haloed leaves, and your first post on The Bench is the one people remember.",
      ending = "spat",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Online, listening starts before you speak: the pinned post, the old thread and the unanswered question below yours are what the community has already said. Viktor's curt reply was also a question with a one-line answer.",
    empathy = "Everyone on The Bench is a volunteer answering between their own jobs. Taking a blunt reply as information rather than an insult, and a no as a no, fits their side of it.",
    value_first = "A first question is an ask, and a community is an invitation to make it. What turns a visitor into a regular is giving back: an answer to someone else's question, and a summary for the next person with the same problem.",
  },
}
