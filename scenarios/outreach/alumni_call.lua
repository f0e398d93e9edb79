-- outreach.alumni_call: asking an alumna for twenty minutes, the call itself, and the thank-you after.
-- luacheck: no max line length
-- The player is a final-year chemistry student at Dundee with a funded PhD offer they are unsure
-- about, and a pull towards flavour chemistry. Kiri Ngata graduated from the same course in 2009,
-- left a PhD after eighteen months, started as a lab technician at a flavour house and is now a
-- senior flavourist. Her alumni profile says twenty minutes, questions first. The player writes the
-- request, has the call (she has a tasting panel at 1:00) and writes the follow-up. The hard moment
-- is the call: asking about her path and hearing the part that was hard for her, rather than asking
-- for a job or a referral; keeping to the twenty minutes (the timed moment is her "two minutes" at
-- 12:58); a clear, modest follow-up.
-- Invitation (docs/rubric.md): at `panel` she asks the player for help (a need of hers, a give for
-- the player). At `clock` she is about to leave: her "anything else?" is politeness, so a CV or a
-- referral there is early; a one-line, easy-to-refuse follow-up ask with no time cost today is fine.
-- Facts: time_box (profile), hard_stop (her reply), phd_left, first_yes, felt_failing (the PhD story),
-- smell_diary, seven_years, panel_need, offered_panel, asked_referral, overran, cut_off, and the
-- email's lines (et_*, eg_*, ea_*).

-- Kiri's trust at the close that makes her reply the start of something.
local GOOD = 6

-- After a referral ask is taken back: to her path if she has not told it yet.
local function back_to_path(state)
  if state.facts.phd_left then return "panel" end
  return "path"
end

-- How she answers the follow-up email: her trust, and whether the email gave her something.
local function close(state)
  local f = state.facts
  -- Running over, or being cut off by the 1:00 panel, is what she remembers of the call.
  local on_time = not (f.overran or f.cut_off)
  if state.trust.kiri >= GOOD and on_time and f.first_yes and (f.eg_panel or f.et_diary) and not f.ea_mentor then return "door_open" end
  if state.trust.kiri >= 1 then return "kind_reply" end
  if f.asked_referral or f.ea_mentor then return "closed" end
  return "no_answer"
end

