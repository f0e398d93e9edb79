-- rejection.ask_again: asking again six months after a "not now".
-- luacheck: no max line length
-- The player teaches chemistry at Cross Lane Academy. In March, at the county
-- science fair, they asked Teresa Vallejo, laboratory manager at Ashby Water,
-- whether their class could visit the lab; she said not now (an accreditation
-- audit all summer, and the last school she gave a day to never sent a word
-- back). The first scenes play that March conversation, where the player can
-- hear what would make a later yes possible (the Mill Brook above the intake,
-- which nobody samples after rain; "send me something back"). Then six months
-- pass, and the player chooses what the class did in between. In September the
-- player rings her again: remembering what she said, showing what changed,
-- giving before asking, making the ask small and specific, and making it easy
-- for her to say no again when she hesitates. The timed moment is the last two
-- minutes before her four o'clock meeting.
-- Facts: audit_summer and last_school (fair), mill_brook, send_back and
-- september (march_more), september (march_thin), did_sampling / textbook /
-- reminder_only (interim), asked_audit (call_open), gave_data, offered_sampling,
-- strings and unstrung (a trade offered, then taken back), pushed,
-- asked_again_last, promised_brook.
-- How it ends depends on Teresa's trust when she answers and on what was given.

-- Whether anything of the brook reached her, or was offered: the no made easy
-- can point to readings that keep coming only then.
local function gave_something(state)
  return state.facts.gave_data or state.facts.offered_sampling
end

local function gave_nothing(state)
  return not gave_something(state)
end

-- Teresa's trust at her answer that turns the ask into a real yes.
local WON = 5

local function answer(state)
  if state.facts.strings and not state.facts.unstrung then return "trade_end" end
  -- Only six months of readings already in her hands show this school is not the last one.
  if state.trust.teresa >= WON and state.facts.gave_data then return "lab_hour" end
  return "polite_no"
end

