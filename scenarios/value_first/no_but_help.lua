-- value_first.no_but_help: saying no to a referral, and still helping.
-- luacheck: no max line length
-- The player is a senior producer at Halyard Audio, a podcast company. Tunde
-- Akinola, a theatre sound engineer of twenty-two years whom they met once at
-- a workshop, asks over coffee to be referred for a staff sound-designer job on
-- their team. The player has never heard his dialogue editing, and a referral
-- is a promise about it. What Tunde needs is nearer and smaller: the Lyric is
-- closing its sound department in March, and any paid audio work would do. The
-- player practises hearing the need under the request, saying a clear, kind no
-- (no guilty yes, no "let me see"), holding it through his disappointment,
-- offering something that fits (a paid test edit through the freelance pool,
-- built on the eight episodes he mixed for a friend, or an introduction to
-- Pernille asked for first), and doing it when the week gets busy.
-- Invitation: at `invite` he stops packing and asks what he can do for you,
-- after you gave: a small, specific ask is welcome there; a large one is not.
-- The timed moment is his direct question at `ask`: silence reads as a no.
-- Facts: lyric_march (need or lyric_first), lowland_tapes (need), any_paid_work
-- (reframe), offered_edit / offered_pernille / offered_link (help),
-- guilty_referral, walked_back, bluffed, asked_lyric_sound, slipped,
-- followed_through.

-- Tunde's trust at the close that turns help into a first paid job.
local LIFTED = 6

local function close(state)
  if state.facts.slipped then return "maybe_later" end
  -- A yes taken back the same night can still help, but he stays careful with you.
  if state.facts.walked_back then return "pointer_only" end
  if state.facts.followed_through and state.trust.tunde >= LIFTED then return "found_work" end
  return "pointer_only"
end