return {
  format = 1,
  version = 3,
  id = "outreach.alumni_call",
  title = "Twenty minutes with an alumna",
  family = "outreach",
  summary = "Kiri Ngata did your chemistry degree fifteen years ago, left a PhD and became a flavourist. Ask her for twenty minutes, spend them on her path rather than on a job, finish on time, and follow up modestly.",
  homework = "Ask one person whose path interests you for twenty minutes; on the call, ask how they decided, not whether they're hiring, and end on time with one small follow-up.",
  difficulty = 2,
  cast = {
    kiri = { name = "Kiri Ngata", role = "Senior Flavourist, Aldane Flavours; BSc Chemistry, Dundee, 2009", portrait = "brown_curls" },
  },
  start = "profile",
  nodes = {
    profile = {
      speaker = "narrator",
      cue = "Her profile photo: a lab coat, a tray of paper smelling strips, a grin.",
      text = "February, final year of your chemistry degree at Dundee. You have a funded PhD offer you are not sure about, and a food chemistry module you loved. On the alumni network you find Kiri Ngata, class of 2009: \"Left a PhD, became a flavourist. Happy to talk to students: twenty minutes, your questions first.\" Your request to her:",
      learn = { "time_box" },
      choices = {
        { id = "rq_referral",
          text = "\"Hi Kiri, I'm applying to Aldane's trainee flavourist scheme this month; as a fellow Dundee chemist, would you be willing to refer me?\"",
          to = "her_reply", asks = true, learn = { "asked_referral" },
          score = { value_first = -2 }, tags = { "premature_ask" },
          trust = { kiri = -1 },
          reply = "Her answer comes two days later.",
          thought = "A referral. For someone I've never spoken to.",
          feedback = "A referral is a large ask from someone she has never spoken to, and her profile offered a conversation, not that. Take the twenty minutes she offers; whatever comes after grows from them." },
        { id = "rq_twenty",
          text = "\"Hi Kiri, I'm in final-year chemistry at Dundee. How you got from a PhD to flavour is the path I'm trying to understand. Could I have twenty minutes, whenever suits? And I'm on the chemistry society committee, if you ever want to reach current students.\"",
          to = "her_reply", asks = true, gives = true,
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "specific_ask", "respect_time" },
          trust = { kiri = 1 },
          reply = "Her answer comes the same evening.",
          thought = "Twenty minutes, about the actual path. Easy yes.",
          feedback = "It takes her offer at its own size, names the one thing you want to understand, leaves the time to her and offers a small thing back. That is a request she can say yes to in one line." },
        { id = "rq_brain",
          text = "\"Hi Kiri! I'd love to pick your brain about the flavour industry some time.\"",
          to = "her_reply", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "Her answer comes a week later.",
          feedback = "Friendly, and it gives her nothing to say yes to: no question, no size, no time. Her profile told you the form: twenty minutes, your questions first." },
        { id = "rq_long",
          text = "\"Hi Kiri, I've attached my CV and eight questions below so you can see where I'm coming from. Would an hour some time work?\"",
          to = "her_reply", asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kiri = -1 },
          reply = "Her answer comes four days later.",
          thought = "An hour. And homework.",
          feedback = "Her profile says twenty minutes, and you asked for an hour and sent her reading first. Size the ask to the offer she made." },
      },
    },

    her_reply = {
      speaker = "kiri",
      mood = "neutral",
      text = function(state)
        if state.facts.asked_referral then
          return "I don't refer people I haven't met, sorry. But I'm happy to talk. Thursday 12:40, video? I've a tasting panel at 1:00, so it really is twenty minutes."
        end
        return "Happy to. Thursday 12:40, video? I've a tasting panel at 1:00, so it really is twenty minutes."
      end,
      learn = { "hard_stop" },
      choices = {
        { id = "hr_longer",
          text = "Thursday's great! Could we stretch to forty-five minutes, though? There's so much I'd like to ask.",
          to = "call_open", asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { kiri = -1 },
          reply = "\"Twenty, I'm afraid.\"",
          thought = "I said it really is twenty.",
          feedback = "She told you why it is twenty minutes, and you asked her to move her tasting panel for you. Take the size of help that is offered." },
        { id = "hr_cv",
          text = "Perfect, thank you! Shall I send my CV beforehand so you know my background?",
          to = "call_open", score = { value_first = -1 }, tags = { "self_focus" },
          reply = "\"No need.\"",
          feedback = "Kindly meant, but it hands her reading before a favour and makes the call about your application. Your questions are what she asked for." },
        { id = "hr_yes",
          text = "Thursday 12:40 is perfect. I'll keep to the twenty.",
          to = "call_open", score = { empathy = 1 }, tags = { "respect_time" },
          trust = { kiri = 1 },
          reply = "\"Great. See you then.\"",
          thought = "They heard the 1:00. Good.",
          feedback = "You confirmed her time and told her you heard the limit. That promise makes the call easier for her before it starts." },
      },
    },

    call_open = {
      speaker = "kiri",
      mood = "warm",
      cue = "Thursday, 12:40. She is in a small meeting room with a sandwich, and a row of brown bottles on the shelf behind her.",
      text = "Hello! Sorry, lunch. It's the only twenty minutes I get. So: what would you like to know?",
      choices = {
        { id = "co_hiring",
          text = "Is Aldane taking on graduates this year, do you know?",
          to = "typical_day", score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { kiri = -1 },
          reply = "\"I've no idea, honestly; that's HR. Ask them.\" She takes a bite. \"Anyway.\"",
          thought = "The first question is about jobs. Right.",
          feedback = "A fair thing to wonder, but as the first question it tells her the call is about a job, and it is one she cannot answer. Her path is what only she can tell you." },
        { id = "co_me_first",
          text = "Could I tell you a bit about me first, so you can tailor what you say to my situation? I'll be quick, I promise.",
          to = "typical_day", score = { listening = -1, empathy = -1 }, tags = { "self_focus", "topic_hijack" },
          reply = "You talk for three minutes. She nods, and eats.",
          feedback = "You spent the first three of her twenty minutes on yourself. She offered her story; ask for it, and let her ask about you if she wants to." },
        { id = "co_path",
          text = "How you got from this degree to flavour. I couldn't work out the middle from your profile.",
          to = "path", score = { empathy = 1 }, tags = { "respect_time" },
          reply = "She laughs. \"Nobody can. Neither could I at the time.\"",
          feedback = "One clear question for a twenty-minute lunch, naming the part you could not work out, so she knows where to start and spends none of her time guessing. That is the conversation her profile offered." },
        { id = "co_typical",
          text = "What's a typical day like for a flavourist?",
          to = "typical_day",
          reply = "\"Ha. Good one.\"",
          feedback = "A fair opening question, and easy to answer. It is also one a web page could answer; she is the only source for how she got there." },
      },
    },

    typical_day = {
      speaker = "kiri",
      mood = "neutral",
      cue = "She glances at the clock in the corner of her screen.",
      text = "A typical day: smelling strips, spreadsheets, and briefs that say 'like mango but more premium'. Lots of sitting very still with my eyes shut. What else?",
      choices = {
        { id = "td_referral",
          text = "Honestly, the thing I'd most love is a referral for the trainee scheme. Would you be willing?",
          to = "referral", asks = true, learn = { "asked_referral" },
          score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "topic_hijack" },
          trust = { kiri = -1 },
          reply = "She stops chewing.",
          thought = "Four minutes in. Here we go.",
          feedback = "She glanced at the clock and you moved from her day straight to the largest thing you could ask of her, four minutes into meeting her. A referral grows from a relationship, not from a first call." },
        { id = "td_eyes_shut",
          text = "Eyes shut. How did you learn that: to sit still and name a smell?",
          to = "smelling", score = { listening = 2 }, tags = { "follow_up_question", "paraphrase" },
          trust = { kiri = 1 },
          reply = "\"Now that's the real question.\"",
          thought = "They picked the interesting bit.",
          feedback = "You took the most unusual detail in her answer and asked how she learned it. That question leads straight into her path." },
        { id = "td_salary",
          text = "And what's the money like, roughly, once you're qualified?",
          to = "path", score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "\"Fine. Better than a postdoc.\" A short pause. \"It took me a while to get there, mind.\"",
          feedback = "A reasonable thing to want to know, but it leaves her picture of the work behind for something any salary survey tells you. Her own route is what you came for." },
      },
    },

    path = {
      speaker = "kiri",
      mood = "thinking",
      cue = "She puts the sandwich down and looks away from the camera for a moment.",
      text = "Not in a straight line. I started a PhD straight after the degree, in catalysis. I left after eighteen months.",
      learn = { "phd_left" },
      discuss = "She paused and looked away before 'eighteen months'. What does each reply do with that?",
      choices = {
        { id = "pa_me_too",
          text = "That's exactly where I am! I've got a funded PhD offer and I don't know whether to take it.",
          to = "phd_story", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "\"Ah.\" She waits a moment. \"Well, mine went like this.\"",
          feedback = "It is why you are here, and it may be the most useful thing to tell her, later. Said now, it moves the story from hers to yours just as she reached the hard part." },
        { id = "pa_then",
          text = "So then you went straight into flavour?",
          to = "phd_story", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "\"Not straight, no.\"",
          feedback = "A closed question that skips over the pause she left before 'eighteen months'. The interesting part of a path is usually where someone looks away." },
        { id = "pa_eighteen",
          text = "Eighteen months in. What was that like?",
          to = "phd_story", score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "open_question" },
          trust = { kiri = 1 },
          reply = "\"Honestly? Awful.\"",
          thought = "Nobody asks what it was like. They ask why.",
          feedback = "You noticed where she paused and asked how it was, not why she did it. 'What was that like' lets her choose how much to say." },
        { id = "pa_brave",
          text = "That's so brave. I bet you don't regret it at all now!",
          to = "phd_story", score = { empathy = -1 }, tags = { "dismiss" },
          reply = "\"Hm. Some days.\"",
          feedback = "Meant warmly, and it answers for her before she has said how it felt. Reassurance that steps past a pause closes the door you were about to walk through." },
      },
    },

    phd_story = {
      speaker = "kiri",
      mood = "sad",
      cue = "She turns a pen over in her fingers while she talks.",
      text = "It felt like failing. My supervisor said I was wasting a funded place. I took a lab technician job at a flavour house because it was the first thing that said yes.",
      learn = { "felt_failing", "first_yes" },
      choices = {
        { id = "ps_devastating",
          text = "Oh no, that must have been absolutely devastating.",
          to = "smelling", score = { empathy = -1 }, tags = { "name_emotion" },
          reply = "\"It was a while ago.\" She puts the pen down.",
          feedback = "Kind, but bigger than what she said; she now has to shrink it back down for you. Naming a feeling works when it is the size she gave it." },
        { id = "ps_fallback",
          text = "And the first thing that said yes became the whole career. When did it stop feeling like a fallback?",
          to = "smelling", score = { listening = 2, empathy = 1 }, tags = { "follow_up_question", "paraphrase" },
          trust = { kiri = 1 },
          reply = "She smiles for the first time in a minute. \"Good question. I can tell you exactly when.\"",
          thought = "That's the question I wish someone had asked me then.",
          feedback = "You gave back her own words and asked the question they open: when the fallback turned into the thing. It is about her path, and it lets her end the hard part on her own terms." },
        { id = "ps_salary",
          text = "What does a lab technician earn there, roughly? Compared with a stipend?",
          to = "smelling", score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "\"Less than you'd think. Anyway.\"",
          feedback = "She had just said it felt like failing, and you moved to pay. Facts like that are easy to find later; her telling of that year is not." },
        { id = "ps_walk_away",
          text = "It sounds like it was hard to walk away from.",
          to = "smelling", score = { listening = 1, empathy = 1 }, tags = { "name_emotion" },
          trust = { kiri = 1 },
          reply = "\"It was. For about a year.\"",
          thought = "Yes. That's it.",
          feedback = "A light, accurate naming of what she described, at the size she gave it. A question after it would have told her where you wanted to go next." },
      },
    },

    smelling = {
      speaker = "kiri",
      mood = "warm",
      cue = "She is animated now, hands moving.",
      text = "About a year in, a senior flavourist caught me sniffing the strawberry bases at lunch. She said I had a good nose and a terrible vocabulary. Seven years of training after that. She made me keep a smell diary: one smell a day, described in words, no brand names allowed.",
      learn = { "smell_diary", "seven_years" },
      choices = {
        { id = "sm_faster",
          text = "Seven years! Is there a faster route in now, do you think, like a graduate scheme?",
          to = "your_turn", score = { value_first = -1 }, tags = { "premature_ask" },
          reply = "\"Not really. The nose takes the time it takes.\"",
          feedback = "Natural to wonder, but it turns her story into a question about your shortcut. What she just described, the diary and the mentor, was the route." },
        { id = "sm_diary",
          text = "No brand names. What did your first entries look like?",
          to = "your_turn", score = { listening = 2 }, tags = { "follow_up_question" },
          trust = { kiri = 1 },
          reply = "She laughs. \"'Smells green.' For about a month, everything smelled green.\"",
          thought = "They heard the rule. Nobody hears the rule.",
          feedback = "You picked up the one odd rule in her story and asked what it produced. Small, specific questions get the stories people do not tell on panels." },
        { id = "sm_tonight",
          text = "I'm starting one tonight.",
          to = "your_turn", score = { listening = 1 }, tags = { "paraphrase" },
          learn = { "will_diary" },
          trust = { kiri = 1 },
          reply = "\"Good! Report back.\"",
          thought = "Ha. A doer.",
          feedback = "Short, and it shows her advice landed: people who share advice love hearing it will be used. A question about it would have kept her story going." },
        { id = "sm_my_nose",
          text = "Do you think I might have a good nose? I can always tell when milk's off before anyone else.",
          to = "your_turn", score = { listening = -1 }, tags = { "topic_hijack" },
          reply = "\"Ha. Maybe. Hard to tell over video.\"",
          feedback = "A light moment, but her story became a question about you. She cannot judge your nose from a screen; she can tell you what training hers was like." },
      },
    },

    your_turn = {
      speaker = "kiri",
      mood = "thinking",
      cue = "She leans back. It's 12:51.",
      text = "Enough about me. What's pulling you towards flavour?",
      choices = {
        { id = "yt_long",
          text = "Well, it goes back a long way. When I was about ten my gran ran a bakery, and then in sixth form I did a project on Maillard reactions, and then at Dundee I...",
          to = "panel", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "Four minutes later you are still in second year. She checks the clock.",
          feedback = "She asked, so talking about you is right; four minutes of it, in a twenty-minute call, is not. Two sentences and a link back to her story would have done it." },
        { id = "yt_short",
          text = "The food chemistry module was the best thing in my degree. And I've a PhD offer I'm not sure about, which is partly why your story matters.",
          to = "panel", score = { listening = 1 }, tags = { "recall_detail" },
          trust = { kiri = 1 },
          reply = "\"Ah. That explains the good questions.\"",
          thought = "So that's why they asked what it was like.",
          feedback = "Two honest sentences, and the second ties your situation to her story without taking it over. She now knows why you asked what you asked." },
        { id = "yt_referral",
          text = "Honestly, I'm applying to your trainee scheme. Would you be willing to refer me?",
          to = "referral", asks = true, learn = { "asked_referral" },
          score = { value_first = -2 }, tags = { "premature_ask" },
          reply = "She puts the sandwich down.",
          trust = { kiri = -1 },
          thought = "And there it is.",
          feedback = "Her question was an opening to talk about you, not an invitation to ask. A referral from someone who has known you for ten minutes is a large ask, and hard to refuse kindly." },
      },
    },

    referral = {
      speaker = "kiri",
      mood = "guarded",
      cue = "A pause. She chooses her words.",
      text = "I don't refer people I've talked to for ten minutes. It wouldn't help you anyway; they'd ask me what I know about you. Apply, and mention we spoke, if you like.",
      choices = {
        { id = "rf_push",
          text = "I understand. Could you even just forward my CV to the scheme lead?",
          to = "cut_short", asks = true, score = { empathy = -2, value_first = -1 }, tags = { "dismiss" },
          trust = { kiri = -1 },
          reply = "\"No, I'm sorry.\" She looks at the clock.",
          thought = "I said no, and gave a reason.",
          feedback = "She said no, kindly and with a reason, and you asked again in a smaller size. Pushing after a clear no costs you the rest of the call." },
        { id = "rf_fair",
          text = "Fair enough; that was too early. Can I ask more about your own path instead?",
          to = back_to_path, can_go = { "panel", "path" }, score = { listening = 1, empathy = 1 }, tags = { "recall_detail" },
          trust = { kiri = 1 },
          reply = "She relaxes. \"Go on, then.\"",
          thought = "Okay. They can take a no.",
          feedback = "You took the no, owned the timing in five words and went back to her story. That is how to recover a call." },
        { id = "rf_thanks",
          text = "Of course. Thanks, I'll mention you.",
          to = "panel", score = { empathy = 1 }, tags = { "perspective" },
          reply = "\"Sure.\"",
          feedback = "You took the no without pushing, which matters. 'I'll mention you' leans on the name she just declined to lend; going back to her story would have repaired more." },
      },
    },

    cut_short = {
      speaker = "kiri",
      mood = "annoyed",
      cue = "She is already gathering her notebook.",
      text = "I'm going to have to go early, sorry. Good luck with the application.",
      choices = {
        { id = "cs_one_more",
          text = "Before you go, one quick question about the scheme?",
          to = "email_thanks", learn = { "cut_off" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { kiri = -1 },
          reply = "\"Email HR.\" The call ends at 12:52.",
          thought = "Still.",
          feedback = "She is packing up because of the push; another question about the scheme confirms why. Let a call that has gone wrong end cleanly." },
        { id = "cs_sorry",
          text = "I pushed; I'm sorry. Thank you for the time.",
          to = "email_thanks", learn = { "cut_off" }, score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          reply = "\"It's fine.\" The call ends at 12:52.",
          feedback = "You saw her packing up, owned the push and let her go, without asking for anything. It will not get the minutes back, but it is what she will remember last." },
      },
    },

    panel = {
      speaker = "kiri",
      mood = "thinking",
      cue = "She stops, as if remembering something.",
      text = "Actually, something you might know about. Every summer we run a paid sensory panel for students, eight weeks, and we can't get a single applicant from Dundee. I've emailed the careers office twice. Nothing.",
      learn = { "panel_need" },
      choices = {
        { id = "pn_apply",
          text = "Could I apply for that myself?",
          to = "clock", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "\"Of course! Applications open in March.\"",
          feedback = "A fair, direct question about something she raised, and it may well be the start of your way in. She told you about a problem, though: no applicants. One of them is not the solution she needs." },
        { id = "pn_society",
          text = "I'm on the chemistry society committee. Send me the details and it'll be in Monday's newsletter and on the lab noticeboards.",
          to = "clock", gives = true, learn = { "offered_panel" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          trust = { kiri = 1 },
          reply = "\"Would you? That would be brilliant.\"",
          thought = "Oh, that solves it. Finally.",
          feedback = "She named a problem and you have exactly the channel that solves it, so you offered it plainly, with a next step. A give fitted to a need she stated is the best kind." },
        { id = "pn_careers",
          text = "Careers here are hopeless. Everyone says so.",
          to = "clock", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Ha. Right.\"",
          feedback = "Agreeing with her frustration is friendly, but it leaves her problem exactly where it was. You had a way to help." },
      },
    },

    clock = {
      speaker = "kiri",
      mood = "neutral",
      cue = "12:58. She glances at the door; someone has put their head round it.",
      text = "I've got about two minutes, I'm afraid. Anything else?",
      timeout = 12,
      on_timeout = "cut_off",
      timeout_score = { empathy = -1 },
      timeout_feedback = "Two minutes, said aloud, is a signal to wrap up in one breath. While you decided what to say, the panel came for her.",
      choices = {
        { id = "ck_cv",
          text = "Just quickly: would you have a look at my CV if I sent it over?",
          to = "wrap", asks = true, learn = { "asked_cv" },
          score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "miss_cue" },
          trust = { kiri = -1 },
          reply = "\"...If I get time.\"",
          thought = "Two minutes. A CV.",
          feedback = "'Anything else?' with two minutes left and someone at the door is a goodbye. A CV review is real work, asked at the one moment she cannot refuse gracefully." },
        { id = "ck_run_over",
          text = "Oh, no worries at all, I've still got loads more questions written down. We can always run over a bit!",
          to = "overran", score = { listening = -1, empathy = -2 }, tags = { "miss_cue" },
          trust = { kiri = -2 },
          thought = "We can't. The panel is waiting.",
          feedback = "She told you on Monday and again now that 1:00 is fixed; offering to run over pushes past a stated hard stop. Ending on time is the part of the call she will remember." },
        { id = "ck_wrap",
          text = "That's our twenty, and thanks. Could I email once the diary has a month in it?",
          to = "wrap", asks = true, learn = { "asked_month" },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "respect_time", "specific_ask" },
          trust = { kiri = 1 },
          reply = "\"Please do. I'd love that.\"",
          thought = "On time, and a reason to hear from them. Nice.",
          feedback = "You ended on time, without being asked twice, and made one small, easy ask tied to her own advice. That is how a first call becomes a second one." },
        { id = "ck_thanks",
          text = "No, that's everything. Thank you so much, this was really helpful.",
          to = "wrap", score = { listening = 1, empathy = 1 }, tags = { "respect_time", "notice_cue" },
          reply = "\"My pleasure. Good luck.\"",
          feedback = "You saw the head round the door and let her go on time, which she will appreciate. 'Really helpful' says little; naming one thing that helped would have stayed with her." },
      },
    },

    overran = {
      speaker = "kiri",
      mood = "annoyed",
      cue = "The head round the door says: \"Kiri? They're seated.\"",
      text = "I really can't. Sorry. I have to go.",
      learn = { "overran" },
      choices = {
        { id = "ov_sorry",
          text = "Of course, sorry! Go. Thanks so much.",
          to = "email_thanks", score = { listening = 1, empathy = 1 }, tags = { "respect_time", "notice_cue" },
          reply = "The call ends at 1:01.",
          feedback = "You let her go at once, which limits the damage. She will still remember that she had to say it twice." },
        { id = "ov_quick",
          text = "Totally, just one very quick last one?",
          to = "email_thanks", score = { listening = -1, empathy = -2 }, tags = { "dismiss", "miss_cue" },
          trust = { kiri = -1 },
          reply = "She has already left the call.",
          thought = "No.",
          feedback = "She has said 'I have to go' twice, with someone at the door. Another question there is the thing she will remember from the whole call." },
      },
    },

    cut_off = {
      speaker = "narrator",
      cue = "Her colleague is waving from the door.",
      text = "\"Sorry! Got to go. Lovely to meet you!\" The call ends at 12:59, mid-sentence, yours.",
      learn = { "cut_off" },
      choices = {
        { id = "co_email_now",
          text = "(Write the follow-up email straight away.)",
          to = "email_thanks",
          reply = "You open a new email.",
          feedback = "The follow-up can still do what the last two minutes did not: thank her properly and leave one small door open." },
        { id = "co_leave",
          text = "(Leave the email till the weekend; she's busy anyway.)",
          to = "no_answer",
          reply = "The weekend comes and goes.",
          feedback = "Waiting looks considerate, but a thank-you that slips to 'some time' usually slips for good. Written today, it could still do what the last two minutes did not." },
      },
    },

    wrap = {
      speaker = "kiri",
      mood = "warm",
      cue = "She is standing, notebook under her arm.",
      text = function(state)
        if state.facts.offered_panel then
          return "I'll send you the panel details tonight. Lovely to meet you; go and smell something."
        end
        return "Lovely to meet you. Go and smell something."
      end,
      choices = {
        { id = "wr_bye",
          text = "Thank you, Kiri. Good luck with the panel.",
          to = "email_thanks", score = { listening = 1, empathy = 1 }, tags = { "recall_detail", "respect_time" },
          reply = "The call ends at 12:59.",
          feedback = "She is standing to go and you closed in one line, remembering the panel she is off to. Nothing more was needed." },
        { id = "wr_green",
          text = "I'll start with something green.",
          to = "email_thanks", when = "smell_diary", score = { listening = 1, empathy = 1 }, tags = { "recall_detail", "respect_time" },
          reply = "She laughs as the call ends, at 12:59.",
          feedback = "A goodbye that carries her own story back to her in five words. People remember who listened to the small details." },
      },
    },

    -- The follow-up email ---------------------------------------------------------------------------
    email_thanks = {
      speaker = "narrator",
      text = function(state)
        if state.facts.overran or state.facts.cut_off then
          return "Thursday evening. The call ended messily. You open an email to Kiri. First, the thanks."
        end
        return "Thursday evening. You open an email to Kiri. First, the thanks."
      end,
      choices = {
        { id = "et_fallback",
          text = "\"Thank you for today. Hearing that your technician job was 'the first thing that said yes' took the fear out of my own plan B.\"",
          to = "email_give", when = "first_yes", learn = { "et_fallback" },
          gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude", "recall_detail" },
          trust = { kiri = 1 },
          reply = "Written.",
          thought = "They kept that line. Good.",
          feedback = "Thanks that name one thing she said and what it changed for you. That is the thanks people keep." },
        { id = "et_generic",
          text = "\"Thank you so much for your time today, it was really insightful!\"",
          to = "email_give", learn = { "et_generic" },
          reply = "Written.",
          feedback = "Polite and fine. It could follow any call with anyone; one specific thing she said would have made it hers." },
        { id = "et_diary",
          text = "\"Day one of the smell diary: 'cut grass, but wet, and a bit like cucumber.' Thank you for the idea.\"",
          to = "email_give", when = "smell_diary", learn = { "et_diary" },
          gives = true, score = { listening = 1, value_first = 2 }, tags = { "follow_through", "gratitude" },
          trust = { kiri = 1 },
          reply = "Written.",
          thought = "They actually did it. On day one.",
          feedback = "You did what she suggested, the same day, and showed her. Advice acted on is the best thanks an adviser can get." },
        { id = "et_sorry",
          text = "\"Thank you, and sorry again for taking up your lunch. I know how busy you are and I really, really appreciate it.\"",
          to = "email_give", learn = { "et_sorry" },
          reply = "Written.",
          feedback = "Warm and harmless, but it is thanks and apology in general terms: nothing in it is about her or the call. One short line of thanks and one of what you took away would make it hers." },
      },
    },

    email_give = {
      speaker = "narrator",
      text = "The middle of the email.",
      choices = {
        { id = "eg_cv",
          text = "\"I've attached my CV as well, in case anything suitable comes up at Aldane over the next few months.\"",
          to = "email_ask", learn = { "eg_cv" }, asks = true, score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { kiri = -1 },
          reply = "Written.",
          thought = "So the thank-you was a cover note.",
          feedback = "A CV in a thank-you email turns the thanks into a job application. If anything comes up, a contact who liked the call will think of you without it." },
        { id = "eg_article",
          text = "\"Here's a piece on flavourists I found, in case it's of interest.\"",
          to = "email_ask", learn = { "eg_article" },
          reply = "Written.",
          feedback = "Kind, but an article about her own job is unlikely to tell her anything. A give works when it fits what she said she needs." },
        { id = "eg_panel",
          text = "\"Your panel details arrived: they go in Monday's society newsletter, and they're already on the noticeboards in the Carnelley building.\"",
          to = "email_ask", when = "offered_panel", learn = { "eg_panel" },
          gives = true, score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { kiri = 1 },
          reply = "Written.",
          thought = "Done already. Wow.",
          feedback = "You did what you offered, within a day, for the Dundee applicants she could not find, and told her where it went. Follow-through is the give that counts most." },
        { id = "eg_none",
          text = "(Nothing else: keep it short.)",
          to = "email_ask", learn = { "eg_none" },
          reply = "Nothing added.",
          feedback = "Short is a kindness, and nothing is lost. If you had promised her something, this would be the line to deliver it." },
      },
    },

    email_ask = {
      speaker = "narrator",
      text = "The close.",
      discuss = "What is the smallest follow-up ask that still keeps a door open?",
      choices = {
        { id = "ea_mentor",
          text = "\"Would you consider being my mentor? Even a call once a month would mean so much.\"",
          to = close, can_go = { "door_open", "kind_reply", "closed", "no_answer" }, asks = true, learn = { "ea_mentor" },
          score = { empathy = -1, value_first = -2 }, tags = { "premature_ask" },
          trust = { kiri = -1 },
          reply = "Sent, 7:40 pm.",
          thought = "Monthly. After twenty minutes.",
          feedback = "After one call, a monthly commitment is a large ask, and hard to decline kindly. Let the relationship grow one small step at a time." },
        { id = "ea_none",
          text = "(No ask. Sign off with thanks.)",
          to = close, can_go = { "door_open", "kind_reply", "closed", "no_answer" }, learn = { "ea_none" },
          reply = "Sent, 7:40 pm.",
          feedback = "No ask is never wrong, and the email stands on its thanks. A small, easy-to-refuse way to stay in touch would have kept the door a little wider." },
        { id = "ea_month",
          text = "\"If it's all right, I'll send you one line in a month on how the diary is going. No reply needed.\"",
          to = close, can_go = { "door_open", "kind_reply", "closed", "no_answer" }, asks = true, learn = { "ea_month" },
          score = { empathy = 1, value_first = 1 }, tags = { "specific_ask", "respect_time" },
          trust = { kiri = 1 },
          reply = "Sent, 7:40 pm.",
          thought = "A reason to stay in touch that costs me nothing.",
          feedback = "A small, clear next step, tied to her advice, that asks nothing of her time. It is easy to say yes to and just as easy to ignore." },
        { id = "ea_calls",
          text = "\"Could we set up another call in a few weeks? I've got lots more questions, especially about the trainee scheme.\"",
          to = close, can_go = { "door_open", "kind_reply", "closed", "no_answer" }, asks = true, learn = { "ea_calls" },
          score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "Sent, 7:40 pm.",
          feedback = "Another call, open-ended, with the scheme in it, asks for more of her time than the first and drifts towards a job. Ask for one small thing, or nothing." },
      },
    },

    -- Endings. Their texts claim only what happened on the route. --------------------------------
    door_open = {
      speaker = "narrator",
      text = function(state)
        local t = {}
        if state.facts.eg_panel then
          t[#t + 1] = "Four Dundee students apply to Aldane's summer panel, the first in five years. Kiri writes: \"Whatever you did, thank you.\""
        end
        if state.facts.et_diary then
          t[#t + 1] = "She answers your diary line the next morning: \"Wet grass and cucumber is cis-3-hexenol. You're on your way.\""
        end
        if state.facts.ea_month then
          t[#t + 1] = "A month later you send your one line, as promised. She answers with three, and an invitation to visit the lab in the summer."
        else
          t[#t + 1] = "In the summer she writes to ask if you'd like to visit the lab."
        end
        return table.concat(t, " ")
      end,
      ending = "door_open",
      grade = "good",
    },
    kind_reply = {
      speaker = "narrator",
      text = function(state)
        if state.facts.ea_mentor then
          return "She replies kindly: she doesn't take on mentees, but she's glad the call helped, and good luck with the decision. Anything more than that is politely closed."
        end
        if state.facts.overran or state.facts.cut_off then
          return "She replies kindly, two lines: thanks, and good luck. The call's messy end is not mentioned, and neither is anything further."
        end
        return "She replies kindly, two lines: thanks, and good luck with the decision. You have one good conversation, and no particular reason to have another."
      end,
      ending = "kind_reply",
      grade = "mixed",
    },
    closed = {
      speaker = "narrator",
      text = function(state)
        if state.facts.asked_referral then
          return "Kiri doesn't reply. When you apply to the trainee scheme in March and mention her name, the recruiter says, a little carefully, that Kiri doesn't usually refer people."
        end
        return "A week later, a short reply: she doesn't take on mentees, she's afraid, but good luck. You don't write again, and neither does she."
      end,
      ending = "closed",
      grade = "poor",
    },
    no_answer = {
      speaker = "narrator",
      text = function(state)
        if state.facts.cut_off and not state.facts.et_generic and not state.facts.et_fallback and not state.facts.et_diary and not state.facts.et_sorry then
          return "The weekend passes, then the next week. The thank-you never gets written, and twenty minutes of her lunch go unanswered."
        end
        return "She doesn't reply. The call was twenty minutes she gave and nothing much came back from."
      end,
      ending = "no_answer",
      grade = "poor",
    },
  },
  debrief = {
    listening = "On a call like this the most useful questions come from her answers: a pause before a hard part, a phrase such as 'the first thing that said yes', an odd rule in a story. Questions about salaries, schemes or yourself can wait; her path is what only she can tell you.",
    empathy = "She gave you the limits in advance: twenty minutes, and a tasting panel at 1:00. Keeping to them without being asked twice, and naming a hard time at the size she gives it, is what makes someone glad they said yes.",
    value_first = "A first call is not the place for a referral, a CV or a mentor. She had a need of her own that a student could meet: her summer panel gets no applicants from Dundee. A give like that, a thank-you that names what you took away, and then one small ask keep the door open.",
  },
}