return {
  format = 1,
  version = 3,
  id = "rejection.ask_again",
  title = "Try me in September",
  family = "rejection",
  summary = "In March, Teresa, who runs the lab at the water company, said \"not now\" to your class's visit. It is September. Remember what she told you, show what you did in between, give before you ask, and make it easy for her to say no again.",
  homework = "Find one \"not now\" from the last year; before asking again, write down what they said at the time and one thing you can give them first.",
  difficulty = 3,
  cast = {
    teresa = { name = "Teresa Vallejo", role = "Laboratory manager, Ashby Water; thirty years in water quality", portrait = "white_curls" },
  },
  start = "fair",
  nodes = {
    fair = {
      speaker = "narrator",
      cue = "She winces, and glances at the queue of teenagers behind you at the Ashby Water stand.",
      text = "March. The county science fair in the Corn Hall. You teach chemistry at Cross Lane Academy, and you have just asked Teresa Vallejo, who runs the laboratory at Ashby Water, whether your Year 10 class could visit for their river project. \"Not now,\" she says. \"We're in accreditation audit right through the summer. And honestly, the last school I gave a whole day to, I never heard another word. Not even what they found.\"",
      learn = { "audit_summer", "last_school" },
      choices = {
        { id = "one_afternoon",
          text = "Just one afternoon, then? We'd be in and out in no time, and I promise you wouldn't even notice we were there.",
          to = "march_cool", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { teresa = -1 },
          thought = "I just said no.",
          feedback = "She winced and looked at the queue, and you asked again, smaller, straight after a clear 'not now' with two reasons. Shrinking it answers neither reason, so it reads as not having heard them." },
        { id = "worth_your_while",
          text = "That's fair. If I asked again after the summer, what would make it worth your while?",
          to = "march_more", score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          trust = { teresa = 1 },
          reply = "She looks at you properly for the first time. \"Nobody's asked me that.\"",
          thought = "Huh. They took the no, and asked the right thing.",
          feedback = "You took the no without pushing and asked what would change it, from her side. That turns a refusal into instructions for next time." },
        { id = "not_like_them",
          text = "We're not like that school, honestly. We'd send you everything.",
          to = "march_cool", score = { listening = 1, empathy = -1, value_first = -1 }, tags = { "dismiss" },
          reply = "\"They said that too.\"",
          thought = "Everyone says that.",
          feedback = "You heard the part about the last school, which is good, but answered it with a promise that only pays out if she says yes: help with strings, and one she has heard before. Asking what she would want back would have shown it instead." },
        { id = "no_worries",
          text = "No worries at all! Thanks anyway.",
          to = "march_thin", score = { listening = -1, empathy = 1 }, tags = { "generic_reply" },
          reply = "\"Sorry,\" she says, and means it.",
          feedback = "Gracious, and you took the no well. But she told you why, including a hint about what a school could do better, and the reply would fit any refusal." },
      },
    },

    march_cool = {
      speaker = "teresa",
      mood = "guarded",
      cue = "She turns slightly towards the next person in the queue.",
      text = "Look, it's not a no forever. It's a not now.",
      choices = {
        { id = "half_hour",
          text = "Could we at least pencil in half an hour for June, then? Just so it's in both our diaries and doesn't get lost?",
          to = "interim", asks = true, learn = { "pushed" }, score = { listening = -1, empathy = -2, value_first = -1 }, tags = { "miss_cue", "premature_ask" },
          trust = { teresa = -1 },
          reply = "\"No. Sorry. Next, please.\"",
          thought = "Third time. Noted.",
          feedback = "She said 'not now' twice and turned to the queue, and you asked a third time. Pressing on through a clear signal costs more than the ask could ever gain." },
        { id = "when_better",
          text = "Sorry, that was me pushing. When would be a better time to ask, and what would be worth having back from us after a visit, for the lab?",
          to = "march_more", score = { listening = 1, empathy = 1 }, tags = { "follow_up_question", "perspective" },
          trust = { teresa = 1 },
          reply = "She turns back. \"All right. Fair question.\"",
          thought = "Better.",
          feedback = "You caught her turning away, owned the push and asked the two things that matter: when, and what would make it worth it. A quick repair is almost as good as not needing one." },
      },
    },

    march_thin = {
      speaker = "teresa",
      mood = "neutral",
      cue = "She is already smiling at the next person.",
      text = "Try me in September, after the audit.",
      learn = { "september" },
      choices = {
        { id = "what_back",
          text = "September. And tell me what the last school should have sent back.",
          to = "march_more", score = { listening = 2 }, tags = { "recall_detail", "follow_up_question" },
          trust = { teresa = 1 },
          reply = "She turns back, surprised. \"You were listening.\"",
          thought = "Oh. They caught that.",
          feedback = "You went back to the detail she mentioned in passing and asked about it. It tells her you heard the reason, not only the no." },
        { id = "will_do",
          text = "Will do, I'll put it in the diary now. Good luck with the audit; I hope it's a quiet one for you.",
          to = "interim", score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "\"Thanks.\"",
          feedback = "She was already turning to the next person, and you closed quickly with her date and a word about her audit. Kind and well timed; what would make September a yes is still something you would have to guess." },
      },
    },

    march_more = {
      speaker = "teresa",
      mood = "thinking",
      cue = "She lowers her voice, as if it were a confession.",
      text = "Send me something back. Anything. And if you're doing rivers: the Mill Brook is the one that keeps me awake. Nitrate spikes after heavy rain, and no sampling upstream of our intake. Nobody's paid to stand in a brook in the rain. Try me in September.",
      learn = { "mill_brook", "send_back", "september" },
      choices = {
        { id = "brook_noted",
          text = "The Mill Brook, above your intake, after heavy rain. Got it.",
          to = "interim", score = { listening = 2 }, tags = { "paraphrase" },
          trust = { teresa = 1 },
          reply = "\"Got it,\" she repeats, amused. \"We'll see.\"",
          thought = "They wrote it down. Let's see if anything comes of it.",
          feedback = "You said back exactly what she needs and where, without promising anything you have not thought through. It is the detail September will be built on." },
        { id = "kids_will_do",
          text = "I'll get the class to do it! Free data, every month, I promise.",
          to = "interim", gives = true, learn = { "promised_brook" }, score = { listening = 1, value_first = 1 }, tags = { "offer_help" },
          reply = "\"Every month,\" she says. \"All right. I'll hold you to that.\"",
          feedback = "A generous offer fitted to what she said she lacks. It is also a promise made in the excitement of a fair; the next six months decide whether it counts." },
        { id = "email_sept",
          text = "Great, I'll email you in September, then.",
          to = "interim", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Do,\" she says, and turns to the queue.",
          feedback = "You kept the date and dropped everything else she just told you. The brook was the one thing she said she could not do herself." },
      },
    },

    interim = {
      speaker = "narrator",
      text = "April to August. Your Year 10s become Year 11s. The river project has to happen this year, one way or another.",
      choices = {
        { id = "reminder",
          text = "(Put \"Ring Ashby Water\" in your calendar for the second week of September.)",
          to = "call_open", learn = { "reminder_only" },
          reply = "On the ninth of September, the calendar reminds you.",
          feedback = "You remembered to ask again, which many people do not. Six months is a long time to do nothing with what she told you, though." },
        { id = "sample_brook",
          text = "(Borrow a Rivers Trust kit and take the class to sample the Mill Brook above the Ashby intake, monthly and after heavy rain.)",
          to = "call_open", when = "mill_brook", learn = { "did_sampling" },
          score = { listening = 1 }, tags = { "recall_detail" },
          reply = "By August the spreadsheet has forty-one rows, and Radu, who never says a word in class, has bought his own wellies.",
          feedback = "You built the whole project on the gap she named. Whatever she says in September, you will have something real to give her first." },
        { id = "textbook",
          text = "(Run the standard river practical from the textbook at the stream behind the school, write it up properly, and plan to ring her in September.)",
          to = "call_open", learn = { "textbook" },
          reply = "The practical goes well, and the write-ups are good.",
          feedback = "A sound project, and the class learns from it. It has nothing to do with anything she said, so in September you will be asking with empty hands." },
      },
    },

    call_open = {
      speaker = "teresa",
      mood = "neutral",
      cue = "Tuesday in September, 3:45 pm. She agreed by email to \"ten minutes, I've a meeting at four\". You can hear her typing.",
      text = "Teresa Vallejo. Sorry, remind me: you're the school?",
      discuss = "Six months on, she has half forgotten you. What should she hear first, and why?",
      choices = {
        { id = "sorry_pester",
          text = "Yes, sorry to pester you again. I know you said no last time.",
          to = "where_left",
          reply = "\"You're not pestering.\" A pause. \"Remind me what we said?\"",
          feedback = "It answers her question, but the apology makes the call about your discomfort and 'no' is not quite what she said: it was 'not now'. Her own words from March would have told her who you are and that you listened." },
        { id = "visit_this_term",
          text = "Yes, the school. I'm ringing about the lab visit for my class; is there any chance this term?",
          to = "guarded_ask", asks = true, score = { value_first = -1 }, tags = { "premature_ask" },
          reply = "\"The visit.\" The typing slows. \"Right.\"",
          thought = "Straight to the ask. Like last time.",
          feedback = "Clear and quick, which respects her ten minutes, but the first thing she hears is the same request as in March, with nothing new around it." },
        { id = "audit_ok",
          text = "Cross Lane Academy. We met at the science fair in March; your words were 'try me in September, after the audit'. Did it go all right?",
          to = "audit_talk", when = "september", learn = { "asked_audit" },
          score = { listening = 2, empathy = 1 }, tags = { "recall_detail", "perspective" },
          trust = { teresa = 1 },
          reply = "The typing stops. \"You remembered the audit.\"",
          thought = "They remembered. And they asked about me first.",
          feedback = "You reminded her who you are with her own words and asked about the thing that stood in the way in March. She hears that you listened, and that you care how it went." },
        { id = "pick_up",
          text = "Cross Lane Academy. I'll be quick, I know you've a meeting at four and a lot on. I just wanted to pick up where we left off in March, if that's all right.",
          to = "where_left", score = { listening = 1, empathy = 1 }, tags = { "respect_time", "notice_cue" },
          reply = "\"March. Which was... sorry. Where did we leave off?\"",
          feedback = "You picked up her four o'clock and showed you would keep to it. 'Where we left off' makes her do the remembering, though; saying it yourself would have saved her the effort." },
      },
    },

    where_left = {
      speaker = "teresa",
      mood = "thinking",
      cue = "The typing stops. She is trying to place you.",
      text = "Sorry. I see a lot of schools at those fairs.",
      choices = {
        { id = "remind_last_school",
          text = "A visit for my class. You said not during the audit, and that the last school never sent a word back.",
          to = "audit_talk", when = "last_school", score = { listening = 2 }, tags = { "recall_detail" },
          trust = { teresa = 1 },
          reply = "\"Oh, yes. Yes. I remember now.\"",
          thought = "They remembered the bit that mattered to me.",
          feedback = "You reminded her with the detail that mattered to her, which tells her at once that you heard the reason as well as the no." },
        { id = "just_visit",
          text = "A lab visit for my class, for the river project. You said to try you again in the autumn, once things had calmed down.",
          to = "guarded_ask", asks = true, score = { value_first = -1 }, tags = { "premature_ask" },
          reply = "\"Ah. The visit.\"",
          thought = "Right, the visit. Same as March.",
          feedback = "Accurate and short. But it reminds her of the request rather than of what she told you, so she starts where she left off: unsure." },
      },
    },

    audit_talk = {
      speaker = "teresa",
      mood = "warm",
      text = function(state)
        local t
        if state.facts.asked_audit then
          t = "Passed, thank God. Two findings, both paperwork. I slept for a week."
        else
          t = "And the audit's done, you'll be glad to hear. Passed; two findings, both paperwork."
        end
        return t .. " Right. I've about eight minutes. What can I do for you?"
      end,
      choices = {
        { id = "congrats",
          text = "Congratulations on the audit. Two paperwork findings after a summer of it is a good result.",
          to = "ask_moment", gives = true, score = { listening = 1, value_first = 1 }, tags = { "celebrate" },
          reply = "\"Thank you. It is, actually.\" A pause. \"So?\"",
          feedback = "You marked her result with the detail she gave you, which is a small, real give. It is not much to bring after six months, but it is something." },
        { id = "big_ask",
          text = "Could my Year 11s come in for a full day this term? And could each group have one of your scientists as a mentor, right through to the summer exams?",
          to = "big_no", asks = true, score = { value_first = -2 }, tags = { "premature_ask" },
          trust = { teresa = -1 },
          reply = "\"A full day. And mentors.\" The typing starts again.",
          thought = "Bigger than March.",
          feedback = "She invited an ask, but after six months you brought a larger one than the one she turned down, and nothing to go with it. A large ask needs a relationship; this one had a phone call." },
        { id = "give_data",
          text = "Something first: since April my class has sampled the Mill Brook above the intake, monthly and after storms. The data's on its way, no strings.",
          to = "data_reaction", when = "did_sampling", gives = true, learn = { "gave_data" },
          score = { listening = 2, value_first = 2 }, tags = { "recall_detail", "share_resource" },
          trust = { teresa = 2 },
          reply = "Silence on the line, then: \"Say that again?\"",
          thought = "Above the intake. After storms. Nobody's ever done that.",
          feedback = "You gave before asking, and what you gave is exactly the gap she described in March. Saying it is hers whatever she answers takes the strings off." },
        { id = "offer_sampling",
          text = "Before I ask anything: you said nobody samples the Mill Brook above your intake after rain. My Year 11s could do it this year, monthly and after storms. Would that be useful?",
          to = "brook_plan", when = { "mill_brook", "!did_sampling" }, gives = true, learn = { "offered_sampling" },
          score = { listening = 2, value_first = 1 }, tags = { "recall_detail", "offer_help" },
          trust = { teresa = 1 },
          reply = "\"Would that be useful?\" She laughs. \"Yes.\"",
          thought = "They remembered the brook. Six months late, but they remembered.",
          feedback = "You remembered the gap she named and offered to fill it before asking for anything. It would have carried more had it started in April; an offer is not yet data." },
      },
    },

    brook_plan = {
      speaker = "teresa",
      mood = "surprised",
      text = "We've asked the board for upstream data for three years. If your lot could really do monthly, after rain too, I'd take it. Gladly.",
      choices = {
        { id = "plan_kit",
          text = "Kits from the Rivers Trust are free. First readings to you in October, before any talk of a visit.",
          to = "ask_moment", gives = true, score = { value_first = 1 }, tags = { "offer_help" },
          trust = { teresa = 1 },
          reply = "\"October. Fine. I'll look out for it.\"",
          thought = "Data first, then the ask. Fair enough.",
          feedback = "You put a date on the give and asked nothing until it arrives. That is how you show her this school is not the last one." },
        { id = "plan_trade",
          text = "Great. So if we do the brook for you, every month, can we have the visit in return? Seems fair, doesn't it?",
          to = "strings_node", asks = true, learn = { "strings" }, score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { teresa = -1 },
          reply = "\"In return.\" A pause. \"So it's a trade.\"",
          thought = "There it is.",
          feedback = "You turned an offer into a price. Help with strings stops being help; keep the give and the ask separate, and let her refuse one without losing the other." },
      },
    },

    data_reaction = {
      speaker = "teresa",
      mood = "surprised",
      cue = "A chair creaks. It sounds as if she has picked up a pen.",
      text = "Above the intake? After storms? We've asked the board for that for three years. Why would you do that?",
      choices = {
        { id = "for_the_visit",
          text = "Honestly? So you'd say yes to the visit this time.",
          to = "strings_node", learn = { "strings" }, score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { teresa = -2 },
          reply = "\"Ah.\" The pen goes down. \"So it's a trade.\"",
          thought = "I should have known.",
          feedback = "Honest, but it puts a price on what you gave a moment ago. The data was the best thing you brought; tied to the ask it stops being a gift." },
        { id = "send_back",
          text = "The last school never sent anything back, you said. This comes first, whatever the answer to the rest.",
          to = "ask_moment", when = "send_back", score = { listening = 2, empathy = 1, value_first = 1 }, tags = { "recall_detail", "perspective" },
          trust = { teresa = 1 },
          reply = "A long breath. \"You remembered that.\"",
          thought = "They remembered the last school. And they mean it.",
          feedback = "You answered her why with her own reason from March, and said plainly that the gift stands on its own. That makes whatever you ask next easy for her to refuse, which is why she won't want to." },
        { id = "radu",
          text = "It was mostly Radu, one of my students. He's been out there in wellies every storm since April.",
          to = "ask_moment", gives = true, score = { value_first = 1 }, tags = { "celebrate" },
          reply = "She laughs. \"Tell Radu I said thank you.\" A pause. \"But why?\"",
          feedback = "Giving the credit to the student is generous, and she will remember his name. It answers who rather than why, though, and she still wonders what you want." },
        { id = "rain_line",
          text = "You said nobody's paid to stand in a brook in the rain. Turns out fifteen-year-olds will do it for a grade.",
          to = "ask_moment", when = "mill_brook", score = { listening = 1 }, tags = { "recall_detail" },
          reply = "She laughs properly. \"Fair.\"",
          feedback = "You quoted her back to herself with a joke, and it lands. It answers the 'how' more than the 'why', but it shows you heard her." },
      },
    },

    strings_node = {
      speaker = "teresa",
      mood = "annoyed",
      text = "I'd rather know where I stand. Is the data conditional on the visit?",
      choices = {
        { id = "one_good_turn",
          text = "Well, one good turn deserves another, doesn't it? We did put a lot of hours into that brook for you.",
          to = answer, can_go = { "lab_hour", "polite_no", "trade_end" }, score = { empathy = -1, value_first = -1 }, tags = { "dismiss" },
          trust = { teresa = -1 },
          reply = "\"I suppose it does,\" she says flatly.",
          thought = "So I owe them now.",
          feedback = "She asked where she stood and you told her she owed you. A gift that creates a debt is a trade, and she will treat it as one." },
        { id = "no_strings",
          text = "No. That came out wrong, and I'm sorry. The data's yours either way, whatever you decide, and no is a perfectly fine answer to the visit.",
          to = "ask_moment", learn = { "unstrung" }, score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "perspective", "share_resource" },
          trust = { teresa = 2 },
          reply = "\"Right.\" She breathes out. \"Thank you. Then ask.\"",
          thought = "Okay. That's better.",
          feedback = "You took the strings off out loud: the data is hers whatever she decides, and refusing is safe. Said that plainly, a wobble becomes a moment of trust." },
      },
    },

    guarded_ask = {
      speaker = "teresa",
      mood = "guarded",
      cue = "A pause; the typing has stopped.",
      text = "Honestly? I'm not sure. Last time a school came...",
      choices = {
        { id = "what_happened",
          text = "Sorry, what happened last time?",
          to = "ask_moment", when = "last_school", learn = { "asked_again_last" }, score = { listening = -1 }, tags = { "ask_again" },
          reply = "\"I told you in March. I gave them a day and never heard another word.\" A sigh.",
          thought = "I did tell them that.",
          feedback = "She told you this in March, and it was the whole reason for the no. Asking again shows her it did not stick." },
        { id = "heard_nothing",
          text = "...and you never heard a word back. I remember. So here's what we did since.",
          to = "data_reaction", when = { "last_school", "did_sampling" }, gives = true, learn = { "gave_data" },
          score = { listening = 2, value_first = 2 }, tags = { "recall_detail", "share_resource" },
          trust = { teresa = 2 },
          reply = "You tell her about the Mill Brook. Silence on the line, then: \"Say that again?\"",
          thought = "Above the intake. They actually did it.",
          feedback = "You finished her sentence with her own reason and answered it with what you did in six months. It is a late start to the call, and a strong recovery." },
        { id = "promise_everything",
          text = "We'd send you everything this time, honestly: results, photos, the students' write-ups, the lot. You have my word on that.",
          to = "ask_moment", score = { empathy = -1, value_first = -1 }, tags = { "dismiss" },
          reply = "\"Mm. So did they.\"",
          feedback = "A promise that only comes due if she says yes is help with strings, and it is what she heard from the last school too. Something already done, and hers either way, would have carried more." },
      },
    },

    ask_moment = {
      speaker = "teresa",
      mood = "thinking",
      cue = "Behind her someone says, \"Four o'clock, Teresa.\" She covers the phone, then comes back.",
      text = "Sorry. I've got two minutes. What is it you're after?",
      timeout = 15,
      on_timeout = "rushed_out",
      timeout_score = { empathy = -1 },
      timeout_feedback = "With two minutes left, a long pause spends them for you. A one-sentence ask, or an offer to email it, would have used the time she had.",
      choices = {
        { id = "vague",
          text = "Just to keep working together, really, in whatever way suits you.",
          to = "vague_end", asks = true, score = { listening = -1, value_first = -1 }, tags = { "vague_ask", "miss_cue" },
          reply = "\"Sure. Send me something.\" She is gone.",
          feedback = "She asked a straight question with her meeting calling, and got an answer with no shape. With two minutes left, a small, specific ask is easier to agree to than a vague one." },
        { id = "email_it",
          text = "Two minutes isn't enough for this. I'll email it, two lines, and you can look when there's time.",
          to = "email_later", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"Would you? Thank you.\" She's gone.",
          feedback = "You heard the four o'clock and gave her the time back, which she noticed. The ask now waits in an inbox, where it is easier to leave than to refuse." },
        { id = "whole_year",
          text = "A day in the lab for the whole year group, ideally, and someone from your team to mentor the project until summer.",
          to = "big_no", asks = true, score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "miss_cue" },
          trust = { teresa = -1 },
          reply = "\"A day. For the whole year.\" A pause.",
          thought = "In two minutes? No.",
          feedback = "You heard 'four o'clock' and still put a large ask into her last two minutes, larger than the one she turned down in March. Size the ask to the relationship and the time you have." },
        { id = "one_hour",
          text = "One hour in your lab in November, twelve students, testing their own samples. If it's still not the time, say so.",
          to = "hesitation", asks = true, score = { listening = 1, empathy = 1, value_first = 1 }, tags = { "specific_ask", "respect_time" },
          trust = { teresa = 1 },
          reply = "\"One hour. Twelve.\" She is writing it down.",
          thought = "Small. Clear. And I can say no.",
          feedback = "Small, specific, with a date and a number, and an easy way to decline built in. With two minutes left, that is an ask she can actually weigh." },
      },
    },

    hesitation = {
      speaker = "teresa",
      mood = "guarded",
      cue = "A long breath out.",
      text = "November... We've a new starter, and I'm one analyst down till January. I want to say yes. I just don't know.",
      discuss = "She wants to say yes and isn't sure she can. How do you make no easy without talking her out of the yes?",
      choices = {
        { id = "only_an_hour",
          text = "It'd only be an hour, honestly, and I'd keep them in line. They'd be no trouble at all to you or your team, I promise.",
          to = "reluctant_yes", score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          trust = { teresa = -1 },
          reply = "\"I'm sure they wouldn't.\" A pause. \"Fine. November.\"",
          thought = "I didn't really say yes.",
          feedback = "She named two limits and you answered neither; you made the ask sound smaller instead. A yes squeezed out of a 'don't know' is the kind that gets cancelled." },
        { id = "no_is_fine",
          text = "Then no is a fine answer. Or January, when your analyst's back; the readings keep coming either way.",
          to = answer, can_go = { "lab_hour", "polite_no", "trade_end" }, when = gave_something,
          score = { listening = 1, empathy = 2 }, tags = { "perspective", "respect_time" },
          trust = { teresa = 1 },
          reply = function(state)
            if answer(state) == "lab_hour" then return "\"January.\" You can hear her smile. \"January I can do.\"" end
            return "\"January.\" A pause. \"Let's see how the readings go first. Ask me again then.\""
          end,
          thought = "No pressure. That makes it easier to say yes.",
          feedback = "You made no safe, moved the date to when her team is whole, and kept the give unconditional. That is what makes a second ask easy to say yes to." },
        { id = "no_is_fine_plain",
          text = "Then no is a fine answer. Or January, when your analyst's back; no hard feelings either way.",
          to = answer, can_go = { "lab_hour", "polite_no", "trade_end" }, when = gave_nothing,
          score = { listening = 1, empathy = 2 }, tags = { "perspective", "respect_time" },
          trust = { teresa = 1 },
          reply = "\"January.\" A pause. \"Honestly? Not this year. But thank you for making it easy to say.\"",
          thought = "Kind. But what's in it for the lab?",
          feedback = "You made no safe and moved the date to when her team is whole, which she appreciated. With nothing given first, the easy no was also the likely one." },
        { id = "leave_you",
          text = "I understand completely. I'll leave you in peace.",
          to = "polite_no", score = { listening = -1, empathy = 1 }, tags = { "miss_cue" },
          reply = "\"Oh. Okay. Thanks for understanding.\"",
          thought = "I hadn't said no, though.",
          feedback = "Gracious, and you did not push. But she said 'I want to say yes', and you heard a no; one question about what would make it possible would have found it." },
      },
    },

    big_no = {
      speaker = "teresa",
      mood = "annoyed",
      text = "No. I can't. Not this year, and not that size.",
      choices = {
        { id = "fair_enough",
          text = "Fair enough. Thanks for being straight with me.",
          to = "polite_no", score = { empathy = 1 },
          reply = "\"Sorry. Send me your results, though.\"",
          feedback = "You took a clear no gracefully, which keeps the door open. A smaller ask might still have fitted; she said 'not that size', not 'not at all'." },
        { id = "half_day",
          text = "Even half a day? The students would be so disappointed; they've talked about it since March, and some of them want to do chemistry because of it.",
          to = "burned", asks = true, learn = { "pushed" }, score = { listening = -2, empathy = -2, value_first = -1 }, tags = { "miss_cue" },
          trust = { teresa = -1 },
          reply = "\"Then that's a conversation for you and them.\" She is gone.",
          thought = "Guilt now. No.",
          feedback = "She said no twice and you pushed a third time, with the students' feelings as the lever. That ends the conversation, and probably the next one." },
        { id = "too_big",
          text = "Too big. Sorry. Would one hour, twelve students, be worth asking about, or is it a no for this year?",
          to = "hesitation", asks = true, score = { listening = 1, empathy = 1, value_first = -1 }, tags = { "premature_ask", "perspective" },
          reply = "She pauses. \"One hour. That's a different question.\"",
          thought = "Smaller. And they're offering me the no.",
          feedback = "You heard 'not that size' and offered her the no in the same breath, which she noticed. It is still another ask straight after a flat no, with nothing given; something for the lab first would have made it easier to weigh." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    lab_hour = {
      speaker = "narrator",
      text = "In January, twelve of your Year 11s spend an hour in the Ashby Water lab running their own samples. Teresa puts the Mill Brook readings in front of the board in February, with Cross Lane Academy's name on the slide, and Radu's. In March she rings you, for once: would your next class like to do the brook again?",
      ending = "lab_hour",
      grade = "good",
    },
    reluctant_yes = {
      speaker = "narrator",
      text = "The November visit happens, short-staffed. Teresa is polite and watches the clock; the analyst who shows the students round has clearly been told to keep it brief. She doesn't offer a second one.",
      ending = "reluctant_yes",
      grade = "mixed",
    },
    polite_no = {
      speaker = "narrator",
      text = function(state)
        if state.facts.offered_sampling then
          return "Teresa wants to see the readings before she says yes to anything. The first ones reach her in October, as promised; she thanks you warmly. The visit is still a question for another day, and this time she knows who is asking."
        end
        if state.facts.gave_data then
          return "Teresa says not this year, kindly. The readings keep going to her every month. It is a no to the visit and plainly not a no to you; what comes of it is still open."
        end
        return "Teresa says not this year, kindly. You part on good terms, with nothing between you but a second no."
      end,
      ending = "polite_no",
      grade = "mixed",
    },
    email_later = {
      speaker = "narrator",
      text = function(state)
        if state.facts.gave_data then
          return "Your two-line email gets a reply a week later: \"Thanks for the data. Let me see what January looks like.\" It is warm, and it is not a yes."
        end
        return "Your two-line email gets a reply a week later: \"Let me see what January looks like.\" January comes and goes."
      end,
      ending = "email_later",
      grade = "mixed",
    },
    rushed_out = {
      speaker = "narrator",
      text = "\"Sorry, I have to go. Email me?\" The line goes dead. Your email sits unanswered in her inbox through the autumn; without the ask ever said aloud, there was nothing for her to say yes to.",
      ending = "rushed_out",
      grade = "poor",
    },
    vague_end = {
      speaker = "narrator",
      text = "You send her something. She replies \"Thanks!\" and nothing comes of it. Without a shape, 'working together' was easy to agree to and impossible to start.",
      ending = "vague_end",
      grade = "poor",
    },
    trade_end = {
      speaker = "narrator",
      text = "Teresa agrees to a visit \"in return\", and counts it as paid. She thanks you for the data in one line and never mentions the Mill Brook to you again.",
      ending = "trade_end",
      grade = "poor",
    },
    burned = {
      speaker = "narrator",
      text = "Teresa does not reply to your next email. At the science fair the following March, someone else is on the Ashby Water stand.",
      ending = "burned",
      grade = "poor",
    },
  },
  debrief = {
    listening = "A 'not now' usually comes with its reasons, and the reasons are the instructions for asking again. Whatever you heard in March was what the September call could be built on.",
    empathy = "Asking again is easier for both of you when the other person can say no safely: a small ask, sized to their week, with the no offered out loud.",
    value_first = "Six months is time to do something with what they told you. Give first and without strings, then ask for something small and specific; a gift tied to the ask stops being a gift.",
  },
}
