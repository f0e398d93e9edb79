-- workplace.new_team: meeting the team you will need in three months, before you need them.
-- luacheck: no max line length
-- The player is six weeks into a job as programme lead in a science museum's
-- Learning team. In April the team opens Pocket Planet, a gallery for
-- under-sevens, and the exhibition workshop will have to build its twelve
-- interactives in March. Mairead Okonjo has run the workshop for twenty-two
-- years; Lindiwe Mokoena is its interactives technician. The workshop is three
-- weeks from reopening the Deep Time gallery (the 28th), a technician short,
-- and hears about broken exhibits days late, from complaint forms. The player
-- practises learning what they are under pressure from, offering something
-- that fits it (the explainers' morning fault list, a school group to test
-- Lindiwe's touchscreens before the reopening), and keeping the April request
-- out of the first meeting. The timed moment is the crane arriving.
-- Not an invitation: Mairead's "What can we do for you?" at `arrive` is what
-- she says to everyone who only comes when they need something (clipboard in
-- hand); an ask there is early. Her "what's in it for you?" at `why_bother` is
-- a challenge, not an invitation either.
-- Facts: deadline_28, short_staffed (pressure), faults_late and which_valve
-- (pain), offered_list, list_format, mentioned_april, asked_early, test_offered,
-- small_hands (the test), pulled_rank, insisted, plan_february.
-- The good ending needs the team's trust at the ask (both of them), earned by
-- giving first, and an ask that fits their spring.

-- Mairead's and Lindiwe's trust, added, that makes the spring build a shared one.
local TOGETHER = 8
-- Below this, the request is just one more in the queue.
local QUEUED = 2

local function team(state)
  return state.trust.mairead + state.trust.lindiwe
end

local function close(state)
  if state.facts.pulled_rank then return "the_queue" end
  if team(state) < QUEUED then return "the_queue" end
  if state.facts.insisted then return "overtime" end
  if team(state) >= TOGETHER then return "built_together" end
  return "fitted_in"
end

return {
  format = 1,
  version = 3,
  id = "workplace.new_team",
  title = "Before you need them",
  family = "workplace",
  summary = "In three months you will need the museum's workshop to build a whole gallery. Today you are only saying hello, to a team three weeks from their own deadline. Find out what they are up against, give something first, and keep April to yourself.",
  homework = "Pick one team you will need in the next six months; this week, ask one person there what is making their month hard, and ask for nothing.",
  difficulty = 2,
  cast = {
    mairead = { name = "Mairead Okonjo", role = "Head of the exhibition workshop, Harwood Science Museum; twenty-two years there, a cabinetmaker by trade", portrait = "brown_curls" },
    lindiwe = { name = "Lindiwe Mokoena", role = "Interactives technician, exhibition workshop", portrait = "short_afro" },
  },
  start = "arrive",
  nodes = {
    arrive = {
      speaker = "narrator",
      cue = "Mairead keeps hold of her clipboard. Up a ladder behind her, someone is swearing quietly at a touchscreen.",
      text = "Monday, 8:40 am, the exhibition workshop behind the Harwood Science Museum's loading bay: sawdust, a radio, half a plywood mammoth. You started six weeks ago as programme lead in Learning. In April your team opens Pocket Planet, a gallery for under-sevens; in March this workshop will have to build its twelve interactives. Mairead Okonjo looks up. \"You're the new Learning person. What can we do for you?\"",
      choices = {
        { id = "april_now",
          text = "Nothing urgent. But since you ask: Pocket Planet opens in April with twelve interactives, and I'd love to get into your March plan early.",
          to = "early_ask", asks = true, learn = { "asked_early" },
          score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { mairead = -1 },
          reply = "\"April.\" She doesn't write it down.",
          thought = "Six weeks in and already in the queue.",
          feedback = "She is mid-job, clipboard in hand and a touchscreen fighting back behind her, and you went straight to your request. Her question is the one she asks everybody who comes down here wanting something; the request can wait until she knows you." },
        { id = "two_minutes",
          text = "Nothing today. You're mid-something: two minutes now, or another day?",
          to = "pressure", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          trust = { mairead = 1 },
          reply = "\"Two minutes I can do.\"",
          thought = "Nothing today? That's new.",
          feedback = "You saw the clipboard and the ladder and offered her the choice of when. Asking for nothing, and meaning it, is unusual enough down here to get her attention." },
        { id = "intro",
          text = "Nothing today. I'm the new programme lead in Learning, and I wanted to meet you before I ever need anything built.",
          to = "pressure",
          reply = "\"Well, that's a first.\"",
          feedback = "A plain, honest introduction; nothing wrong with it. She is clearly mid-job, though, and saying how long you will stay would have helped." },
        { id = "heart",
          text = "Just to say hello! Everyone upstairs says the workshop is the beating heart of this place.",
          to = "pressure",
          reply = "\"Do they.\" She smiles, just.",
          feedback = "Friendly, but general praise slides off someone who has heard it before a request for twenty years. Something specific, or a question, would land better." },
      },
    },

    pressure = {
      speaker = "mairead",
      mood = "neutral",
      learn = { "deadline_28", "short_staffed" },
      text = "So you know where we are: Deep Time reopens on the 28th, three weeks from now, and we've been a technician short since October. So if it's a job, it joins the queue.",
      choices = {
        { id = "same_too",
          text = "Oof, I know that feeling. We're short in Learning too: three explainers covering five galleries, and half-term's coming.",
          to = "same_boat", score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          trust = { mairead = -1 },
          thought = "Now I'm hearing about their rota.",
          feedback = "Meant as solidarity, but she told you her pressure and you answered with yours. Stay on hers for a minute; there will be time for yours." },
        { id = "how_queue",
          text = "Understood. How does the queue work, so I know for later?",
          to = "early_ask", learn = { "asked_early" },
          score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "respect_time" },
          reply = "She taps the clipboard.",
          thought = "For later. Right.",
          feedback = "You took 'it joins the queue' without pushing and asked about the thing she named, for later, not now. Her pressure was the bigger open door, though: the 28th and the missing technician." },
        { id = "eating_time",
          text = "No job. Three weeks and a person down: what's eating most of your time?",
          to = "pain", score = { listening = 2, empathy = 1 }, tags = { "paraphrase", "open_question" },
          trust = { mairead = 1 },
          reply = "She puts the clipboard down on the bench.",
          thought = "They actually want to know.",
          feedback = "You said back the two things she is carrying and asked about them. A question about their month, not yours, is how a relationship before the need starts." },
        { id = "leave_her",
          text = "Then I won't take any more of it. Good luck with the 28th; I'll come back when things are calmer down here.",
          to = "week_two", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "\"Thanks. Mind the mammoth on your way out.\"",
          thought = "Polite. Gone. Fair enough.",
          feedback = "You respected her time and remembered her date, which is kind. You also left before learning anything you could help with; she offered two minutes, and two minutes was enough." },
      },
    },

    same_boat = {
      speaker = "mairead",
      mood = "guarded",
      cue = "She looks back down at the clipboard.",
      text = "Right. Well. Everyone's short.",
      choices = {
        { id = "sorry_yours",
          text = "Sorry, that turned it round to me. What's taking most of your time before the 28th?",
          to = "pain", score = { listening = 1, empathy = 1 }, tags = { "recall_detail" },
          trust = { mairead = 1 },
          reply = "She looks up again.",
          thought = "Caught themselves. All right.",
          feedback = "You noticed the turn to yourself and handed the conversation back with her own date in it. A quick repair like that costs nothing and she heard it." },
        { id = "help_each",
          text = "Exactly, so we should help each other out. Actually, in April we open Pocket Planet, and...",
          to = "early_ask", asks = true, learn = { "asked_early" },
          score = { listening = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { mairead = -1 },
          reply = "\"Ah. April.\"",
          thought = "Help each other, meaning help them.",
          feedback = "'Help each other' followed by your request is a trade she did not agree to. Help first; the April request will be easier when it arrives." },
        { id = "let_you_get_on",
          text = "Anyway, I'll let you get on.",
          to = "week_two", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Mm.\"",
          feedback = "Leaving is fine, but the last thing she heard was about your staffing. One question about hers would have changed what she remembers of you." },
      },
    },

    early_ask = {
      speaker = "mairead",
      mood = "guarded",
      learn = { "plan_february" },
      text = "Request system, like everyone. We plan each month in the month before, so March gets planned in February. Anything else?",
      choices = {
        { id = "pencil_now",
          text = "Could you pencil it in now, though? It's a really important gallery for the museum.",
          to = "week_two", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          trust = { mairead = -1 },
          reply = "\"They all are.\" She turns back to the bench.",
          thought = "They all say that.",
          feedback = "She told you how the system works and you asked her to step around it in the same breath. 'Important' is what every request says; it gives her no reason to." },
        { id = "forget_april",
          text = "Noted, February. Forget April for now; what's the crunch before the 28th?",
          to = "pain", when = { "deadline_28", "!faults_late" }, score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "perspective" },
          trust = { mairead = 1 },
          reply = "She gives you a longer look.",
          thought = "Dropped it. Interesting.",
          feedback = "You took her answer, set your request down and went back to her deadline. Dropping your own topic on purpose is the quickest way to recover an early ask." },
        { id = "whats_hard",
          text = "Noted. Can I ask what's hardest down here at the moment?",
          to = "pain", when = { "!deadline_28", "!faults_late" }, score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          trust = { mairead = 1 },
          reply = "She gives you a longer look. \"Three weeks to Deep Time, a technician short. That's what.\"",
          thought = "Dropped it. Interesting.",
          feedback = "You took her answer and turned to her situation instead of yours. Dropping your own topic on purpose is the quickest way to recover an early ask." },
        { id = "list_stands",
          text = "Sorry, that came out as a trade. Forget March; the list stands either way.",
          to = "goodbye", when = "faults_late", score = { listening = 1, value_first = 1 }, tags = { "notice_cue", "offer_help" },
          trust = { mairead = 1 },
          reply = "\"Either way.\" She writes something down, for the first time.",
          thought = "Took it back. Good.",
          feedback = "You heard how 'in return' landed and took the strings off, out loud. The list is a gift again; the April request can wait for February." },
        { id = "thanks_do",
          text = "Thanks, I'll do that.",
          to = "week_two",
          reply = "\"Good.\"",
          feedback = "Polite and accurate. You leave knowing her process and nothing about her, which is what she now knows about you too." },
      },
    },

    pain = {
      speaker = "mairead",
      mood = "annoyed",
      cue = "On the ladder, the swearing gets louder.",
      learn = { "faults_late", "which_valve" },
      text = "Not the building. The fixing. A kid jams the tide tank on a Saturday, and we hear about it on Tuesday from a complaint form. By then it's been taped off all weekend. \"And it never says which valve,\" Lindiwe calls down. \"Just 'the water one'.\"",
      discuss = "What do you have that could help with this, without it being a trade?",
      choices = {
        { id = "template",
          text = "We had exactly the same problem with school bookings last year. A shared spreadsheet everyone could edit fixed it; I'll send you our template this afternoon.",
          to = "who_reports", gives = true, score = { listening = -1 }, tags = { "share_resource" },
          reply = "\"A spreadsheet.\" Mairead glances at Lindiwe. \"We've got spreadsheets. We haven't got anyone telling us.\"",
          thought = "Their fix, not our problem.",
          feedback = "Generous, and aimed at the wrong problem: they don't lack somewhere to write faults down, they lack anyone who sees them. Ask one more question before offering a fix." },
        { id = "maddening",
          text = "Taped off all weekend, for a jammed valve. That's maddening.",
          to = "who_reports", score = { listening = 1, empathy = 1 }, tags = { "name_emotion", "paraphrase" },
          reply = "\"It is.\"",
          feedback = "You put her frustration in her own words, which she will have heard. It doesn't yet move anything; there is more to find out or offer." },
        { id = "explainers",
          text = "My explainers see things break first. They could send you a list by ten each morning: exhibit number, what it's doing, a photo.",
          to = "offer_made", gives = true, learn = { "offered_list" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          trust = { mairead = 1 },
          reply = "She stops mid-word. The ladder goes quiet.",
          thought = "That would actually fix it.",
          feedback = "A give cut exactly to what they just described: the people who see the faults, reporting them the same day, with the detail Lindiwe said is missing. You asked for nothing in return." },
        { id = "who_meant",
          text = "Who's meant to report it, then?",
          to = "who_reports", score = { listening = 1 }, tags = { "follow_up_question" },
          feedback = "A fair follow-up that finds where the chain breaks. Keep in mind you may be standing in it." },
      },
    },

    who_reports = {
      speaker = "mairead",
      mood = "annoyed",
      text = "Front of house, in theory. They're not ours, and they're run off their feet. So it goes on a form, the form goes to a manager, the manager forwards it on Monday.",
      choices = {
        { id = "raised_it",
          text = "Have you raised it with the front-of-house manager?",
          to = "goodbye",
          reply = "\"Every year.\"",
          feedback = "A sensible question, and the answer is 'every year'. The fix was nearer: your own explainers are on that floor every day." },
        { id = "explainers_too",
          text = "My explainers are on the floor all day, and they're mine to ask. A list by ten each morning, with exhibit numbers and photos?",
          to = "offer_made", gives = true, learn = { "offered_list" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          trust = { mairead = 1 },
          reply = "She stops mid-word. The ladder goes quiet.",
          thought = "That would actually fix it.",
          feedback = "You found the gap in the chain and filled it with people you can actually ask. Specific, the same day, and nothing asked back." },
        { id = "how_long",
          text = "So how long does it usually take before you hear?",
          to = "goodbye", score = { listening = -1 }, tags = { "ask_again" },
          reply = "\"Like I said. Saturday to Tuesday.\"",
          thought = "Were they listening?",
          feedback = "She told you that a minute ago: broken on Saturday, heard on Tuesday. Asking again tells her the story didn't land, just when it could have." },
        { id = "shame",
          text = "That's a shame. Well, I'll let you get back to the mammoth.",
          to = "goodbye", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Mm.\"",
          feedback = "She described a problem you could help with and you said goodbye. Listening includes noticing when what they describe is something you hold." },
      },
    },

    offer_made = {
      speaker = "lindiwe",
      mood = "surprised",
      cue = "Lindiwe comes down two rungs of the ladder, a screwdriver still in her hand.",
      text = "Hang on. Every morning? With which valve, not 'the water one'? Because if that's real, I'll learn every one of your explainers' names.",
      choices = {
        { id = "whatever",
          text = "Sure, they'll send over whatever they notice.",
          to = "why_bother", score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Whatever they notice.\" Lindiwe goes back up a rung.",
          thought = "So, 'the water one' again.",
          feedback = "She told you the one thing that would make it useful, and 'whatever they notice' skips it. Let the person who will use it shape it." },
        { id = "in_return",
          text = "It's real. And in return, could you two squeeze Pocket Planet into March for me?",
          to = "early_ask", asks = true, learn = { "asked_early" },
          score = { listening = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { lindiwe = -1 },
          reply = "Mairead's pen stops. \"Ah. There it is.\"",
          thought = "Knew there'd be a catch.",
          feedback = "The offer was good; 'in return' turned it into a price. A give with strings is remembered as the strings." },
        { id = "you_tell_me",
          text = "It's real. You tell me what goes on it, and that's the form.",
          to = "format", gives = true, learn = { "list_format" },
          score = { listening = 1, value_first = 1 }, tags = { "offer_help" },
          trust = { lindiwe = 1 },
          thought = "They're asking me. Good.",
          feedback = "You let the person who will use the list design it. That makes the give fit, and makes it partly hers." },
        { id = "tomorrow",
          text = "Starting tomorrow. I'll copy you both in on the first one.",
          to = "why_bother", gives = true, score = { value_first = 1 }, tags = { "offer_help" },
          reply = "\"We'll see,\" says Mairead, not unkindly.",
          feedback = "A concrete start date is good. Lindiwe had just said what makes it useful, though; asking her what goes on it would have made it fit." },
      },
    },

    format = {
      speaker = "lindiwe",
      mood = "warm",
      text = "Exhibit number off the label. What it's doing, or not doing. A photo if they can. Before ten, so I can plan my day instead of finding out halfway through it.",
      choices = {
        { id = "keen",
          text = "Great. I'll tell them you're keen.",
          to = "why_bother", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Keen's one word for it.\"",
          feedback = "Cheerful, but it drops the detail she just gave you; you will need it when you set the list up. Say it back so she knows it will be right." },
        { id = "number_photo",
          text = "Number, what it's doing, a photo, before ten. I'll set it up today.",
          to = "why_bother", score = { listening = 1, value_first = 1 }, tags = { "paraphrase", "offer_help" },
          trust = { lindiwe = 1 },
          reply = "\"That's it. That's all of it.\"",
          thought = "They actually wrote it down.",
          feedback = "You said her four items back and put a day on it. Now she knows it will arrive in the shape she needs." },
      },
    },

    why_bother = {
      speaker = "mairead",
      mood = "thinking",
      cue = "Mairead hasn't written anything down, but she has stopped looking at the clipboard.",
      text = "Twenty-two years, and people come down here when they need something built by Friday. Nobody comes down offering. So go on: what's in it for you?",
      choices = {
        { id = "march_slot",
          text = "Well, since you ask: a March slot for Pocket Planet would be lovely. Twelve interactives, nothing too complicated, and I'd be so grateful.",
          to = "goodbye", asks = true, learn = { "asked_early" },
          score = { listening = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { mairead = -1 },
          reply = "\"Ah.\" She picks the clipboard back up.",
          thought = "There it is, then.",
          feedback = "'What's in it for you?' was a test, not an invitation, and the answer turned your gift into a down payment. Tell her the truth without making the request." },
        { id = "karma",
          text = "Good karma? It all comes round in the end.",
          to = "goodbye", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Does it.\"",
          feedback = "A joke dodges a straight question from someone who values straight answers. She will remember the dodge when April comes." },
        { id = "honest_april",
          text = "Honestly? In April I'll need you for Pocket Planet, and I'd rather you knew me first. The list doesn't depend on it.",
          to = "goodbye", learn = { "mentioned_april" },
          score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          trust = { mairead = 1 },
          reply = "She laughs, properly. \"Fair. Thank you for saying it.\"",
          thought = "Honest about it. I can work with honest.",
          feedback = "You answered her question straight, from her side of it, and asked for nothing. Naming the future need without making it a condition is the opposite of front-loading it." },
        { id = "nothing",
          text = "Nothing. My explainers hate taping things off too.",
          to = "goodbye",
          reply = "\"Hm.\" She doesn't quite believe you.",
          feedback = "True as far as it goes, and it asks for nothing. But she asked straight and you do want something in April; she will remember this answer when the request arrives." },
      },
    },

    goodbye = {
      speaker = "narrator",
      cue = "A horn sounds in the loading bay.",
      text = "\"Crane's here!\" Lindiwe shouts, already climbing down. Mairead picks up the clipboard and glances at you: she has to go.",
      timeout = 10,
      on_timeout = "week_two",
      timeout_score = { empathy = -1 },
      timeout_feedback = "She had to go and waited for you to finish; standing there searching for a line kept her from the crane. 'Go, good luck' would have done.",
      choices = {
        { id = "walk_out",
          text = "I'll walk out with you, I'd love to see the crane.",
          to = "week_two", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "\"Stand behind the yellow line, then.\" She is already talking to the driver.",
          feedback = "Curious and friendly, but a crane delivery is her busiest five minutes and you would be one more thing to watch. Let her go and come back another day." },
        { id = "go_list",
          text = "Go. The first list comes tomorrow by ten.",
          to = "week_two", when = "offered_list", learn = { "list_promised" },
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "respect_time", "offer_help" },
          trust = { mairead = 1 },
          reply = "\"By ten,\" she says over her shoulder. \"I'll hold you to it.\"",
          thought = "We'll see tomorrow.",
          feedback = "You let her go at once and left her with one concrete promise to check you against. Short, and it is what she will remember." },
        { id = "march_who",
          text = "One quick thing first: who should I talk to about the March plan?",
          to = "week_two", asks = true, learn = { "asked_early" },
          score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { mairead = -1 },
          reply = "\"Me. In February.\" She's gone.",
          thought = "While the crane's waiting.",
          feedback = "She was leaving for a crane and you held her for your request. Whatever you gave earlier, this is what she walks out with." },
        { id = "go_thanks",
          text = "Go, go. Thanks for the two minutes.",
          to = "week_two", score = { listening = 1, empathy = 1 }, tags = { "respect_time", "notice_cue" },
          reply = "\"Anytime.\" She's gone.",
          feedback = "You caught her glance and let her go at once, which is the right instinct. If you had promised something, saying when would have helped." },
      },
    },

    week_two = {
      speaker = "narrator",
      text = function(state)
        local t = "Thursday the 26th, two and a half weeks on. Deep Time reopens on Saturday."
        if state.facts.offered_list then
          t = t .. " Your explainers' list has gone to the workshop every morning; yesterday Lindiwe replied with one line: \"VALVE 3. THANK YOU.\""
        end
        return t .. " You have ten minutes before a school group arrives."
      end,
      choices = {
        { id = "march_now",
          text = "(Message Mairead:) \"Quick one while I think of it: could you send your March schedule so I can plan Pocket Planet around it?\"",
          to = "march_reply", asks = true, learn = { "asked_early" },
          score = { empathy = -1, value_first = -2 }, tags = { "premature_ask" },
          trust = { mairead = -1 },
          thought = "Two days before Deep Time. Really.",
          feedback = "A small ask on its own, sent two days before their biggest weekend. Asking while someone is visibly at full stretch costs more than it gets." },
        { id = "test_group",
          text = "(Message Mairead:) \"Two days to go. Want my Friday five-year-olds to try Lindiwe's touchscreens first?\"",
          to = "lindiwe_test", when = "deadline_28", gives = true, learn = { "test_offered" },
          score = { listening = 1, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { mairead = 1 },
          reply = "Mairead replies in four minutes: \"YES. Friday 10:30. Lindiwe says bring the smallest ones.\"",
          thought = "Real children before the real children. Yes.",
          feedback = "You remembered their date and the screen Lindiwe was fighting with, and offered the one thing the workshop cannot get for itself: real users, before the opening." },
        { id = "good_luck_msg",
          text = "(Message Mairead:) \"Good luck on Saturday! The mammoth looked brilliant.\"",
          to = "january", when = "deadline_28", score = { listening = 1, value_first = 1 }, tags = { "celebrate", "recall_detail" },
          trust = { mairead = 1 },
          reply = "She replies with a photo of the finished mammoth.",
          thought = "Nice of them.",
          feedback = "A warm note before their big day, with the mammoth you saw in the workshop. Small, and good; there was a bigger give in reach too." },
        { id = "leave_them",
          text = "(Leave them to it; they're flat out. You'll talk in the new year.)",
          to = "january", score = { empathy = 1 }, tags = { "perspective" },
          feedback = "Respectful of their crunch, and it costs nothing. It also lets the one moment you could have helped go by." },
      },
    },

    march_reply = {
      speaker = "mairead",
      mood = "annoyed",
      text = "(By message, the next morning.) \"After the 28th. We plan March in February.\"",
      choices = {
        { id = "sorry_timing",
          text = "(Reply:) \"Sorry, that was bad timing on my part, two days out. Good luck on Saturday; it can wait for February.\"",
          to = "january", score = { empathy = 1 }, tags = { "perspective" },
          trust = { mairead = 1 },
          reply = "She sends back a thumbs-up.",
          thought = "Fine. They noticed.",
          feedback = "You owned the timing without fuss and put her weekend first. That repairs most of it." },
        { id = "by_monday",
          text = "(Reply:) \"No rush at all! Whenever you get a minute; Monday is absolutely fine.\"",
          to = "january", score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { mairead = -1 },
          reply = "No answer comes.",
          thought = "I said February.",
          feedback = "She said February and you offered Monday as a kindness. Read her message again: it already answered you." },
      },
    },

    lindiwe_test = {
      speaker = "lindiwe",
      mood = "thinking",
      cue = "Friday, 10:50. Twelve five-year-olds have just left Deep Time. Lindiwe is crouched by the first touchscreen, at their height.",
      learn = { "small_hands" },
      text = "Every single one pressed the picture, not the button. Every one. I put the button where an adult's hand goes.",
      choices = {
        { id = "picture_button",
          text = "So their hands go to the picture. Could the picture be the button?",
          to = "january", gives = true, score = { listening = 2, value_first = 1 }, tags = { "paraphrase", "follow_up_question", "share_resource" },
          trust = { lindiwe = 1 },
          reply = "\"It can by tomorrow.\" She is already unscrewing the panel.",
          thought = "Yes. That's exactly it.",
          feedback = "You said back what she saw and offered the fix it points to, as a question. She had the answer, and now she gets to be the one who found it." },
        { id = "kids_eh",
          text = "Kids, eh? They'll work it out once it's open.",
          to = "january", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          reply = "\"Some of them will.\"",
          feedback = "She just found a real design fault a day before opening, and 'they'll work it out' waves it away. Stay with her finding." },
        { id = "drawings_now",
          text = "This is exactly what Pocket Planet needs. While you're here, could you look at our drawings?",
          to = "january", asks = true, score = { listening = -1, value_first = -1 }, tags = { "topic_hijack" },
          trust = { lindiwe = -1 },
          reply = "\"Tomorrow's the opening.\" She goes back to the panel.",
          thought = "The day before opening.",
          feedback = "You gave her a morning of real users and then asked for her time the day before her opening. Let the give stand on its own; the drawings will keep until February." },
      },
    },

    january = {
      speaker = "narrator",
      text = function(state)
        local t = "Mid-January. Pocket Planet's designs are signed off: twelve interactives, four of them water play. You need the workshop for six weeks from the start of March."
        if state.facts.offered_list then
          t = t .. " The explainers' list has gone down every morning since November."
        end
        if state.facts.small_hands then
          t = t .. " The Deep Time screens have buttons where small hands land."
        end
        return t .. " You walk down to the loading bay."
      end,
      choices = {
        { id = "go_down",
          text = "(Knock on the workshop door.)",
          to = "the_ask",
          feedback = "Asking in person, at their bench, is right for a request this size." },
      },
    },

    the_ask = {
      speaker = "mairead",
      mood = "neutral",
      text = function(state)
        if state.trust.mairead + state.trust.lindiwe >= TOGETHER then
          return "Pocket Planet. Lindiwe's been waiting for you to come down. Go on, then."
        end
        return "Learning. Is this the April thing?"
      end,
      choices = {
        { id = "director",
          text = "It is. I should say it's a director-level priority for the spring, so I'm afraid it really does have to be March, whatever else is on.",
          to = "negotiate", asks = true, learn = { "pulled_rank" },
          score = { empathy = -2, value_first = -1 }, tags = { "premature_ask" },
          trust = { mairead = -2 },
          reply = "Her face closes. \"Is it.\"",
          thought = "Going over my head before I've even said no.",
          feedback = "Leading with rank tells her the request is not really a request. Whatever you built before, this spends it; ask as one team to another." },
        { id = "plain_ask",
          text = "It is. Twelve interactives, six weeks from 1 March. Can you fit it in?",
          to = "negotiate", asks = true,
          reply = "She pulls the March plan off the wall.",
          feedback = "Clear and specific, and easy to say no to. Whether it lands well depends on what you gave before today." },
        { id = "explainers_help",
          text = "It is, and I know you're still a technician short. My explainers could do the testing and the painting, if that frees Lindiwe for the builds.",
          to = "negotiate", when = "short_staffed", gives = true, asks = true,
          score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "recall_detail", "offer_help", "specific_ask" },
          trust = { mairead = 1 },
          reply = "She pulls the March plan off the wall. \"Testing and painting. Say that again slowly.\"",
          thought = "They remembered we're short. And they brought hands.",
          feedback = "A specific ask built around the pressure she told you about months ago, with help attached that takes work off her team. That is an ask shaped for the person receiving it." },
        { id = "forty_pages",
          text = "It is. I've brought all forty pages of drawings; shall I walk you through them from the start?",
          to = "negotiate", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          reply = "She looks at the stack, then at the clock.",
          feedback = "She asked whether this is the April thing, and you answered with a request for an hour of her time: forty pages before she has said yes or no. Lead with the size and the dates; the drawings can follow." },
      },
    },

    negotiate = {
      speaker = "mairead",
      mood = "thinking",
      text = function(state)
        if state.facts.pulled_rank then
          return "March is what it is. The touring show comes in on the 10th. Put it in the system and we'll see what's left when the director's finished with us."
        end
        return "March is tight. The touring show comes in on the 10th, and that takes the big bench for a fortnight. If we started the water ones in late February, though..."
      end,
      choices = {
        { id = "all_twelve",
          text = "I hear you, but I really do need all twelve by the end of March. The opening date is fixed and already printed. Is there really no way?",
          to = close, can_go = { "built_together", "fitted_in", "overtime", "the_queue" }, learn = { "insisted" },
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { mairead = -1 },
          reply = "\"There's always a way. It's called overtime.\"",
          thought = "Didn't hear a word about the touring show.",
          feedback = "She offered a route and you asked for the original plan again. Work with her constraint; she knows her bench better than you do." },
        { id = "late_feb",
          text = "Late February for the water ones suits us. What would make the rest easier on your side?",
          to = close, can_go = { "built_together", "fitted_in", "overtime", "the_queue" },
          score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "perspective" },
          trust = { mairead = 1 },
          reply = "\"Drawings by the first of Feb. Final ones.\"",
          thought = "They're working with me.",
          feedback = "You took her suggestion as offered and asked what would help her side. A plan she shaped is a plan she will defend." },
        { id = "test_again",
          text = "Late February works. And the five-year-olds can test each one as it comes off the bench, like the touchscreens.",
          to = close, can_go = { "built_together", "fitted_in", "overtime", "the_queue" }, when = "small_hands", gives = true,
          score = { listening = 2, value_first = 2 }, tags = { "recall_detail", "offer_help" },
          trust = { lindiwe = 1 },
          reply = "Lindiwe, from the bench: \"Yes. Please.\"",
          thought = "The touchscreen morning. Again. Yes.",
          feedback = "You took her dates and offered again the one thing that worked before, real children on the prototypes. Giving again at the moment of asking makes it a joint project." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    built_together = {
      speaker = "narrator",
      text = function(state)
        local t = "The water tables come off the big bench in the last week of February."
        if state.facts.small_hands then t = t .. " Your Friday groups test every one; two get redesigned around small hands." end
        if state.facts.offered_list then t = t .. " The morning list keeps going down by ten." end
        return t .. " On Pocket Planet's opening day, Mairead is at the back of the crowd, watching a four-year-old drain the tide pool. \"Right height,\" she says to nobody."
      end,
      ending = "built_together",
      grade = "good",
    },
    fitted_in = {
      speaker = "narrator",
      text = "The workshop fits Pocket Planet around the touring show. Nine interactives are ready for opening and three follow in May. It is a fair result for a request that arrived as one among many.",
      ending = "fitted_in",
      grade = "mixed",
    },
    overtime = {
      speaker = "narrator",
      text = "All twelve arrive by the end of March, built on evenings and weekends the workshop will not forget. Pocket Planet opens on time. When you next go down to the loading bay, Mairead is polite, and busy.",
      ending = "overtime",
      grade = "mixed",
    },
    the_queue = {
      speaker = "narrator",
      text = function(state)
        if state.facts.pulled_rank then
          return "The director's office confirms March. The workshop builds what it is told, to the letter, and nothing more. Pocket Planet opens with five interactives taped off for 'final adjustments'."
        end
        return "Your request goes in the system in February, behind the touring show and three others. Pocket Planet opens in April with six of its twelve interactives, and a sign promising the rest."
      end,
      ending = "the_queue",
      grade = "poor",
    },
  },
  debrief = {
    listening = "The workshop told you what it was up against in the first two minutes: the 28th, a missing technician, and faults that arrive days late without 'which valve'. Everything useful you could offer came from those details, and so did the ask that fitted in January.",
    empathy = "A team three weeks from its own deadline has no room for yours. Reading their month first, keeping to their two minutes and letting them go to the crane all showed you knew whose deadline came first.",
    value_first = "The relationship you need in March is built in November, by giving what fits their problem with nothing attached. An April request made in the first meeting, or in their busiest week, turns every later give into a down payment.",
  },
}
