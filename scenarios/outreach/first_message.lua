-- outreach.first_message: a first message to a stranger on a professional network, and the exchange after.
-- luacheck: no max line length
-- The player teaches Year 5 at a primary school in Sheffield and runs its Thursday games club.
-- Kaveh Rostami, a game designer at a four-person studio, has posted a write-up of classroom playtests
-- of their fractions game. The player writes him a first message line by line (each line a node, its
-- choices shuffled), then has the short exchange that follows if he replies. The hard moment is the
-- message itself: one that is about him (a specific thing noticed in his post), gives something, is
-- short and makes one small, easy-to-decline ask, against "pick your brain", the pitch and the
-- biography. The timed moment is his reply: he is online for ten minutes before a playtest call.
-- Invitations (docs/rubric.md): in `reply_live`, when the message asked nothing, he asks what he can
-- help with while online for you (a real invitation); in `wrap`, "let me know if there's ever
-- anything I can do" as he leaves for a call is politeness, and an ask there is early.
-- Facts from his post: timer_quitters, copy_neighbour, schools_hard, slow_replies. Each message line
-- is a fact (its key in LINES), so the draft, his reply and the ending follow what was written.
-- Later: no_school and feb_test (his February test with no classroom), offered_club, club_accepted,
-- promised_pack, sent_pack, asked_* (which ask the message made), trimmed, chased.

-- Kaveh's trust after the message that earns a reply while he is online.
local LIVE = 2
-- Trust at the close that makes February a good ending.
local GOOD = 6

-- The message lines, by key. A choice's text is its line; picking it learns the key.
local LINES = {
  op_timer = "Hi Kaveh, your countdown finding has just happened in my Year 5 classroom.",
  op_intro = "Hi Kaveh, I'm a Year 5 teacher in Sheffield.",
  op_sorry = "Hi Kaveh, I'm sure you get a hundred of these, so sorry for the message out of the blue!",
  op_brain = "Hi Kaveh, could I pick your brain about classroom playtesting some time?",
  nt_quitters = "What stuck with me: the children who quit under the timer were the slow-but-right ones.",
  nt_great = "Loved the post, such a great insight, and Pie Heist looks brilliant!",
  nt_shared = "I've passed the post to our maths lead, and she's putting your graph up at Monday's staff meeting.",
  nt_neighbour = "The tutorial bit made me laugh: mine copy their neighbour in everything too, wrong answers included.",
  ab_short = "I teach Year 5 in Sheffield.",
  ab_long = "A bit about me: nine years in the classroom, a master's in education technology, two maths apps built in Scratch, a UX certificate, and a love of games since I was six. I'm now looking to move into learning design, and your studio is exactly the kind of place I admire.",
  ab_none = "",
  gv_numbers = "This term I switched the timer off in our times-tables app for my five slowest-but-right children: four of them now finish every set. Happy to send you the numbers.",
  gv_club = "On the schools problem in your last line: our Thursday games club has thirty Year 5s who would test anything.",
  gv_portfolio = "I've put a link to my portfolio below, in case it's useful for you and your team.",
  gv_prototype = "I've also built a fractions prototype with no timer; I'd love to send it over for your thoughts.",
  gv_none = "",
  ak_one = "Could I ask one question here: how did your first school come to say yes? If this week is busy, no reply needed.",
  ak_brain = "Would you be up for a quick call so I can pick your brain about getting into the games industry?",
  ak_job = "Is Tallyho hiring at all? I'd love to be considered for anything in learning design.",
  ak_none = "No question, really: I just wanted you to know it worked.",
  ak_three = "Three quick questions: how did you find your schools, how did you handle consent, and how long did each session run?",
}

-- The message's parts, in the order they are written.
local PARTS = {
  { "op_timer", "op_intro", "op_sorry", "op_brain" },
  { "nt_quitters", "nt_great", "nt_shared", "nt_neighbour" },
  { "ab_short", "ab_long", "ab_none" },
  { "gv_numbers", "gv_club", "gv_portfolio", "gv_prototype", "gv_none" },
  { "ak_one", "ak_brain", "ak_job", "ak_none", "ak_three" },
}

-- The short version of the biography, once the player trims it.
local TRIMMED = "I teach Year 5 in Sheffield."