return {
  format = 1,
  version = 3,
  id = "value_first.no_but_help",
  title = "No, and here's what I can do",
  family = "value_first",
  summary = "Tunde, a theatre sound engineer of twenty-two years you met once, asks you to refer him for a staff job on your team. You can't vouch for his work. Say a clear, kind no, find out what he needs, and give him something that helps.",
  homework = "The next time you have to refuse a request, say the no in one sentence with its real reason, then offer one specific smaller thing you will actually do, with a date.",
  difficulty = 2,
  cast = {
    tunde = { name = "Tunde Akinola", role = "Sound engineer, the Lyric Theatre; twenty-two years there", portrait = "beard_crop" },
    saskia = { name = "Saskia Lorimer", role = "Head of post-production, Halyard Audio; hiring for the staff role", portrait = "blonde_ponytail" },
  },
  start = "cafe",
  nodes = {
    cafe = {
      speaker = "narrator",
      cue = "He has a printed CV in a plastic sleeve, and squares it to the edge of the table twice while you sit down.",
      text = "Monday, 12:35, the café across from Halyard Audio, where you are a senior producer. Tunde Akinola emailed last week to ask if he could buy you a coffee; you met once, at a workshop on live recording, where he fixed a feedback loop in thirty seconds that had beaten three people for ten minutes. \"Thanks for this,\" he says. \"I know you're busy. I'll get straight to it, if that's all right.\"",
      choices = {
        { id = "go_for_it",
          text = "Go for it.",
          to = "ask",
          reply = "He nods, and takes a breath.",
          feedback = "A plain, friendly go-ahead; nothing wrong with it. He was visibly nervous, though, and a word on that would have eased him in." },
        { id = "cv_sleeve",
          text = "Is that your CV you've brought? Shall we have a look at it together?",
          to = "ask", score = { listening = -1 }, tags = { "interrupt" },
          reply = "\"Oh. Yes. Well, it's...\" He slides it across, thrown.",
          thought = "I hadn't even said what it was for.",
          feedback = "You jumped to the sheet before he had said what he wanted. He had planned how to ask; taking it out of his hands makes him start on the back foot." },
        { id = "feedback_loop",
          text = "Before you do: I still tell people about the feedback loop you killed in thirty seconds at that workshop.",
          to = "ask", gives = true, score = { value_first = 1 }, tags = { "gratitude" },
          trust = { tunde = 1 },
          reply = "He laughs, and his shoulders come down an inch. \"That old thing. Right.\"",
          thought = "They remember that. Good. Breathe.",
          feedback = "You gave him specific credit for something he did, which settles a nervous person better than any reassurance. It also tells him you take his work seriously." },
        { id = "lyric_cuts",
          text = "Straight to it is fine. How are things at the Lyric? I saw something about cuts.",
          to = "lyric_first", score = { listening = -1 }, tags = { "topic_hijack" },
          trust = { tunde = 1 },
          thought = "They've heard. So they'll know why I'm here.",
          feedback = "He asked to get straight to it, and 'straight to it is fine' followed by your own question takes the floor back from him. The cuts are a fair guess at what is on his mind, but he was about to tell you; let him start." },
      },
    },

    lyric_first = {
      speaker = "tunde",
      mood = "sad",
      cue = "He turns his cup a quarter turn.",
      text = "You saw right. They're closing the in-house sound department in March and buying it in per show. Twenty-two years. Which is, well, why I'm here.",
      learn = { "lyric_march" },
      choices = {
        { id = "theatres_everywhere",
          text = "Theatres are cutting everywhere at the moment, honestly. It's not just you.",
          to = "ask", score = { empathy = -1 }, tags = { "dismiss" },
          reply = "\"So I hear.\" He looks at the CV.",
          thought = "That doesn't make it smaller.",
          feedback = "Meant as comfort, but 'it's not just you' makes his twenty-two years one more statistic. Acknowledging his loss would have served him better." },
        { id = "twenty_two",
          text = "Twenty-two years, and now a date on it. I'm sorry. Go on, then: why you're here.",
          to = "ask", score = { listening = 1, empathy = 1 }, tags = { "name_emotion" },
          trust = { tunde = 1 },
          reply = "\"Thanks.\" He straightens the sleeve again.",
          thought = "Sorry, and then back to me. Good.",
          feedback = "You acknowledged what he is losing in a few words and handed him back the floor. That is the right size for something he did not come to talk about." },
      },
    },

    ask = {
      speaker = "tunde",
      mood = "thinking",
      cue = "He pushes the CV halfway across the table and leaves his hand on it.",
      text = "There's a staff sound designer job on your team. Closes Friday. Would you refer me? A name from inside gets you past the pile, and the pile is, what, three hundred?",
      learn = { "job_friday" },
      discuss = "He has asked you straight out for a referral you cannot give. What do you need to find out before you answer?",
      timeout = 12,
      on_timeout = "silence",
      timeout_score = { empathy = -1 },
      timeout_feedback = "A long silence after a direct ask tells him the answer is no without telling him why. Saying what you are thinking, or asking what is behind the request, buys time kindly.",
      choices = {
        { id = "of_course",
          text = "Of course. Send me your CV tonight and I'll put your name forward, okay?",
          to = "guilty", gives = true, learn = { "guilty_referral" }, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          trust = { tunde = 1 },
          reply = "\"Really? Tonight. Brilliant. Thank you.\"",
          thought = "Easier than I thought.",
          feedback = "Generous and quick, and he is relieved. But you agreed to vouch for work you have never heard, before asking what he needs; it is a yes that will be hard to keep honestly." },
        { id = "whats_behind",
          text = "Before I answer, can I ask what's behind it? Why this job, and why now?",
          to = "need", score = { listening = 1 }, tags = { "open_question" },
          trust = { tunde = 1 },
          reply = "\"Fair question.\" He sits back.",
          thought = "They want to know. Not just yes or no.",
          feedback = "You asked about the need before answering the request. Whatever you say next will fit him better for it." },
        { id = "flat_no",
          text = "I can't. I've never heard your work, and a referral means I vouch.",
          to = "cold_no", score = { empathy = -1 },
          trust = { tunde = -1 },
          reply = "\"Right.\" He takes his hand off the CV.",
          thought = "Well, that was quick.",
          feedback = "Honest, and the reason is a real one. But it lands before you know anything about why he asked, and it leaves him with nothing but the no." },
        { id = "manic",
          text = "I'd love to help, honestly. Things are manic until the launch; let me see what I can do once it's out of the way.",
          to = "maybe", score = { empathy = -1, value_first = -1 },
          reply = "\"After the launch. Sure.\" The job closes Friday.",
          thought = "That's a no wearing a coat.",
          feedback = "Kind in tone, but it is neither yes nor no, and it sets your launch against his Friday deadline. A vague 'later' in place of the answer he asked for leaves him waiting for nothing." },
      },
    },

    silence = {
      speaker = "tunde",
      mood = "sad",
      cue = "He draws the CV back across the table.",
      text = "Sorry. That was a lot to spring on you over a coffee. Forget it.",
      choices = {
        { id = "it_is_a_lot",
          text = "It is a bit, to be honest, over a sandwich. Let me have a proper think about it and get back to you in a few days.",
          to = "maybe", score = { listening = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { tunde = -1 },
          reply = "\"Course.\"",
          thought = "That's that, then.",
          feedback = "He offered you a way out and you took it, with a 'get back to you' that has no date. He will read the silence and the line together as a no." },
        { id = "not_forget",
          text = "Don't put it away. I was thinking, not refusing. Tell me what's behind it.",
          to = "need", score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "open_question" },
          trust = { tunde = 1 },
          reply = "He stops. \"Okay. Why now.\"",
          thought = "Not a no, then.",
          feedback = "You caught him retreating, said what the silence was and asked about his reasons. Repairing a pause out loud keeps the door open." },
      },
    },

    need = {
      speaker = "tunde",
      mood = "thinking",
      cue = "He turns his cup while he talks and doesn't drink from it.",
      text = function(state)
        local t
        -- Its own learn has run already, so ask whether he told you at lyric_first.
        if state.visits.lyric_first > 0 then
          t = "Like I said, the Lyric goes in March. "
        else
          t = "The Lyric's closing its sound department in March. Twenty-two years. "
        end
        return t .. "My daughter starts university in September. And I'm not starting from nothing: I mixed all eight episodes of a podcast called Lowland Tapes for a friend last year. For nothing, just to learn how it's done."
      end,
      learn = { "lyric_march", "lowland_tapes", "daughter_sept" },
      choices = {
        { id = "hopes_up",
          text = "Honestly, staff jobs here get three hundred applicants for every post. I'd hate for you to get your hopes up.",
          to = "reframe", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          reply = "\"My hopes are fine,\" he says. \"It's my mortgage I'm worried about. Any paid audio work would do.\"",
          thought = "I know the odds. That's why I'm asking.",
          feedback = "True, and meant to protect him, but it answers the job ad, not what he just told you about March and his daughter. He has to say it plainly himself." },
        { id = "lowland_who",
          text = "Lowland Tapes! I've heard of that. Who produced it?",
          to = "lowland", score = { listening = 1 }, tags = { "follow_up_question" },
          reply = "He brightens. \"A friend from the Lyric, Rosalind. Why?\"",
          feedback = "A real follow-up, and it shows interest in his audio work. It also goes after the part that interests you; the March deadline was the weightier thing he said." },
        { id = "by_march",
          text = "So what you need by March is paid audio work, and this job is just the one you saw.",
          to = "reframe", score = { listening = 2 }, tags = { "paraphrase" },
          trust = { tunde = 1 },
          reply = "He stops turning the cup. \"Yes. That's it, really.\"",
          thought = "That's exactly it.",
          feedback = "You put the request and the need side by side, and he recognised it at once. Now your no to the job can be a yes to something else." },
        { id = "a_lot_landing",
          text = "March, and a daughter starting in September. That's a lot landing in one year.",
          to = "reframe", score = { listening = 1, empathy = 1 }, tags = { "name_emotion" },
          trust = { tunde = 1 },
          reply = "\"It is.\" He breathes out. \"So I'll take any paid audio work, really. This job's just the one I saw.\"",
          thought = "Yes. That's the weight of it.",
          feedback = "You named the pressure he is under without making it bigger. It lets him say the real need himself: paid work, not this exact job." },
      },
    },

    lowland = {
      speaker = "tunde",
      mood = "warm",
      cue = "He is animated now, hands shaping a waveform in the air.",
      text = "Rosalind from front of house. She wrote it, I did everything after the microphone. Eight episodes, field recordings, two interviews in a car. It taught me more than the last five years of shows. Anyway. Any paid audio work would do me, honestly; the job's just the one I saw.",
      choices = {
        { id = "car_interview",
          text = "Interviews in a car are the hardest dialogue edit there is. So the dialogue work exists.",
          to = "reframe", score = { listening = 2 }, tags = { "paraphrase" },
          trust = { tunde = 1 },
          reply = "\"It exists. Whether it's good, you'd have to tell me.\"",
          thought = "They know what a car interview costs.",
          feedback = "You picked out the detail that matters to your decision and said it back to him. It also shows you are taking his work seriously, not just his request." },
        { id = "used_to_host",
          text = "Ha, I once hosted a podcast from a car. Nightmare.",
          to = "reframe", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "\"Right,\" he says, and waits.",
          feedback = "A fellow-feeling story, but it moves the talk to you just as he was telling you what he can do. He came with a question that is still open." },
      },
    },

    reframe = {
      speaker = "tunde",
      mood = "guarded",
      cue = "He looks at you and then at the CV, waiting.",
      text = "So. The referral. Would you?",
      learn = { "any_paid_work" },
      choices = {
        { id = "refer_anyway",
          text = "Go on, then. I'll refer you anyway. What's the worst that can happen? They say no.",
          to = "guilty", gives = true, learn = { "guilty_referral" }, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          trust = { tunde = 1 },
          reply = "\"You're sure? Thank you. Honestly.\"",
          thought = "Yes! Okay.",
          feedback = "Kind, and a relief for both of you in the moment. But he has just said this job is not the point, and you would be vouching for work you have not heard." },
        { id = "straight_no",
          text = "Straight answer: I won't refer you for that one. I've never heard your dialogue editing, and my name on it says I have. It isn't the only door, though.",
          to = "sting", learn = { "said_no" }, score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          trust = { tunde = 1 },
          reply = "He nods slowly. \"Right.\"",
          thought = "No. But 'not the only door'. Okay.",
          feedback = "A clear no, with the real reason, said kindly and with a door left visible. Clear is kind: he can stop hoping for this one today, not on Friday." },
        { id = "leave_with_me",
          text = "Leave it with me. Let me have a think about who I know, and I'll come back to you.",
          to = "maybe", score = { value_first = -1 },
          reply = "\"Sure.\" He nods, unsure what he's been told.",
          thought = "Is that a yes?",
          feedback = "Friendly, and it keeps you both comfortable, but he asked a yes-or-no question with a Friday deadline. A 'let me think' with no date usually becomes silence." },
        { id = "long_shot",
          text = "Honestly, it's a long shot for you. They want broadcast dialogue editing, and there'll be three hundred applicants for it. I really wouldn't pin your hopes on it.",
          to = "sting", learn = { "said_no" }, score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          reply = "\"I wasn't pinning.\" His jaw tightens.",
          thought = "So that's a no, and I'm naive.",
          feedback = "It is true, but it answers about his chances rather than your answer, and it sounds as if he had not thought of it. Say your own no, with your own reason." },
      },
    },

    cold_no = {
      speaker = "tunde",
      mood = "guarded",
      cue = "He slides the CV back into the sleeve and reaches for his coat.",
      text = "Fair enough. Thanks for your time, anyway.",
      choices = {
        { id = "flat_repair",
          text = "Wait. That came out flatter than I meant. The no stands, but I'd like to know what's behind the ask.",
          to = "need", score = { listening = 1, empathy = 1 }, tags = { "notice_cue" },
          trust = { tunde = 1 },
          reply = "He pauses, one arm in the coat. \"Okay.\"",
          thought = "All right. One more minute.",
          feedback = "You kept the no and repaired the way you said it, and asked about him instead of defending yourself. That is how a cold no can become a useful one." },
        { id = "good_luck",
          text = "No problem. Good luck with it, honestly. You'll land on your feet.",
          to = "cold_no_end", score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "dismiss" },
          feedback = "Polite, and the reassurance is kindly meant, but he is leaving with nothing but the no. The coat going on was the last chance to find out what he actually needs." },
      },
    },

    maybe = {
      speaker = "tunde",
      mood = "guarded",
      cue = "He nods a beat too long and slides the CV back into its sleeve.",
      text = "Right. No, course. Whenever suits.",
      choices = {
        { id = "actually",
          text = "Actually, that wasn't fair: it's a no on the referral, and I should say so now. What are you really after by March, and how can I help with that?",
          to = "reframe_late", learn = { "said_no" }, score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { tunde = 1 },
          when = "lyric_march",
          reply = "He looks up. \"Oh. Right. Thanks for saying it.\"",
          thought = "A real answer, at least.",
          feedback = "You caught yourself mid-dodge, turned the maybe into a clear no and asked about his March, which you had heard. Late clarity is far better than none." },
        { id = "actually_plain",
          text = "Sorry, that was a dodge. It's a no on the referral. What's behind the ask? Maybe there's something else I can do.",
          to = "need", learn = { "said_no" }, score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { tunde = 1 },
          when = "!lyric_march",
          reply = "He looks up. \"Okay. Since you ask.\"",
          thought = "A real answer, at least.",
          feedback = "You caught yourself mid-dodge, turned the maybe into a clear no and asked about him. Late clarity is far better than none." },
        { id = "speak_soon",
          text = "Great. Let's speak soon, then.",
          to = "maybe_later", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "He nodded too long and put the CV away: he heard the no you didn't say. 'Speak soon' leaves him to work out the rest alone." },
      },
    },

    reframe_late = {
      speaker = "tunde",
      mood = "thinking",
      text = "Any paid audio work. The job was just the one I saw. I mixed eight episodes of a podcast called Lowland Tapes last year for a friend, for nothing, to learn. That's the nearest I've got to your world.",
      learn = { "lowland_tapes", "any_paid_work" },
      choices = {
        { id = "late_link",
          text = "Got it. I'll send you the link to our freelance pool tonight, then; that's how most people get in the door.",
          to = "help", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Okay. Thanks.\" He waits for more.",
          feedback = "Quick and practical, but it skips the eight episodes he just offered as evidence. A line back on what he said would have told him you heard it." },
        { id = "late_heard",
          text = "Eight unpaid episodes to learn the trade. That's the thing I'd want to hear.",
          to = "help", score = { listening = 1 }, tags = { "paraphrase" },
          trust = { tunde = 1 },
          reply = "\"Then let's start there.\"",
          thought = "Somebody counts the unpaid ones.",
          feedback = "You picked up the one piece of evidence he has and said why it matters. It sets up help that fits." },
      },
    },

    guilty = {
      speaker = "narrator",
      cue = "The job description is open in the other tab.",
      text = "That evening his CV arrives at 7:12, with \"Thank you so much\" in the subject line. Twenty-two years of theatre shows, beautifully laid out. The job description reads: \"Dialogue editing to broadcast standard: essential.\" You have never heard a second of his dialogue work.",
      choices = {
        { id = "vouch",
          text = "(Write the referral.) \"Tunde is an outstanding engineer; I'd hire him tomorrow.\"",
          to = "saskia", learn = { "bluffed" }, score = { value_first = -1 },
          reply = "Sent to Saskia at 7:30.",
          feedback = "You kept the promise by saying more than you know. A referral spends your credibility with Saskia, and it will not survive her first question." },
        { id = "walk_back",
          text = "(Ring him.) \"I said yes too fast, and I'm sorry. I can't vouch for dialogue work I haven't heard. Can we talk about what would actually help?\"",
          to = "walk_back", learn = { "walked_back" }, score = { empathy = 1, value_first = 1 }, tags = { "perspective", "offer_help" },
          reply = "He picks up on the second ring.",
          feedback = "Taking back a yes is uncomfortable and the right call here: a referral you cannot stand behind helps neither of you. Saying it by phone, the same night, is the kind way." },
        { id = "honest_note",
          text = "(Write the referral, carefully.) \"I know Tunde from a live-recording workshop, where his live sound was superb. I haven't heard his dialogue editing, so please judge that on the test.\"",
          to = "saskia", gives = true, score = { value_first = 1 }, tags = { "follow_through" },
          reply = "Sent to Saskia at 7:40.",
          feedback = "You kept your word and told the truth about what you know. It is an honest referral, though a weak one, and he will not know it was weak." },
      },
    },

    walk_back = {
      speaker = "tunde",
      mood = "sad",
      cue = "A long pause on the line. A television is on somewhere behind him.",
      text = "Oh. Right. No, I... I understand. I'd rather know now than Friday.",
      choices = {
        { id = "so_sorry",
          text = "I'm so sorry, honestly. I feel terrible about it; I hate letting people down, and I should never have said yes in the first place.",
          to = "help", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "\"It's fine,\" he says, comforting you. \"Is there anything else, though?\"",
          thought = "Now I'm looking after them.",
          feedback = "Sincere, but now he is the one reassuring you on the night you took something back. One apology, then something useful, is kinder." },
        { id = "march_help",
          text = "You came for work by March, not this job in particular. Let me offer you something I can stand behind.",
          to = "help", when = "lyric_march", score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "perspective" },
          trust = { tunde = 1 },
          reply = "\"Go on.\"",
          thought = "They did hear me about March.",
          feedback = "You went back to what he needs, in his terms, and moved straight to something real. That turns a walked-back yes into help." },
        { id = "what_would_help",
          text = "Thank you for taking it that way. What would actually help you most right now?",
          to = "help", score = { listening = 1, empathy = 1 }, tags = { "open_question" },
          trust = { tunde = 1 },
          reply = "\"Paid work. Any audio work that pays.\"",
          thought = "Good. Back to what I actually need.",
          feedback = "You thanked him for the grace he showed and asked about his need, not the job. That gives you something to help with." },
      },
    },

    saskia = {
      speaker = "saskia",
      mood = "thinking",
      cue = "Wednesday, 10:05. She stops at your desk with a printout.",
      text = "Your referral, Tunde Akinola. Strong theatre CV. I can't see any dialogue work on it, though. How's his dialogue editing?",
      choices = {
        { id = "havent_heard",
          text = "Honestly, I haven't heard it, and I should have said so. His live sound is superb.",
          to = "honest_late", score = { empathy = 1 }, tags = { "perspective" },
          reply = "\"Thanks for saying. I'll weigh it like any other.\"",
          thought = "Fair. Good to know where referrals stand.",
          feedback = "You corrected the record without running him down, and told her exactly what you can vouch for. It is late, but it keeps your word worth something." },
        { id = "excellent",
          text = "Excellent. Really strong, honestly; he's one of the best engineers I've come across in years.",
          to = "guilty_yes", score = { value_first = -1 },
          reply = "\"Great. I'll put him in the test round.\"",
          thought = "We'll see.",
          feedback = "You vouched again for work you have not heard. If the test round goes badly, it costs him the job and you her trust in your referrals." },
      },
    },

    sting = {
      speaker = "tunde",
      mood = "sad",
      cue = "He slides the CV back into its sleeve and reaches for his coat.",
      text = "No, I get it. Course. I'd have said the same.",
      choices = {
        { id = "backpedal",
          text = "Oh, look, don't go like that. Fine, I'll put your name forward. It can't hurt.",
          to = "guilty", gives = true, learn = { "guilty_referral" }, score = { empathy = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "\"You're sure?\" He stops. \"Thank you.\"",
          thought = "Did I just guilt them into that?",
          feedback = "Generous in intent, but you gave up a reasoned no the moment he looked disappointed. A no that folds under a sigh teaches him your yes means less too." },
        { id = "not_the_answer",
          text = "It's not the answer you came for. Stay for the next bit, though.",
          to = "help", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "name_emotion" },
          trust = { tunde = 1 },
          reply = "He stops with one arm in the coat. \"Go on.\"",
          thought = "They saw that. Okay. One more minute.",
          feedback = "You named his disappointment in plain words, held the no and kept him for the part that helps. Short, and it fits the moment." },
        { id = "feel_awful",
          text = "I'm so sorry. I hate saying no to people, I feel awful about it.",
          to = "help", score = { empathy = -1 }, tags = { "self_focus" },
          reply = "\"Don't,\" he says, sitting back down to reassure you. \"Honestly. It's fine.\"",
          thought = "Now I'm comforting them.",
          feedback = "Heartfelt, but it asks him to look after your feelings about his disappointment. One plain acknowledgement of his, then the help, would have been kinder." },
        { id = "anyway",
          text = "Anyway! Let's not end on that. How's your daughter feeling about university?",
          to = "help", when = "daughter_sept", score = { listening = -1, empathy = -1 }, tags = { "topic_hijack" },
          reply = "\"Nervous,\" he says shortly. \"Like me. Was there something else?\"",
          feedback = "You remembered his daughter, but used her to change the subject while he was still taking in the no. The moment called for staying with it, not moving on." },
      },
    },

    help = {
      speaker = "tunde",
      mood = "guarded",
      text = "So is there anything? Honestly, I'll take any pointer.",
      choices = {
        { id = "keep_eye",
          text = "I'll keep an eye out for anything that comes up, I promise. You'll be the first person I think of.",
          to = "invite", score = { listening = -1, value_first = -1 }, tags = { "generic_reply" },
          reply = "\"Thanks.\" He nods, waiting for more that doesn't come.",
          feedback = "Warm, but he asked for any pointer and got a promise with no shape, one that would fit anyone's request. A vague offer where a concrete one was asked for helps no one." },
        { id = "pool_link",
          text = "Here's the link to our freelance pool. Anyone can apply, and it's how most people get in.",
          to = "invite", gives = true, learn = { "offered_link" },
          score = { value_first = 1 }, tags = { "share_resource" },
          reply = "\"Thanks. I'll fill it in.\"",
          feedback = "A real pointer, and useful. It is the same link anyone would get, though; something built on what he told you would have carried more." },
        { id = "episode_three",
          text = "Send me episode three of Lowland Tapes, the car one. If the dialogue's clean, I'll put you in our paid freelance pool myself.",
          to = "invite", when = "lowland_tapes", gives = true, learn = { "offered_edit" },
          score = { listening = 2, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { tunde = 1 },
          reply = "\"Episode three.\" He writes it on the sleeve. \"Tonight.\"",
          thought = "Something real, with my own work in it.",
          feedback = "You built the help on the work he told you about, and it leads to paid work if the work is good. It is also exactly the evidence you said you lacked." },
        { id = "pernille",
          text = "Pernille Strand runs audio drama at Brightwater, and she's always short of people who can record live on location. I'll ask her whether she'd like to meet you.",
          to = "invite", gives = true, learn = { "offered_pernille" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          trust = { tunde = 1 },
          reply = "\"Brightwater? Yes. Please. Ask her.\"",
          thought = "An actual name.",
          feedback = "An introduction that fits his live-sound strengths, with Pernille asked first. That is a give he can act on, and it protects Pernille too." },
        { id = "remind_podcast",
          text = "Remind me what your podcast was called? I'll have a listen when things calm down.",
          to = "invite", when = "lowland_tapes", score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "ask_again" },
          reply = "\"Lowland Tapes,\" he says, a little flatter. \"Eight episodes.\"",
          thought = "I told them ten minutes ago.",
          feedback = "He told you the name ten minutes ago, as the best evidence he has, and he needs work by March. Asking again, with a vague listen 'when things calm down' in place of the pointer he asked for, tells him it did not stick and that nothing will happen soon." },
      },
    },

    invite = {
      speaker = "tunde",
      mood = "warm",
      cue = "He stops packing, puts the bag down and turns back to you properly.",
      text = "Right. My turn. What can I do for you? I've had your whole lunch.",
      choices = {
        { id = "nothing",
          text = "Nothing at all. Go and send that episode.",
          to = "week_later", score = { listening = 1 }, tags = { "recall_detail" },
          reply = "\"If you're sure.\"",
          feedback = "Generous, and it sends him off with the thing that matters to him: the episode. He asked because he felt lopsided, though; a small ask for something he is good at would have evened it up." },
        { id = "big_favour",
          text = "Could you get us the Lyric's main stage for our live show in June, at cost? You must know exactly who to ask by now.",
          to = "week_later", asks = true,
          score = { empathy = -1, value_first = -2 }, tags = { "premature_ask", "self_focus" },
          trust = { tunde = -1 },
          reply = "\"I'm... being let go, remember?\" He picks the bag back up.",
          thought = "From a department they're closing.",
          feedback = "He did invite an ask, but this one is large, and it asks him to spend favours at a theatre that is letting him go. A small ask about what he knows would have honoured the offer." },
        { id = "lyric_sound",
          text = "Actually, yes. We're recording a live show at the Lyric in June. Twenty minutes on the phone about its sound?",
          to = "week_later", when = "lyric_march", asks = true, learn = { "asked_lyric_sound" },
          score = { listening = 1, value_first = 1 }, tags = { "specific_ask" },
          trust = { tunde = 1 },
          reply = "\"The Lyric?\" He laughs. \"I can tell you where every hum in that building lives.\"",
          thought = "They want what I know. That's nice.",
          feedback = "He asked, after you had given, so a small, specific ask was welcome; and it asks for what he knows best, twenty-two years of one building." },
        { id = "owe_me",
          text = "Ha. You'll owe me one. I'll think of something.",
          to = "week_later", asks = true,
          score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "\"Right.\" He smiles, unsure. \"One what?\"",
          feedback = "He offered something real and got an open-ended debt. If there is nothing, say so; if there is, name it." },
      },
    },

    week_later = {
      speaker = "narrator",
      cue = "Your inbox has 212 unread messages. His is number 140.",
      text = function(state)
        local t = "The following Monday, launch week. "
        if state.facts.offered_edit then
          t = t .. "Tunde's email arrived on Tuesday night: \"Episode three, as promised. Be honest.\" You haven't opened it."
        elseif state.facts.offered_pernille then
          t = t .. "Tunde emailed on Tuesday to say thanks. You haven't asked Pernille yet."
        else
          t = t .. "Tunde emailed on Tuesday to say thanks for the coffee. You haven't replied."
        end
        return t
      end,
      choices = {
        { id = "listen_notes",
          text = "(Listen to episode three properly, send him two specific notes, and book him a paid test edit in the pool.)",
          to = close, can_go = { "found_work", "pointer_only", "maybe_later" }, when = "offered_edit",
          gives = true, learn = { "followed_through" },
          score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { tunde = 1 },
          reply = "The car interview is clean. One of the notes is about breaths.",
          thought = "They listened. Properly. (Tunde)",
          feedback = "You did what you said, in launch week, and did it properly: the episode he asked you to judge, notes he can use and a paid edit. That is the whole difference between a pointer and help." },
        { id = "ask_pernille",
          text = "(Message Pernille: \"A theatre sound engineer, twenty-two years of live work, looking for audio projects. Would you like an intro? Easy no.\")",
          to = close, can_go = { "found_work", "pointer_only", "maybe_later" }, when = "offered_pernille",
          gives = true, learn = { "followed_through" },
          score = { listening = 1, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { tunde = 1 },
          reply = "Pernille replies in an hour: \"Yes please. Send him over.\"",
          thought = "They asked her first. Properly. (Tunde, when he hears)",
          feedback = "You kept the promise and asked Pernille first, with his twenty-two years of live work, enough for her to decide. Then the introduction is one she wants." },
        { id = "forward_fyi",
          text = "(Forward his email to the freelance coordinator with \"FYI, good guy\".)",
          to = close, can_go = { "found_work", "pointer_only", "maybe_later" },
          reply = "The coordinator files it with forty others.",
          feedback = "A click in a busy week, not help: 'FYI, good guy' says nothing about his work, so the coordinator has no reason to pick him out of forty. Two lines on the car interviews would have made it a give." },
        { id = "next_week",
          text = "(Leave it until after the launch. He'll understand.)",
          to = close, can_go = { "found_work", "pointer_only", "maybe_later" }, learn = { "slipped" },
          score = { value_first = -1 },
          trust = { tunde = -1 },
          reply = "After the launch, there is the launch party, and then the next launch.",
          thought = "Busy. Course they are. (Tunde)",
          feedback = "He will understand; that is what makes it easy to let slide. Help promised and not given lands worse than no offer at all." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    found_work = {
      speaker = "narrator",
      text = function(state)
        local t
        if state.facts.offered_edit then
          t = "Tunde's test edit comes back on time and clean. By March he has three paid edits a month from Halyard's pool"
        else
          t = "Pernille hires Tunde to record a four-part audio drama on location. By March he has two more projects from people she knows"
        end
        t = t .. "; the staff job goes to someone from radio, and he doesn't mind."
        if state.facts.asked_lyric_sound then t = t .. " In June your live show at the Lyric has no hum, because he told you where it lives." end
        return t .. " He tells people you were the one who said no to him, and then actually helped."
      end,
      ending = "found_work",
      grade = "good",
    },
    pointer_only = {
      speaker = "narrator",
      text = function(state)
        if state.facts.offered_link then
          return "Tunde applies through the freelance pool and waits. By March he is back freelancing for theatres, where he knows people. He sends you a friendly Christmas card."
        end
        if state.facts.followed_through then
          return "The help arrives, and it goes fine. He is grateful and a little careful with you; by March he has found some work, partly through you. He doesn't ask you for anything again."
        end
        return "He gets a polite note from the freelance coordinator. By March he is back freelancing for theatres, where he knows people. You bump into him once and it is friendly enough."
      end,
      ending = "pointer_only",
      grade = "mixed",
    },
    honest_late = {
      speaker = "narrator",
      text = "Saskia weighs Tunde like any other applicant, and he doesn't get through the first round. He never finds out about the conversation at your desk. He thanks you for the referral; you wish you had told him the truth first.",
      ending = "honest_late",
      grade = "mixed",
    },
    guilty_yes = {
      speaker = "narrator",
      text = "Tunde's test edit is a long car interview. It is rough, and Saskia stops asking you for referrals. Tunde thinks he was nearly there; you know he was set up to fail by a yes you gave to avoid a hard minute in a café.",
      ending = "guilty_yes",
      grade = "poor",
    },
    maybe_later = {
      speaker = "narrator",
      text = function(state)
        if state.facts.slipped then
          return "By the time the launch is over it is the end of the month. You write to Tunde; he replies kindly that he has found some theatre work, thanks anyway. The offer you made is the thing he remembers."
        end
        return "The job closes on Friday. You never quite get back to him, and he never asks again. In March you hear the Lyric's sound department has gone."
      end,
      ending = "maybe_later",
      grade = "poor",
    },
    cold_no_end = {
      speaker = "narrator",
      text = "He thanks you and leaves with the CV in its sleeve. The no was honest and the reason was fair. It was all he left with.",
      ending = "cold_no_end",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Tunde asked for a referral, but the request was not the need. Asking what was behind it, and building any help on what came back, is what makes a no useful instead of just honest.",
    empathy = "The hard part of a no is their disappointment and your own discomfort at causing it. A clear no, held kindly, is kinder than a yes you cannot stand behind or a 'let me see' that becomes silence.",
    value_first = "A no can still give: a smaller thing you will really do, or an introduction asked for first. What counts is doing it in the busy week that follows, and letting him even the score with a small, specific ask.",
  },
}