-- The message as written so far, with its length: shown after each line.
local function draft(state)
  local lines = {}
  for _, part in ipairs(PARTS) do
    for _, key in ipairs(part) do
      if state.facts[key] then
        local line = LINES[key]
        if key == "ab_long" and state.facts.trimmed then line = TRIMMED end
        if line ~= "" then lines[#lines + 1] = line end
      end
    end
  end
  if state.facts.chased then lines[#lines + 1] = "Would be great to hear back this week, as I'm hoping to plan the spring term around it!" end
  local text = table.concat(lines, "\n")
  local words = 0
  for _ in text:gmatch("%S+") do words = words + 1 end
  if words == 0 then return "Your message so far is empty." end
  return "Your message so far (" .. words .. " words):\n\n" .. text
end

-- Who answers, and how, once the message is sent.
local function sent(state)
  local t = state.trust.kaveh
  if t >= LIVE and not state.facts.ak_job then return "reply_live" end
  if t >= 1 then return "reply_cool" end
  return "unanswered"
end

-- How the exchange ends: a kept promise and his trust make February happen.
local function finish(state)
  if state.facts.promised_pack then return "follow_through" end
  if state.facts.club_accepted then return "club_slipped" end
  if state.trust.kaveh <= 0 then return "closed" end
  return "useful_thread"
end

local function after_pack(state)
  if state.facts.sent_pack and state.trust.kaveh >= GOOD then return "playtest" end
  return "club_slipped"
end

return {
  format = 1,
  version = 3,
  id = "outreach.first_message",
  title = "The first message",
  family = "outreach",
  summary = "Kaveh Rostami, a game designer you have never met, posted what 212 nine-year-olds taught his studio about countdown timers. Write him a first message, line by line, and then have the short exchange that follows if he answers.",
  homework = "This week, write one stranger whose work you admire a message of under a hundred words: one thing you noticed in their work, one thing you can give, and at most one small question they can ignore.",
  difficulty = 2,
  cast = {
    kaveh = { name = "Kaveh Rostami", role = "Game designer, Tallyho Games (four people); makes the fractions game Pie Heist", portrait = "dark_waves" },
  },
  start = "post",
  nodes = {
    post = {
      speaker = "narrator",
      cue = "The post has forty comments. Almost all of them say \"Great insight!\"",
      text = "Sunday, 7:30 pm. You teach Year 5 at a primary school in Sheffield and run its Thursday games club; lately you have wondered about learning design. Kaveh Rostami, a designer at Tallyho Games, has posted \"What 212 nine-year-olds taught us about countdown timers\". Without the timer, the children who had been quitting finished: they were the slow-but-right ones. Children skipped the text tutorial and copied their neighbour instead. And his last line: \"Finding schools was the hardest part. We still don't have one for the spring.\" His profile says: \"Slow to reply, but I read everything.\"",
      learn = { "timer_quitters", "copy_neighbour", "schools_hard", "slow_replies" },
      choices = {
        { id = "write_note",
          text = "(Write him a message. Start with the first line.)",
          to = "opener",
          feedback = "A message of your own gives him a reason to answer that a bare connection request never does. The first line is what he sees in his requests folder." },
        { id = "comment_first",
          text = "(Add \"Great insight!\" under the post first, so he's seen your name, then write.)",
          to = "opener", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "Your comment joins the other forty.",
          feedback = "A forty-first 'Great insight!' could sit under any post, and it tells him nothing. If something in it struck you, the message is the place to say exactly what." },
      },
    },

    -- The message, line by line -------------------------------------------------------------------
    opener = {
      speaker = "narrator",
      text = "The first line: it is all he will see in his message requests before he decides whether to open it.",
      discuss = "What would make you open a stranger's message from its first line alone?",
      choices = {
        { id = "op_sorry", text = LINES.op_sorry, learn = { "op_sorry" },
          to = "noticed", reply = draft,
          feedback = "Polite, and it does no harm. But the one line he sees before opening spends itself on an apology and tells him nothing about why you wrote." },
        { id = "op_brain", text = LINES.op_brain, learn = { "op_brain" },
          to = "noticed", reply = draft, asks = true, score = { value_first = -1 }, tags = { "vague_ask", "premature_ask" },
          trust = { kaveh = -1 },
          thought = "Pick my brain. So, a call about careers.",
          feedback = "'Pick your brain' is an ask with no size, task or end, from someone he has never heard of. It also tells him, before he opens it, that the message is about what you want." },
        { id = "op_intro", text = LINES.op_intro, learn = { "op_intro" },
          to = "noticed", reply = draft,
          feedback = "A plain, honest introduction, and a fine way to start. It says who you are; a line about his post would have told him why to read on." },
        { id = "op_timer", text = LINES.op_timer, learn = { "op_timer" },
          to = "noticed", reply = draft, score = { listening = 1 }, tags = { "recall_detail" },
          trust = { kaveh = 1 },
          thought = "Happened in a classroom? I want to know what.",
          feedback = "The first thing he sees is his own finding, seen again in a real room. That is the line that makes a stranger open a message." },
      },
    },

    noticed = {
      speaker = "narrator",
      text = "Next, a line about his post.",
      choices = {
        { id = "nt_great", text = LINES.nt_great, learn = { "nt_great" },
          to = "about", reply = draft, score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "Warm, but it could follow any post he has ever written; forty people said the same underneath it. Name the part that struck you and he knows you read it." },
        { id = "nt_neighbour", text = LINES.nt_neighbour, learn = { "nt_neighbour" },
          to = "about", reply = draft, score = { listening = 1 }, tags = { "recall_detail" },
          feedback = "A real detail from his post, with a light touch from your own room. It shows you read it, though it passes over the finding the post was really about." },
        { id = "nt_quitters", text = LINES.nt_quitters, learn = { "nt_quitters" },
          to = "about", reply = draft, score = { listening = 2 }, tags = { "recall_detail", "paraphrase" },
          trust = { kaveh = 1 },
          thought = "That's the exact point. Most people missed it.",
          feedback = "You named the finding in his own terms, including the part most readers missed: it was the slow-but-right children who quit. Nothing tells a writer more clearly that you read the whole thing." },
        { id = "nt_shared", text = LINES.nt_shared, learn = { "nt_shared" },
          to = "about", reply = draft, gives = true, score = { value_first = 1 }, tags = { "celebrate" },
          feedback = "Telling him his work is travelling, to a staff meeting no less, is a small gift. It says less about what you yourself took from it." },
      },
    },

    about = {
      speaker = "narrator",
      text = "A line about you.",
      choices = {
        { id = "ab_long", text = LINES.ab_long, learn = { "ab_long" },
          to = "give", reply = draft, score = { empathy = -1 }, tags = { "self_focus" },
          trust = { kaveh = -1 },
          thought = "A CV in paragraph form. From someone I don't know.",
          feedback = "Every item is true and some are impressive, but he is a stranger who says he is slow to reply, and this is the longest part of the message. One line of who you are is enough for now." },
        { id = "ab_short", text = LINES.ab_short, learn = { "ab_short" },
          to = "give", reply = draft,
          feedback = "One plain line of who you are. That is all a first message needs about you." },
        { id = "ab_none", text = "(Skip it: your name and job are on your profile.)", learn = { "ab_none" },
          to = "give", reply = draft,
          feedback = "Fair: your profile says who you are. A few words about your classroom would have told him why your observation is worth reading." },
      },
    },

    give = {
      speaker = "narrator",
      text = "The middle of the message.",
      choices = {
        { id = "gv_prototype", text = LINES.gv_prototype, learn = { "gv_prototype" },
          to = "ask_line", reply = draft, asks = true, score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { kaveh = -1 },
          thought = "So I'd be reviewing their game. For free.",
          feedback = "It sounds like an offer, but it asks him for time: to open, play and judge your prototype. From a stranger in a first message that is a real request." },
        { id = "gv_numbers", text = LINES.gv_numbers, learn = { "gv_numbers" },
          to = "ask_line", reply = draft, gives = true, score = { listening = 1, value_first = 2 }, tags = { "share_resource", "recall_detail" },
          trust = { kaveh = 1 },
          thought = "Four out of five. That's a real result.",
          feedback = "A small, real result that extends his own finding, offered with no strings. Designers rarely hear what happens to an idea after the post." },
        { id = "gv_none", text = "(Nothing here: keep the message short.)", learn = { "gv_none" },
          to = "ask_line", reply = draft,
          feedback = "Short is good, and nothing here does harm. You had something he would value, though: your classroom result, or a room for his spring tests." },
        { id = "gv_club", text = LINES.gv_club, learn = { "gv_club", "offered_club" }, when = "schools_hard",
          to = "ask_line", reply = draft, gives = true, score = { listening = 2, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 1 },
          thought = "Wait. A school. For the spring.",
          feedback = "You picked up the need he put in his last line and offered exactly that, with no strings. An offer that answers someone's own stated problem is the strongest give there is." },
        { id = "gv_portfolio", text = LINES.gv_portfolio, learn = { "gv_portfolio" },
          to = "ask_line", reply = draft, score = { value_first = -1 }, tags = { "self_focus" },
          feedback = "Your portfolio helps you, not him: as a 'resource' it reads as the start of a job application. Give him something he can use, or nothing." },
      },
    },

    ask_line = {
      speaker = "narrator",
      text = "The last line.",
      cue = "His profile is still open in the other tab: \"Slow to reply, but I read everything.\"",
      discuss = "What makes a first ask easy to say no to?",
      choices = {
        { id = "ak_three", text = LINES.ak_three, learn = { "ak_three" },
          to = "review", reply = draft, asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          thought = "That's an afternoon of answers.",
          feedback = "Each question is reasonable; together they are an hour of his writing, for someone who says he is slow to reply. Pick the one you most need." },
        { id = "ak_none", text = LINES.ak_none, learn = { "ak_none" },
          to = "review", reply = draft,
          feedback = "Not asking is never wrong, and he owes you nothing. You did have one question you needed answered; a small one he can ignore would have been welcome too." },
        { id = "ak_job", text = LINES.ak_job, learn = { "ak_job" },
          to = "review", reply = draft, asks = true, score = { value_first = -2 }, tags = { "premature_ask" },
          trust = { kaveh = -1 },
          thought = "And there it is. It was a job letter.",
          feedback = "Asking a stranger for a job in a first message turns everything above it into a run-up to the ask. Even a kind reader has to say no to it before anything else." },
        { id = "ak_one", text = LINES.ak_one, learn = { "ak_one" },
          to = "review", reply = draft, asks = true, score = { empathy = 1, value_first = 1 }, tags = { "specific_ask", "respect_time" },
          trust = { kaveh = 1 },
          thought = "One question, and I'm allowed to skip it. Fine.",
          feedback = "One question, named, that fits a message box, with a plain way out for a man who says he replies slowly. That is an ask a stranger can say yes to in a minute, or no to without guilt." },
        { id = "ak_brain", text = LINES.ak_brain, learn = { "ak_brain" },
          to = "review", reply = draft, asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          trust = { kaveh = -1 },
          thought = "A call about breaking into games. I get three of these a week.",
          feedback = "A call with no question in it, about your career, is a vague ask of a stranger's time. Name the one thing you want to know instead." },
      },
    },

    review = {
      speaker = "narrator",
      text = "You read it through once more, as he would: on his phone, on a Monday morning.",
      choices = {
        { id = "chase",
          text = "(Add \"Would be great to hear back this week, as I'm hoping to plan the spring term around it!\" and send.)",
          to = sent, can_go = { "reply_live", "reply_cool", "unanswered" }, learn = { "chased" },
          score = { empathy = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          reply = "Sent, 8:02 pm.",
          thought = "This week? I said I'm slow.",
          feedback = "His profile says he replies slowly, and this line sets a deadline on a favour. Closing on expectation makes a stranger's reply feel owed." },
        { id = "trim",
          text = "(Cut the biography down to \"I teach Year 5 in Sheffield.\", then send.)",
          to = sent, can_go = { "reply_live", "reply_cool", "unanswered" }, when = "ab_long", learn = { "trimmed" },
          score = { empathy = 1 }, tags = { "respect_time" },
          trust = { kaveh = 1 },
          reply = "Trimmed and sent, 8:04 pm.",
          thought = "Short. Good.",
          feedback = "You read it as he would and cut the part that was about you. A first message a stranger can read on a phone in one go gets read." },
        { id = "send",
          text = "(Send it.)",
          to = sent, can_go = { "reply_live", "reply_cool", "unanswered" },
          reply = "Sent, 8:01 pm.",
          feedback = "Sent. His reply, or his silence, will tell you how much of it was about him." },
      },
    },

    -- After sending -------------------------------------------------------------------------------
    reply_live = {
      speaker = "kaveh",
      mood = "warm",
      cue = "His reply arrives on Monday at 8:41 am. The green dot by his name says he is online now.",
      text = function(state)
        local f = state.facts
        local t = {}
        if f.gv_numbers then
          t[#t + 1] = "Four out of five finishing every set? Best thing in my inbox this month. Yes please to the numbers."
        elseif f.gv_club then
          t[#t + 1] = "Thirty Year 5s on a Thursday? You may have just solved my spring."
        else
          t[#t + 1] = "Thanks for this, and for actually reading to the end of the post."
        end
        if f.ak_one then
          t[#t + 1] = "Ask away: I'm online for ten minutes before a playtest call."
        elseif f.ak_three then
          t[#t + 1] = "I'm online for ten minutes before a playtest call, so I'll take your questions one at a time."
        elseif f.ak_brain or f.op_brain then
          t[#t + 1] = "Calls are impossible this month, but I'm online for ten minutes before a playtest call, if you'd like to type."
        else
          t[#t + 1] = "Was there something I can help with? I'm online for ten minutes before a playtest call."
        end
        return table.concat(t, " ")
      end,
      timeout = 20,
      on_timeout = "later",
      timeout_score = { listening = -1 },
      timeout_feedback = "He told you he was online for ten minutes, and the moment passed while you composed. A live window from a slow replier is worth a short, plain question now.",
      choices = {
        { id = "lv_background",
          text = "Thank you! Before I ask, a bit of background so it makes sense: I've taught for nine years, mostly Year 5, and I've always...",
          to = "later", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          trust = { kaveh = -1 },
          reply = "The green dot goes grey halfway through your paragraph.",
          thought = "I have ten minutes and we're on their life story.",
          feedback = "He gave you ten minutes and you spent them on yourself. Your question makes sense without the background; ask it, and add context only if he needs it." },
        { id = "lv_one",
          text = "Thanks! Just the one, then: how did the first school come to say yes?",
          to = "answer", score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "respect_time" },
          trust = { kaveh = 1 },
          reply = "\"Ha. Good question. Honestly?\"",
          thought = "Straight to it. I like that.",
          feedback = "He said he had ten minutes, so you asked the one question, plainly, and left the rest of the window to him. Fitting the ask to the time someone has is respect they notice." },
        { id = "lv_three",
          text = "Brilliant! Three quick ones, then: how did you find schools, how did you handle consent, and how long was each session?",
          to = "barrage", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          thought = "Ten minutes. Three essays.",
          feedback = "Three questions in a ten-minute window turns his kindness into homework. One, asked well, gets a better answer than three." },
        { id = "lv_later",
          text = "No rush at all! I'll write my questions up properly tonight and send them over.",
          to = "later", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Sure. I might be slow.\"",
          feedback = "Kindly meant, but he is online now and told you so; tonight he may not be for a week. When a slow replier opens a window, use it." },
        { id = "lv_call",
          text = "Amazing, thank you. Could we hop on a quick video call instead? It's easier than typing.",
          to = "call_ask", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          thought = "I offered ten minutes of typing, not a call.",
          feedback = "He offered ten minutes here, and you asked for a bigger thing in another place. Take the form of help someone offers before asking for a different one." },
      },
    },

    reply_cool = {
      speaker = "kaveh",
      mood = "guarded",
      cue = "His reply comes on Wednesday afternoon. Two lines.",
      text = function(state)
        local f = state.facts
        if f.ak_job then
          return "Thanks for the kind words. We're four people with no hiring budget this year, so I won't string you along."
        end
        if f.ak_brain or f.op_brain then
          return "Thanks. Calls are impossible this month, I'm afraid: we're shipping. If there's a question, type it here and I'll get to it when I can."
        end
        if f.gv_prototype then
          return "Thanks. I can't take on reviewing anything right now, sorry. Was there something else?"
        end
        if f.ak_none then
          return "Thanks, that's kind, and glad it worked. I'm buried this week, but was there anything you wanted to ask?"
        end
        return "Thanks for this. I'm buried this week; what was it you wanted to ask?"
      end,
      choices = {
        { id = "rc_push",
          text = "No problem at all, I completely understand! When would be a better time to chat, then? I'm really flexible, evenings and weekends included.",
          to = "faded", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          reply = "\"Maybe after the release.\"",
          thought = "I just said I'm buried.",
          feedback = "He told you he is buried and offered a written answer; a chat 'whenever' asks for more of the thing he has least of. Take the smaller door he opened." },
        { id = "rc_club",
          text = "Nothing that can't wait. But on the schools problem from the post: my Thursday games club has thirty Year 5s, if the spring needs testers.",
          to = "club_yes", when = "schools_hard", gives = true, learn = { "offered_club" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 2 },
          reply = "A reply within the minute: \"Wait. Seriously?\"",
          thought = "Oh. That changes things.",
          feedback = "You set your own question aside for his week and offered the thing his post said he lacked. A give that answers someone's stated problem can turn a cool reply warm." },
        { id = "rc_question",
          text = "Understood. Just one, then, whenever suits: how did your first school come to say yes?",
          to = "later", score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "respect_time" },
          reply = "He answers four days later.",
          feedback = "One question, in the form he offered, with no clock on it. That is what a busy stranger can actually give." },
        { id = "rc_cv",
          text = "Totally understand. Would you keep my CV on file for when things change?",
          to = "closed", when = "ak_job", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { kaveh = -1 },
          reply = "\"I'm afraid we don't keep files.\"",
          thought = "I said no, kindly. Now I have to say it twice.",
          feedback = "He answered the job question plainly, and a second, smaller version of it asks him to say no again. Taking a no cleanly leaves a door open; pushing it shut one." },
        { id = "rc_thanks",
          text = "Thanks for replying at all; I know this week is a lot.",
          to = "useful_thread", score = { empathy = 1 }, tags = { "respect_time" },
          trust = { kaveh = 1 },
          reply = "\"Appreciated. Good luck.\"",
          thought = "Nice. Easy.",
          feedback = "A graceful close that costs him nothing. It also closes the door on the one thing you could have offered him." },
      },
    },

    later = {
      speaker = "kaveh",
      mood = "neutral",
      cue = "Four days later. He was clearly typing on his phone.",
      text = "Sorry, the playtest call turned into a release. Short answer: our first school was my sister-in-law's, and her head teacher found us the other five. She retired in July. So no school for the spring, and Pie Heist 2 has a classroom test booked for February with no classroom.",
      learn = { "no_school", "feb_test" },
      choices = {
        { id = "lt_thanks",
          text = "Thanks so much, that's really helpful!",
          to = "wrap", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"No problem.\"",
          feedback = "Thanks are right, but he has just told you he has a February test and no classroom, and you run one. 'Really helpful' passes straight over it." },
        { id = "lt_head",
          text = "That's so useful. Could you put me in touch with the head who retired? I'd love to learn from her.",
          to = "wrap", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "topic_hijack" },
          trust = { kaveh = -1 },
          reply = "\"I'd rather not; she's earned her retirement.\"",
          thought = "Now they want my family's contacts.",
          feedback = "He has just told you he has a February test and no classroom, and you asked for his family's retired head for yourself. That is a large ask that passes over his problem; his problem was your opening." },
        { id = "lt_club",
          text = "February, and no classroom: my Thursday games club has thirty Year 5s, and they'd test anything.",
          to = "club_yes", gives = true, learn = { "offered_club" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 1 },
          reply = "The reply comes in under a minute. \"Hang on. Seriously?\"",
          thought = "A classroom. Just like that.",
          feedback = "You heard the gap at the end of his answer and filled it with something you actually have. Late replies deserve a reply that uses what they said." },
      },
    },

    answer = {
      speaker = "kaveh",
      mood = "thinking",
      cue = "Typing, stopping, typing again.",
      text = function(state)
        local t = "Family, mostly. Our first school was my sister-in-law's, and her head teacher talked five more into it. She retired in July. So Pie Heist 2 has its first classroom test booked for February, and no classroom."
        if state.facts.offered_club then t = t .. " Which is why your games club line made me sit up." end
        return t
      end,
      learn = { "no_school", "feb_test" },
      choices = {
        { id = "an_count",
          text = "Wow. How many children did you test with, in the end?",
          to = "his_question", score = { listening = -1 }, tags = { "ask_again" },
          reply = "\"Two hundred and twelve. It's in the title.\"",
          feedback = "The number was the title of his post; asking it again tells him you skimmed. His last sentence, the missing classroom, was the thing to pick up." },
        { id = "an_paraphrase",
          text = "So the whole pipeline was one head teacher, and she's gone.",
          to = "his_question", score = { listening = 1 }, tags = { "paraphrase" },
          reply = "\"Exactly. One person.\"",
          feedback = "An accurate summary that lets him confirm it. You had more than a summary to offer, though: a room, on Thursdays." },
        { id = "an_club",
          text = "February's not a problem, then: my Thursday games club has thirty Year 5s, and they'd test anything.",
          to = "club_yes", gives = true, learn = { "offered_club" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 1 },
          reply = "\"Seriously?\"",
          thought = "That's February sorted. Maybe.",
          feedback = "His problem, stated in his last sentence, was something you could solve; you said so plainly, with no strings. That is the whole of giving first." },
        { id = "an_job",
          text = "Sounds like schools are the real bottleneck for you. Do studios like yours ever hire teachers to run that side of things?",
          to = "not_hiring", asks = true, score = { listening = -1, value_first = -1 }, tags = { "topic_hijack" },
          trust = { kaveh = -1 },
          thought = "Ah. We're back to jobs.",
          feedback = "His problem became a job opening for you in one sentence. The bottleneck was real, but the answer that serves him is a room, not a role." },
      },
    },

    his_question = {
      speaker = "kaveh",
      mood = "neutral",
      cue = "A pause before the next message.",
      text = "Can I ask what you're after, though? Teachers who write to me are usually on their way out of teaching.",
      choices = {
        { id = "hq_pitch",
          text = "Honestly, yes! I've been thinking about it for two years. Here's my portfolio; I'd love to hear if there's ever a role for someone like me.",
          to = "not_hiring", asks = true, score = { value_first = -2 }, tags = { "premature_ask" },
          reply = "A long pause.",
          trust = { kaveh = -1 },
          thought = "So it was always this.",
          feedback = "He asked a fair question and you answered with an application. A stranger's job is the largest ask there is; he now has to say no before anything else." },
        { id = "hq_club",
          text = "Maybe one day. Right now I'm more interested in the February gap: my Thursday games club has thirty Year 5s.",
          to = "club_yes", gives = true, learn = { "offered_club" }, when = "no_school",
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 1 },
          reply = "\"Wait. You'd do that?\"",
          thought = "They remembered February.",
          feedback = "An honest answer, and then his own problem back with a room attached. You kept the conversation on what he needs." },
        { id = "hq_honest",
          text = "Fair question. Half curious about learning design, mostly wanting to know how you got into classrooms at all.",
          to = "wrap", score = { listening = 1 }, tags = { "follow_up_question" },
          trust = { kaveh = 1 },
          reply = "\"Ha. Fair enough. Honest, at least.\"",
          thought = "Straight answer. Good.",
          feedback = "A straight answer to a straight question, and it takes his reason seriously. He can trust the rest of what you say." },
      },
    },

    not_hiring = {
      speaker = "kaveh",
      mood = "guarded",
      cue = "The reply comes after a long gap.",
      text = "We're four people and there's no budget this year, so I'd only be wasting your time. Good luck with it, though.",
      choices = {
        { id = "nh_freelance",
          text = "What about freelance work, then? I could design the classroom side of your playtests, really cheaply, even just for the portfolio.",
          to = "closed", asks = true, score = { listening = -1, empathy = -2, value_first = -1 }, tags = { "dismiss", "miss_cue" },
          trust = { kaveh = -1 },
          reply = "Seen. No reply.",
          thought = "I said no. Now it's a discount.",
          feedback = "He said no clearly and kindly, and you asked again in a smaller size. Pushing past a clear no is the surest way to end a new contact." },
        { id = "nh_accept",
          text = "Understood, and thanks for being straight with me.",
          to = "polite_no", score = { empathy = 1 }, tags = { "perspective" },
          trust = { kaveh = 1 },
          reply = "\"Of course. Take care.\"",
          thought = "Good. No drama.",
          feedback = "You took the no cleanly, which is what leaves a door open. Nothing you said, though, was for him." },
        { id = "nh_club",
          text = "Fair enough. Separate thing, no strings: if February needs a classroom, my Thursday games club has thirty Year 5s.",
          to = "club_yes", when = "no_school", gives = true, learn = { "offered_club" },
          score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 2 },
          reply = "\"...Okay. That I'd take.\"",
          thought = "That's decent of them, after a no.",
          feedback = "You took the no and then gave him the thing he needed, with the strings cut out loud. A give after a no is the one that is plainly not a trade." },
      },
    },

    call_ask = {
      speaker = "kaveh",
      mood = "guarded",
      cue = "A short reply.",
      text = "Calls are hard this month, we're shipping. Type it here?",
      choices = {
        { id = "ca_type",
          text = "Of course. So: how did that first school come to say yes?",
          to = "answer", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          trust = { kaveh = 1 },
          reply = "\"Ha. Honestly?\"",
          thought = "Good, they took it.",
          feedback = "He offered a smaller form of help and you took it at once, with your one question. Accepting the size of help someone offers is what gets you more of it later." },
        { id = "ca_push",
          text = "Totally get it. How about after your release, the week of the 15th?",
          to = "faded", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          reply = "\"Maybe. I'll let you know.\"",
          thought = "Still a call.",
          feedback = "He said no to a call and offered typing; moving the call to a later week is still a call. Take the door he opened." },
      },
    },

    barrage = {
      speaker = "kaveh",
      mood = "annoyed",
      cue = "He answers fast, in one breath.",
      text = "Quickly, then: through family; the school's own consent form; forty minutes. The family connection retired in July, so we've no school for the spring anyway. Got to go.",
      learn = { "no_school", "feb_test" },
      choices = {
        { id = "ba_more",
          text = "Thank you so much! Just one more, quickly: did the children know the timer had been switched off, or did you keep that from them?",
          to = "wrap", score = { listening = -1, empathy = -2 }, tags = { "miss_cue" },
          trust = { kaveh = -1 },
          reply = "\"I really do have to go.\"",
          thought = "I said I have to go.",
          feedback = "He said 'got to go' and you asked another question. Pressing on past someone's exit is what people remember." },
        { id = "ba_club",
          text = "Sorry, that was a lot. Before you go: if the spring needs a classroom, my Thursday games club has thirty Year 5s.",
          to = "club_yes", gives = true, learn = { "offered_club" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { kaveh = 1 },
          reply = "He comes back. \"Hang on. Thirty?\"",
          thought = "Okay, that's worth being late for.",
          feedback = "You owned the barrage in four words and heard the gap in his quick answer. The offer was worth the ten seconds it cost him." },
        { id = "ba_thanks",
          text = "Thank you; that's plenty. Good luck with the call.",
          to = finish, can_go = { "follow_through", "club_slipped", "closed", "useful_thread" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "A thumbs-up, and he is gone.",
          feedback = "He had to go and you let him, without a last question. You missed the gap he mentioned in passing, which was yours to fill." },
      },
    },

    club_yes = {
      speaker = "kaveh",
      mood = "surprised",
      cue = "Three messages arrive in quick succession.",
      text = "Thirty nine-year-olds on a Thursday would save our February. What would I need to do?",
      learn = { "club_accepted" },
      choices = {
        { id = "cy_trade",
          text = "Happy to, honestly! And in return, if you had a spare half hour some time, would you look over my learning-design portfolio?",
          to = "wrap", asks = true, score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { kaveh = -1 },
          reply = "\"...Sure. Send it over.\"",
          thought = "So it has a price.",
          feedback = "Attaching a request to your offer turns a gift into a trade, just as he was warming to it. Keep the give clean; ask separately, later, if at all." },
        { id = "cy_later",
          text = "Let's work it out nearer the time!",
          to = "wrap", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "vague_ask", "generic_reply" },
          reply = "\"Okay. February's close, though.\"",
          feedback = "He asked exactly what he would need to do, and a vague 'later' stands in for the answer. A concrete next step is the give he just asked for." },
        { id = "cy_head",
          text = "I'll check with my head first, but I can't see her saying no. Back to you by Friday.",
          to = "wrap", learn = { "promised_pack", "promised_answer" },
          score = { value_first = 1 }, tags = { "offer_help" },
          trust = { kaveh = 1 },
          reply = "\"Friday's perfect.\"",
          thought = "A date. Good.",
          feedback = "Honest about what you need to check, with a date he can hold you to. Saying what comes next is a give in itself." },
        { id = "cy_concrete",
          text = "Parents opt in by letter, so I'll send you our consent template and two Thursday dates by Friday.",
          to = "wrap", learn = { "promised_pack" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "follow_up_question" },
          trust = { kaveh = 1 },
          reply = "\"That's exactly what I need.\"",
          thought = "They know how schools work. This might really happen.",
          feedback = "He asked what he would need to do and you answered with the two things that decide it, and a date. Concrete help fitted to his question is the strongest give." },
      },
    },

    wrap = {
      speaker = "kaveh",
      mood = "warm",
      cue = "He is already typing \"gtg\".",
      text = "Right, the playtest call's starting. Thanks for writing, genuinely. Let me know if there's ever anything I can do!",
      choices = {
        { id = "wr_plain",
          text = "Thanks, Kaveh. Good luck with the call.",
          to = finish, can_go = { "follow_through", "club_slipped", "closed", "useful_thread" },
          score = { listening = 1, empathy = 1 }, tags = { "respect_time", "recall_detail" },
          reply = "A thumbs-up.",
          feedback = "He is typing 'gtg' and you let him go to his call in one line. A clean close at his pace is all the moment needed." },
        { id = "wr_cv",
          text = "Actually, there is one thing: could you pass my CV to whoever does hiring at Tallyho?",
          to = finish, can_go = { "follow_through", "club_slipped", "closed", "useful_thread" }, asks = true,
          score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "miss_cue" },
          trust = { kaveh = -2 },
          reply = "\"We're four people. I'm whoever does hiring.\"",
          thought = "'Anything I can do' was a goodbye.",
          feedback = "His 'anything I can do' was said on his way into a call: a goodbye, not an invitation. A CV there is a large ask at the worst moment." },
        { id = "wr_thanks",
          text = "Thank you. Knowing it all ran through one head teacher is more use than any how-to guide.",
          to = finish, can_go = { "follow_through", "club_slipped", "closed", "useful_thread" }, when = "no_school",
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "gratitude", "recall_detail", "respect_time" },
          trust = { kaveh = 1 },
          reply = "\"Ha. Glad my family is useful.\"",
          thought = "Nice to know it helped.",
          feedback = "Thanks that name what he told you and what it changes for you, in one line as he leaves for his call. It is the kind he will remember." },
        { id = "wr_feb",
          text = "Good luck with the call, and with February.",
          to = finish, can_go = { "follow_through", "club_slipped", "closed", "useful_thread" }, when = "feb_test",
          score = { listening = 1, empathy = 1 }, tags = { "recall_detail", "respect_time" },
          reply = "\"Ha. Thanks. We'll need it.\"",
          feedback = "A short close as he leaves for his call, carrying his own news back to him. It tells him you were listening to the end." },
      },
    },

    follow_through = {
      speaker = "narrator",
      cue = "The marking pile on the kitchen table is taller than the kettle.",
      text = function(state)
        if state.facts.promised_answer then
          return "Friday, 6:10 pm. You promised Kaveh an answer by today. Your head said yes on Wednesday, and the consent template is in the shared drive."
        end
        return "Friday, 6:10 pm. You promised Kaveh the consent template and two Thursday dates by today. Your head said yes on Wednesday."
      end,
      choices = {
        { id = "ft_monday",
          text = "(What you promised him for today can wait until Monday; he won't mind a weekend.)",
          to = after_pack, can_go = { "playtest", "club_slipped" },
          score = { value_first = -1 },
          trust = { kaveh = -1 },
          reply = "Monday comes with parents' evening in it.",
          thought = "Friday, they said.",
          feedback = "Friday was your date, not his. A promise kept on the day is the give; a promise moved is a small withdrawal." },
        { id = "ft_numbers",
          text = "(Send the template, the 5th and 12th of February, the head's yes, and the times-tables numbers from the first message.)",
          to = after_pack, can_go = { "playtest", "club_slipped" }, when = "gv_numbers", gives = true, learn = { "sent_pack", "sent_numbers" },
          score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { kaveh = 1 },
          reply = "Sent, 6:14 pm.",
          thought = "Everything they said they'd send. On the day.",
          feedback = "Every promise kept on the day, including the one from your very first message. That is the moment a stranger becomes a contact." },
        { id = "ft_send",
          text = "(Send the template, the 5th and 12th of February, and the head's yes.)",
          to = after_pack, can_go = { "playtest", "club_slipped" }, gives = true, learn = { "sent_pack" },
          score = { value_first = 2 }, tags = { "follow_through" },
          trust = { kaveh = 1 },
          reply = "Sent, 6:13 pm.",
          thought = "On the day. Brilliant.",
          feedback = "You did what you said, when you said. With strangers, that one act counts for more than the whole first message." },
        { id = "ft_sorry",
          text = "(Message:) \"So sorry, it's been a mad week of reports and parents' evening! I'll get those over to you early next week, promise.\"",
          to = after_pack, can_go = { "playtest", "club_slipped" },
          score = { empathy = -1, value_first = -1 }, tags = { "self_focus" },
          trust = { kaveh = -1 },
          reply = "\"No worries!\"",
          thought = "Okay. Let's see.",
          feedback = "An apology for a promise moved is better than silence, but it makes your busy week the story while his February waits. Three minutes tonight would have kept it." },
      },
    },

    -- Endings. Their texts claim only what happened on the route. --------------------------------
    playtest = {
      speaker = "narrator",
      text = function(state)
        local t = "On the 5th of February, Kaveh and a colleague set up six laptops in your classroom after school. Thirty Year 5s play Pie Heist 2 with the timer off"
        if state.facts.sent_numbers then
          t = t .. ", and your times-tables numbers are on the first slide of their test plan"
        end
        local said = "You ended up giving me a classroom."
        if state.facts.gv_club then
          said = "You wrote to give me a classroom."
        elseif state.facts.gv_numbers then
          said = "You wrote to give me your numbers, and then a classroom."
        end
        return t .. ". Walking out, he says: \"Most people write to me wanting something. " .. said .. "\" He asks if you'd like to sit in on their next design review."
      end,
      ending = "playtest",
      grade = "good",
    },
    club_slipped = {
      speaker = "narrator",
      text = function(state)
        if state.facts.sent_pack then
          return "The playtest happens in February, politely and on time. Kaveh thanks you by email afterwards; the thread goes quiet, and you never quite learn what they found."
        end
        if state.facts.promised_pack then
          return "The template goes the following week, after a reminder from him. By then Tallyho has found a school in Rotherham through a friend of a friend. \"Next time!\" he writes."
        end
        return "Nothing concrete follows the offer of the club. In February, Tallyho tests in a school in Rotherham that a friend of a friend found. \"Next time!\" Kaveh writes."
      end,
      ending = "club_slipped",
      grade = "mixed",
    },
    useful_thread = {
      speaker = "narrator",
      text = function(state)
        if state.facts.no_school then
          return "You have your answer, and a friendly thread with someone whose work you admire. In February you see Tallyho post that they are still looking for a school. You could have been it."
        end
        return "He wishes you luck, and the thread ends there: friendly, and with nothing in it for either of you to pick up."
      end,
      ending = "useful_thread",
      grade = "mixed",
    },
    polite_no = {
      speaker = "narrator",
      text = "The thread ends on good terms, and on a no. In February Tallyho posts that they are still looking for a school for Pie Heist 2's classroom test.",
      ending = "polite_no",
      grade = "mixed",
    },
    faded = {
      speaker = "narrator",
      text = "The release comes and goes. The call never gets a date, and the thread sinks beneath newer messages on both sides.",
      ending = "faded",
      grade = "poor",
    },
    closed = {
      speaker = "narrator",
      text = "He doesn't answer again. A month later his post on the February playtest thanks \"the wonderful Year 4s at a school in Rotherham\".",
      ending = "closed",
      grade = "poor",
    },
    unanswered = {
      speaker = "narrator",
      cue = "Seen, Monday 8:40 am.",
      text = function(state)
        if state.facts.ak_job or state.facts.ab_long then
          return "Three weeks later there is still no reply. He read it on Monday morning. Looking at it again, it reads like a covering letter."
        end
        return "Three weeks later there is still no reply. He read it on Monday morning; it gave him no reason to answer."
      end,
      ending = "unanswered",
      grade = "poor",
    },
  },
  debrief = {
    listening = "A first message gets read when it shows you read the other person: one specific point from their work, in their terms, such as the slow-but-right children who quit. His post ended with a need, a school for the spring; that was the detail to pick up, in the message or in any reply.",
    empathy = "His profile gave you his limit before you wrote: slow to reply. Any limit he gave later, such as ten minutes before a call or 'got to go', asks the same of you: a short message, one question and a clean goodbye, not a biography, three questions or a call.",
    value_first = "You had something he said he lacked: his post asked for a school, and you run a games club. Offered with no strings and then delivered on the day, it outweighs any ask; a job, a CV or a portfolio review attached to it turns a gift into a trade.",
  },
}
