-- mentor.thank_a_year_on: thanking a mentor a year later, with what changed because of her.
-- luacheck: no max line length
-- The player trained at the Haverbridge Echo, a local paper, and left a year
-- ago for the newsroom at Radio Lune. Ffion Pritchard, the Echo's chief
-- sub-editor, ran the trainee scheme and gave the player one rule that made
-- their first big story: ring everyone you have named before it runs and read
-- them their sentence. The player comes back to say thank you. What they do
-- not know on arrival: on Thursday the group's new managing editor decides
-- whether the scheme she has run for eleven years survives. The player
-- practises thanks that name what she did and what it led to, giving her
-- something she can use (a story, credit she can share), noticing what is
-- going on in her life now, and not turning the thanks into an ask or a
-- monologue. The referee ask is a distractor throughout: at `close` she says
-- "anything I can do for you" while picking up her folder to leave, which is
-- politeness, not an invitation (docs/rubric.md, "Invitations").
-- Facts: delph_named (the story named), ffion_call (the rule's name at the
-- radio), scheme_review and eleven_years (scheme), needs_story (what would
-- help), note_promised, asked_favour, went_over, note_full, note_generic,
-- note_late, note_elliot.
-- How it ends depends on whether a note was promised and sent, what was in
-- it, any favour asked, and Ffion's trust at the close.

-- Ffion's trust at the close that makes the visit one she carries into Thursday.
local LIFTED = 5

local function after_close(state)
  if state.facts.note_promised then return "wednesday" end
  if state.trust.ffion <= 0 then return "your_year" end
  return "touched"
end

local function after_note(state)
  if state.facts.note_full and state.trust.ffion >= LIFTED and not state.facts.asked_favour then
    return "in_the_room"
  end
  return "useful"
end

return {
  format = 1,
  version = 2,
  id = "mentor.thank_a_year_on",
  title = "A year on",
  family = "mentor",
  summary = "A year after you left her trainee scheme, you go back to the Haverbridge Echo to thank Ffion, the sub-editor whose one rule made your first big story. Make the thanks about her, and notice what her week holds.",
  homework = "Pick one person whose advice changed something for you this year and send them three lines: what they said, what you did with it, and one result they could repeat to someone else.",
  difficulty = 2,
  cast = {
    ffion = { name = "Ffion Pritchard", role = "Chief sub-editor, Haverbridge Echo; has run its trainee scheme for eleven years", portrait = "white_curls" },
  },
  start = "arrive",
  nodes = {
    arrive = {
      speaker = "narrator",
      cue = "She doesn't get up. A green folder sits under her keyboard, 'Trainee scheme: review, Thurs 10:00' written on the tab in her capitals.",
      text = "Tuesday, 10:40, the Haverbridge Echo newsroom, half the desks empty since the last round of cuts. A year ago you left the Echo's trainee scheme for a reporter's job at Radio Lune. Ffion Pritchard, chief sub-editor, sixty-one, reading glasses on a cord, is subbing page five. \"Twenty minutes,\" she says, pulling a chair over with her foot. \"Then page five wants me.\"",
      choices = {
        { id = "proper_thanks",
          text = "I've come to say thank you. Properly, and a year late.",
          to = "thanks_open",
          reply = "\"A thank-you. Now I'm worried.\"",
          feedback = "A plain, warm opening that tells her why you are here. What the thanks is for will decide whether it means anything to her." },
        { id = "folder_first",
          text = "Thursday at ten. That folder doesn't look like good news.",
          to = "folder_early", learn = { "scheme_review" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { ffion = 1 },
          reply = "She puts her hand flat on it. \"You always did read upside down.\"",
          thought = "Ten seconds in and they've seen it.",
          feedback = "You saw what was on her desk before you said a word about yourself, and said it lightly enough that she can choose whether to talk about it. The thanks will still be there in a minute." },
        { id = "big_year",
          text = "Where do I start? The job, the Delph Lane award shortlist, going live on air for the first time... it's been quite a year.",
          to = "monologue", learn = { "delph_named" },
          score = { listening = -1, empathy = -1 }, tags = { "self_focus", "miss_cue" },
          trust = { ffion = -1 },
          reply = "\"So I hear,\" she says, and glances at page five.",
          thought = "Twenty minutes, and they're starting with the award.",
          feedback = "She gave you twenty minutes with a page waiting, and you opened with your own highlights. The news will land better once she knows what it has to do with her." },
        { id = "changed_everything",
          text = "I'll be quick, I know page five's waiting. I just wanted to say thank you. For everything, really.",
          to = "vague_thanks",
          score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          reply = "\"Everything? That's a lot.\"",
          feedback = "You fitted the visit to her twenty minutes, which she will appreciate. 'Everything' does not tell her what her advice did; one detail would make the thanks something she can keep." },
      },
    },

    folder_early = {
      speaker = "ffion",
      mood = "guarded",
      cue = "She slides the folder further under the keyboard.",
      text = "Don't start me. Thursday is Thursday. You didn't come all the way over from Radio Lune for that. Go on, what's this visit for?",
      choices = {
        { id = "thursday_first",
          text = "No, go on, whatever Thursday is, it clearly matters, and I've got all morning. I'd rather spend your twenty minutes on that than on me. What is it?",
          to = "scheme", learn = { "eleven_years" },
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { ffion = -1 },
          reply = "She sighs. \"Fine. If you insist.\"",
          thought = "I said don't start me.",
          feedback = "You meant well, but she said plainly she did not want to start on Thursday, and you pressed. Say what you came for; if the folder matters, she will come back to it." },
        { id = "the_call",
          text = "For one sentence you said to me. 'Ring everyone you've named and read them their sentence.' I did, on Delph Lane.",
          to = "what_it_led", learn = { "delph_named" },
          gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude" },
          trust = { ffion = 1 },
          reply = "She takes her glasses off. \"Did you now.\"",
          thought = "My sentence. They remembered my actual sentence.",
          feedback = "You respected her 'don't start me' and answered her question with her own words, quoted back. Thanks that names exactly what she said is the kind people keep." },
        { id = "just_thanks",
          text = "Just to say thank you. For everything.",
          to = "vague_thanks",
          score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Everything's a lot.\"",
          feedback = "She asked what the visit was for, and 'everything' could follow any question. The thanks only becomes something she can hold when it names what she did." },
      },
    },

    thanks_open = {
      speaker = "ffion",
      mood = "warm",
      cue = "She pushes her glasses up into her hair, which is what she used to do before she read your copy.",
      text = "Go on, then. What for? I gave you a lot of grief, as I recall.",
      choices = {
        { id = "everything",
          text = "For everything, honestly. You made me the reporter I am.",
          to = "vague_thanks", learn = { "delph_named" },
          score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"That's kind.\"",
          feedback = "Warm, and she will be pleased for a second, but she asked 'what for?' and got an answer that could follow anything. One thing she said and what it led to would mean more than 'everything'." },
        { id = "grief_sentence",
          text = "The grief was the useful part. Especially one sentence: 'Ring everyone you've named and read them their sentence.' I did, on Delph Lane.",
          to = "what_it_led", learn = { "delph_named" },
          gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude" },
          trust = { ffion = 1 },
          reply = "She laughs. \"That sentence. Did you now.\"",
          thought = "They kept the sentence. Out of all of it.",
          feedback = "You took her joke about grief and turned it into the thanks, then named exactly what she taught you. Specific thanks tells her which of her habits to keep." },
        { id = "catch_up_first",
          text = "I'll get to that, I promise. First, though, I want to hear about you. How are you? How's the Echo doing, and who's still here from my year?",
          to = "scheme", learn = { "scheme_review", "eleven_years" },
          score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Since you ask.\" Her hand goes to the folder.",
          feedback = "Asking about her is kind, but she had just asked you a direct question, and putting it off leaves her guessing. Answer 'what for?' first; her news will come." },
      },
    },

    vague_thanks = {
      speaker = "ffion",
      mood = "thinking",
      cue = "She looks at you over her glasses, the way she looked at a story with no second paragraph.",
      text = "That's kind. Which bit, though? I'd like to know which of my lectures actually worked.",
      choices = {
        { id = "all_of_them",
          text = "Ha, all of them! Every single one.",
          to = "monologue",
          score = { listening = -1 }, tags = { "generic_reply" },
          trust = { ffion = -1 },
          reply = "\"Hm.\"",
          thought = "So nothing in particular.",
          feedback = "She asked twice now, in effect, and got a joke both times. She wants to know which piece of her teaching worked; that is worth a real answer." },
        { id = "what_was_it",
          text = "Now you're asking. What was it you always said about names?",
          to = "what_it_led", learn = { "delph_named" },
          score = { listening = -1 }, tags = { "ask_again" },
          reply = "\"'Ring everyone you've named and read them their sentence.' That one?\" She waits.",
          feedback = "You handed her question back and made her supply her own advice. Quoting it yourself would have shown it stuck." },
        { id = "the_sentence",
          text = "The sentence about ringing everyone you've named and reading them their line. I did it on Delph Lane, and it saved the story.",
          to = "what_it_led", learn = { "delph_named" },
          gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude" },
          trust = { ffion = 1 },
          reply = "\"Saved it how?\"",
          thought = "That one. Good.",
          feedback = "She asked which bit, and you gave her the exact advice and where you used it. Now the thanks tells her something about her own teaching." },
      },
    },

    monologue = {
      speaker = "ffion",
      mood = "neutral",
      cue = "Her eyes go to page five on her screen, then to the green folder, then back to you.",
      text = "Radio. Well done, you. Live on air; I'd have been sick.",
      choices = {
        { id = "keep_going",
          text = "I nearly was! The first two-way I did, the line dropped halfway through and I had to ad-lib for forty seconds about bin collections.",
          to = "catch_up",
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue", "self_focus" },
          trust = { ffion = -1 },
          reply = "She laughs politely. \"Bins. The staple.\"",
          thought = "And now bins.",
          feedback = "A good story, but her eyes had gone to her screen and her folder, and you told another. Twenty minutes is going on your year." },
        { id = "me_me",
          text = "I'm doing all the talking. That folder says Thursday. What's happening on Thursday?",
          to = "scheme", learn = { "scheme_review", "eleven_years" },
          score = { listening = 2, empathy = 1 }, tags = { "notice_cue", "perspective" },
          trust = { ffion = 1 },
          reply = "She looks at it. \"You would spot that.\"",
          thought = "They caught themselves. And they saw it.",
          feedback = "You caught yourself mid-flow and turned to what her eyes kept going to. Noticing that a conversation has become yours, and handing it back, is a rare skill." },
        { id = "back_to_thanks",
          text = "Anyway, the real reason I came was to say thank you for all of it.",
          to = "vague_thanks", when = function(state) return state.visits.vague_thanks == 0 end,
          score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"All of it?\"",
          feedback = "Back to the thanks, which is why you came, but 'all of it' still does not say what she did. Her glance at the folder was a signal worth a word too." },
      },
    },

    what_it_led = {
      speaker = "ffion",
      mood = "warm",
      cue = "You tell her the rest: the wrong date, the daughter, the letters. She listens with her chin on her hand, and closes her eyes for a second at the daughter. Then her other hand comes back to rest on the green folder.",
      text = "So the owner's daughter corrected the date you had for the inspection, and then sent you the letters. And the home's under new management now. Well. Nobody ever comes back to tell me the call worked. Anyway. Enough about my old sermons. Tell me about Radio Lune!",
      discuss = "She has just changed the subject away from herself, and her hand is on the folder. What do you answer, and why?",
      timeout = 10,
      on_timeout = "catch_up",
      timeout_score = { listening = -1 },
      timeout_feedback = "You let her change the subject to you, and the folder went back under page five. When someone turns the talk away from themselves with their hand on something, a word about it is usually welcome.",
      choices = {
        { id = "calder_news",
          text = "It's great. I'm on the breakfast bulletin, I'm producing the by-election coverage, and they've just put me on the court rota too.",
          to = "catch_up",
          score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Busy, then. Good.\"",
          feedback = "You answered her question, and it was a fair one, but she steered away from herself with her hand on the folder. A short answer and a question back would have kept room for her." },
        { id = "ffion_call",
          text = "Good. And your sentence came with me: at Radio Lune it's called 'the Ffion call'. The two juniors I train make it before anything goes out.",
          to = "ffion_call_node", learn = { "ffion_call" },
          gives = true, score = { listening = 1, value_first = 1 }, tags = { "gratitude", "share_resource" },
          trust = { ffion = 1 },
          reply = "She stares at you. \"The what?\"",
          thought = "My name on it. In a newsroom I've never set foot in.",
          feedback = "You answered her question and kept it about her: her rule, under her name, taught to two more people. That is credit she can repeat to anyone who asks what the scheme is worth." },
        { id = "hand_on_folder",
          text = "In a minute. Your hand's been on that folder the whole time I've been talking.",
          to = "scheme", learn = { "scheme_review", "eleven_years" },
          score = { listening = 2, empathy = 1 }, tags = { "notice_cue" },
          trust = { ffion = 1 },
          reply = "She takes her hand away, then puts it back. \"Has it.\"",
          thought = "Caught.",
          feedback = "You saw what her hand was doing and said so, gently, with 'in a minute' to show you would still answer her. It lets her decide whether to talk about it." },
      },
    },

    ffion_call_node = {
      speaker = "ffion",
      mood = "surprised",
      cue = "She laughs, then stops laughing, and taps the folder twice with one finger.",
      text = "The Ffion call. God help your juniors. Elliot should hear that. Elliot Baptiste: new group managing editor, from Leeds. On Thursday he decides whether there's a trainee scheme next year. Eleven years I've run it.",
      learn = { "scheme_review", "eleven_years" },
      choices = {
        { id = "he_will",
          text = "Then he'll hear it. Tell me what Thursday looks like from your side.",
          to = "scheme",
          score = { listening = 1, empathy = 1 }, tags = { "open_question", "perspective" },
          trust = { ffion = 1 },
          reply = "\"From my side.\" She thinks about that.",
          thought = "Someone asking how it looks to me. Nobody in this building has.",
          feedback = "You took her hint seriously without rushing to a fix, and asked how it looks to her. The help will fit better once you know what she is up against." },
        { id = "write_to_elliot",
          text = "Then let me email him today. I'll tell him the scheme made my career.",
          to = "over_head", learn = { "went_over" },
          gives = true, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "\"Today? Hang on.\"",
          feedback = "A generous offer, and quick. You made it before knowing what Thursday is or what she wants, and writing to her new boss behind her is not a small thing." },
        { id = "so_proud",
          text = "Eleven years! That's amazing. You must be so proud of all of us.",
          to = "reassured",
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          reply = "\"Proud. Yes.\"",
          feedback = "She told you her scheme might end on Thursday, and you heard the eleven years and not the Thursday. Celebrating it now steps past the worry she just named." },
      },
    },

    catch_up = {
      speaker = "ffion",
      mood = "neutral",
      cue = "She nods along. The folder is back under the keyboard, and she has glanced at the clock twice.",
      text = "They're working you hard, by the sound of it. Good. Was there anything else, love? Page five.",
      choices = {
        { id = "one_more",
          text = "One more thing, quickly: I've applied for the network investigations desk. Would you be a referee?",
          to = "close", learn = { "asked_favour" }, asks = true,
          score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { ffion = -1 },
          reply = "\"A referee. I suppose so.\"",
          thought = "Ah. That's what the visit was.",
          feedback = "She was wrapping up with a page waiting, and the visit you framed as thanks ended with a request. That is how she will remember it; ask another day, on its own." },
        { id = "clock_sorry",
          text = "I've talked for fifteen minutes about me. Sorry. Before you go: what's the folder?",
          to = "scheme", learn = { "scheme_review", "eleven_years" },
          score = { listening = 2, empathy = 1 }, tags = { "notice_cue" },
          trust = { ffion = 1 },
          reply = "She stops with her hand on the mouse. \"Oh, that.\"",
          thought = "Better late.",
          feedback = "You saw the clock-glances, owned the monologue in a sentence and asked about the one thing on her desk you had ignored. A late repair is still a repair." },
        { id = "let_you_go",
          text = "No, that's it. I'll let you get on. Thanks again, for everything.",
          to = "close",
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"Thank you for coming.\"",
          feedback = "You noticed she needed to get back to the page and let her go, which is considerate. The visit was mostly about you, though, and the folder never came up." },
      },
    },

    scheme = {
      speaker = "ffion",
      mood = "sad",
      cue = "She opens the folder. A printed spreadsheet, one row highlighted yellow.",
      text = function(state)
        local t = "Thursday at ten, Elliot Baptiste, the new group managing editor, decides whether there's a trainee scheme next year."
        if state.visits.ffion_call_node > 0 then t = "From my side?" end
        return t .. " His sheet says two of my nine trainees are still in journalism. 'Poor return on investment.' Eleven years. Mostly on my own evenings, if I'm honest."
      end,
      learn = { "scheme_review", "eleven_years" },
      choices = {
        { id = "mad_to_cut",
          text = "They'd be mad to cut it. You'll talk him round, you always do.",
          to = "reassured",
          score = { listening = -1, empathy = -1 }, tags = { "dismiss", "generic_reply" },
          trust = { ffion = -1 },
          reply = "\"Will I. Mm. Maybe.\"",
          thought = "Easy to say from Radio Lune.",
          feedback = "Kindly meant, but it steps past what she told you: a spreadsheet and a deadline, not a debate she can win with charm. Reassurance she cannot use leaves her alone with it." },
        { id = "this_is_why",
          text = "Honestly, this is why I left. The group only cares about clicks now; my editor at Radio Lune says the same about their owners.",
          to = "reassured",
          score = { listening = -1, empathy = -2 }, tags = { "self_focus", "topic_hijack" },
          trust = { ffion = -1 },
          reply = "\"Well. You got out.\"",
          thought = "Good for them.",
          feedback = "Her scheme, possibly ending on Thursday, became the story of why you left. She stayed; your reasons for going are no comfort to her this week." },
        { id = "spreadsheet_sting",
          text = "Eleven years of evenings, and it comes down to one row on a spreadsheet. That must sting.",
          to = "what_helps",
          score = { listening = 1, empathy = 2 }, tags = { "name_emotion", "paraphrase" },
          trust = { ffion = 1 },
          reply = "\"It does, a bit.\" She almost smiles. \"Thank you for saying so.\"",
          thought = "Yes. That's exactly it.",
          feedback = "You named what she feels in proportion, using her own details, and left it there without fixing anything yet. Being understood first makes the help easier to take." },
        { id = "one_of_two",
          text = "I'm one of the two, so the row's partly mine. What would actually help him see it on Thursday?",
          to = "what_helps",
          score = { listening = 2 }, tags = { "paraphrase", "open_question" },
          trust = { ffion = 1 },
          reply = "\"So you are.\" She looks at the row again.",
          thought = "They're in the row. Of course they are.",
          feedback = "You put yourself in her numbers as evidence rather than as news, and asked what would help instead of guessing. A word on the eleven years would have met her feeling too." },
        { id = "email_him_now",
          text = "Right. I'll email Elliot this afternoon and tell him what the scheme did for me.",
          to = "over_head", learn = { "went_over" },
          gives = true, score = { listening = -1, value_first = 1 }, tags = { "offer_help" },
          reply = "\"This afternoon? Hang on.\"",
          feedback = "Generous and fast, and it jumps to your fix before you know what she wants. Writing to her new boss, uninvited, could look as if she put you up to it." },
      },
    },

    reassured = {
      speaker = "ffion",
      mood = "guarded",
      cue = "She closes the folder and squares it against the desk edge.",
      text = "Anyway. It's not your problem, is it? Page five.",
      choices = {
        { id = "fingers_crossed",
          text = "Fair enough. Fingers crossed for Thursday, then.",
          to = "close",
          score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Thanks.\"",
          feedback = "You took 'not your problem' at its word. Said while squaring a folder, it usually means 'I didn't feel heard', not 'leave it'." },
        { id = "not_my_problem",
          text = "It's partly my problem: I'm one of his two. What would help on Thursday?",
          to = "what_helps",
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "open_question" },
          trust = { ffion = 1 },
          reply = "She opens the folder again, slowly.",
          thought = "They came back to it.",
          feedback = "She closed the folder on you, and you reopened it gently by putting yourself in her numbers and asking what would help. That undoes the brush-past." },
        { id = "referee_swap",
          text = "Then I'll leave you to it. Oh, would you be a referee for me? I'm going for the network investigations desk.",
          to = "close", learn = { "asked_favour" }, asks = true,
          score = { listening = -1, empathy = -1, value_first = -2 }, tags = { "premature_ask", "topic_hijack" },
          trust = { ffion = -1 },
          reply = "\"I... yes. Send me the details.\"",
          thought = "My scheme's being cut and they want a reference.",
          feedback = "She had just told you her eleven years might end on Thursday, and you asked for something. Asking someone who is visibly struggling, in a visit framed as thanks, costs more than the reference is worth." },
      },
    },

    over_head = {
      speaker = "ffion",
      mood = "annoyed",
      cue = "She takes her glasses off and points them at you.",
      text = "Please don't write to Elliot out of the blue. He's been here six weeks; he'll think I put you up to it, and he'd be half right.",
      choices = {
        { id = "he_should_know",
          text = "But he should know what the scheme does. If you won't tell him, someone has to.",
          to = "reassured",
          score = { listening = -1, empathy = -1 }, tags = { "dismiss" },
          trust = { ffion = -1 },
          reply = "She puts the glasses down. \"I will tell him. Thursday.\"",
          thought = "Lovely. Now I'm the one who won't speak up.",
          feedback = "She gave you a clear reason not to, and you argued. Help she has asked you not to give is not help." },
        { id = "sorry_what_would",
          text = "Fair. I jumped. What would help, and who should it go to?",
          to = "what_helps",
          score = { listening = 2, empathy = 1 }, tags = { "follow_up_question", "perspective" },
          trust = { ffion = 1 },
          reply = "\"Better.\" The glasses go back on.",
          thought = "They listened. Good.",
          feedback = "You took the correction without a defence and asked the question you skipped. Help she chooses is worth far more than help that lands on her boss's desk." },
      },
    },

    what_helps = {
      speaker = "ffion",
      mood = "thinking",
      cue = "She taps the yellow row with her pen.",
      text = "What would help? One story he can't put in a spreadsheet. What the scheme actually did, with a real name on it. Something I can hand him before ten on Thursday.",
      learn = { "needs_story" },
      choices = {
        { id = "trade",
          text = "Of course. And could you be a referee for me? I'm going for the network investigations desk; it'd mean a lot.",
          to = "close", learn = { "asked_favour", "note_promised" }, asks = true,
          score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "premature_ask", "topic_hijack" },
          trust = { ffion = -1 },
          reply = "\"Oh. Yes, all right.\" She writes something on the tab.",
          thought = "Ah. So it's a swap.",
          feedback = "You agreed to help and asked a favour in the same breath, in her worst week. It turns your note into one half of a trade; ask for the reference another day, on its own." },
        { id = "think_about_it",
          text = "Let me have a think about what I could say, and I'll get back to you.",
          to = "vague_offer",
          score = { empathy = -1, value_first = -1 }, tags = { "vague_ask" },
          reply = "\"Right.\"",
          feedback = "She told you exactly what she needs and that it must be before ten on Thursday, and got 'a think' with no date in return. A vague offer in place of the concrete one she asked for leaves her with nothing to plan around." },
        { id = "note_ffion_call",
          text = "You'll have it tomorrow night. Delph Lane, the date the daughter corrected, the inspection, and the Ffion call at Radio Lune. Signed, so he can ring me.",
          to = "your_turn", when = "ffion_call", learn = { "note_promised" },
          gives = true, score = { listening = 2, empathy = 1, value_first = 2 }, tags = { "recall_detail", "offer_help", "perspective" },
          trust = { ffion = 1 },
          reply = "\"Signed.\" She writes 'Weds' on the tab. \"Thank you.\"",
          thought = "A name and a phone number. Elliot likes phone numbers.",
          feedback = "Exactly what she asked for, in her hands with a day to spare before Thursday, with the credit she can pass on in it. A give fitted to a need and a deadline she just stated is the most useful thanks there is." },
        { id = "note_plain",
          text = "Tomorrow night, by email: Delph Lane, what your rule caught, and the two juniors I now teach it to. Signed, with my number.",
          to = "your_turn", when = "!ffion_call", learn = { "note_promised" },
          gives = true, score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "perspective" },
          trust = { ffion = 1 },
          reply = "She writes 'Weds' on the tab. \"With a number. Good.\"",
          thought = "One story, and a phone number.",
          feedback = "A concrete give fitted to what she asked and to her deadline: one story, a real name, a day before Thursday. The juniors are credit she can pass on." },
      },
    },

    vague_offer = {
      speaker = "ffion",
      mood = "neutral",
      cue = "She has started reading page five again, out of the corner of her eye.",
      text = "Thursday, ten o'clock. If you think of something.",
      choices = {
        { id = "will_do",
          text = "Will do. Good luck with it.",
          to = "close",
          score = { listening = -1 }, tags = { "generic_reply" },
          reply = "\"Thanks.\"",
          feedback = "She repeated the deadline, and you answered with a line that fits anything. Without a date of your own, 'will do' rarely gets done." },
        { id = "be_specific",
          text = "Sorry, that was woolly. Tomorrow night: the Delph Lane story, what your rule caught, signed. You'll have it before Thursday.",
          to = "your_turn", learn = { "note_promised" },
          gives = true, score = { listening = 1, empathy = 1, value_first = 2 }, tags = { "offer_help", "perspective" },
          trust = { ffion = 1 },
          reply = "She turns back from the screen. \"Now you're talking.\"",
          thought = "That's better.",
          feedback = "You heard 'if you think of something' for what it was and replaced the vague offer with content and a date that beats her Thursday. That is the give she asked for." },
      },
    },

    your_turn = {
      speaker = "ffion",
      mood = "warm",
      cue = "She sits back, glasses in her hair again, and looks at you properly for the first time.",
      text = "Now: you. I've talked about my folder for ten minutes and haven't asked a thing. What's next for you?",
      choices = {
        { id = "long_answer",
          text = "Well, I've applied for the network investigations desk. Six stages, a portfolio, a live test. I could talk you through the portfolio if you've a minute?",
          to = "close",
          score = { listening = -1, empathy = -1 }, tags = { "self_focus" },
          reply = "She glances at the clock. \"Go on, briefly.\"",
          feedback = "She asked, so an answer is fine, but you turned it into a walk-through of your portfolio with page five waiting. One sentence about you and a word about her clock would have fitted." },
        { id = "short_answer",
          text = "Network investigations, if they'll have me. Long shot. You've got page five in four minutes.",
          to = "close",
          score = { listening = 1, empathy = 1 }, tags = { "respect_time" },
          trust = { ffion = 1 },
          reply = "She laughs. \"Three. But who's counting.\"",
          thought = "They're still watching my clock for me.",
          feedback = "A real answer in one line, then her time back. Keeping your own news short on a visit that is about her is what keeps it a thank-you." },
        { id = "efe",
          text = "Later. Who's the trainee this year?",
          to = "close",
          score = { listening = -1 }, tags = { "miss_cue" },
          reply = "\"Efe. Good, when they stop apologising. You didn't answer me.\"",
          feedback = "Turning the question back to her work is generous in spirit, but she had just asked about you, deliberately, after ten minutes on her. A one-line answer lets her give something too." },
      },
    },

    close = {
      speaker = "ffion",
      mood = "neutral",
      cue = "She stands, tucks the folder under her arm and looks towards the editor's glass box, where the page-five meeting is gathering.",
      text = "Right. Anything I can do for you, while you're here?",
      choices = {
        { id = "referee_close",
          text = "Actually, yes: would you be a referee for the network job? I'll send you the details tonight.",
          to = after_close, can_go = { "wednesday", "your_year", "touched" }, when = "!asked_favour", learn = { "asked_favour" }, asks = true,
          score = { listening = -1, value_first = -1 }, tags = { "premature_ask", "miss_cue" },
          trust = { ffion = -1 },
          reply = "\"Send them, then,\" she says, already walking.",
          thought = "There it is.",
          feedback = "She said it on her feet, heading for a meeting: a polite formula, not an invitation. A specific ask there still reads as the real reason for the visit." },
        { id = "nothing_good_luck",
          text = "Nothing. This one was for you. Go and fix page five.",
          to = after_close, can_go = { "wednesday", "your_year", "touched" },
          score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          reply = "\"I'll fix it.\" She squeezes your shoulder on the way past.",
          thought = "For me. Well.",
          feedback = "You read 'anything I can do' as the goodbye it was and let her go to her meeting. Keeping the visit free of a request is what makes it a thank-you." },
        { id = "keep_in_touch",
          text = "Just keep in touch, yeah? Maybe a coffee next time I'm in Haverbridge.",
          to = after_close, can_go = { "wednesday", "your_year", "touched" }, asks = true,
          score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "\"Course.\"",
          feedback = "Friendly, but it is a vague ask, a coffee with no date, put to her as she heads for a meeting. 'Nothing, go' would have been the lighter gift." },
      },
    },

    wednesday = {
      speaker = "narrator",
      text = "Wednesday, 10:50 pm. You are back from the late bulletin at Radio Lune with cold chips and the promised note to Ffion not yet written. Thursday's meeting is at ten.",
      choices = {
        { id = "generic_note",
          text = "(Write:) \"Ffion Pritchard is an inspirational mentor and the trainee scheme changed my life. I can't recommend it highly enough.\"",
          to = after_note, can_go = { "in_the_room", "useful" }, learn = { "note_generic" },
          gives = true, score = { listening = -1, value_first = 1 }, tags = { "follow_through" },
          reply = "Sent at 10:58 pm.",
          feedback = "You kept the promise, which counts. But she asked for one story a spreadsheet cannot hold, and this is a testimonial Elliot has read a hundred times." },
        { id = "morning",
          text = "(It can go first thing tomorrow. Eat the chips.)",
          to = "touched", learn = { "note_late" },
          score = { empathy = -1, value_first = -1 },
          trust = { ffion = -1 },
          reply = "You send it at 9:52 on Thursday, from the bus.",
          thought = "Eight minutes before. Too late to print.",
          feedback = "Her meeting is at ten, and a note eight minutes before it is too late for her to use. A note promised for Wednesday night is worth more than a better one on Thursday morning." },
        { id = "full_note",
          text = "(Write:) \"Delph Lane, March last year. Ffion's rule: ring everyone named and read them their sentence. The owner's daughter corrected an inspection date that would have put us in court, then gave me the letters. Two juniors at Radio Lune now make 'the Ffion call'. Ring me: 07700 900 318.\"",
          to = after_note, can_go = { "in_the_room", "useful" }, when = "needs_story", learn = { "note_full" },
          gives = true, score = { listening = 2, value_first = 2 }, tags = { "follow_through", "recall_detail" },
          trust = { ffion = 1 },
          reply = "Sent at 11:14 pm, to Ffion only.",
          thought = "One story, a name and a number. Exactly.",
          feedback = "Kept on the night, and built on her own words: one story, a real name, a way for Elliot to check it. That is a note she can hand over without editing." },
        { id = "straight_to_elliot",
          text = "(Skip Ffion: write it to Elliot Baptiste directly, copying the group editor-in-chief, so it carries more weight.)",
          to = "useful", learn = { "note_elliot" },
          score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { ffion = -1 },
          reply = "Sent at 11:20 pm, to two people you have never met.",
          thought = "I asked them to send it to me.",
          feedback = "You wrote it, but not the note you promised her: it went over her head, to the people she asked you not to surprise. Help that goes where she did not ask can cost her more than it gives." },
      },
    },

    -- Endings. Their texts claim only what happened on the route.
    in_the_room = {
      speaker = "narrator",
      text = function(state)
        local t = "Thursday, 11:40, a missed call from a Leeds number, then a text from Ffion: \"Read him your note out loud. He rang your number from the meeting. Scheme stays for a year, 'on review'. I'll take a year.\""
        if state.facts.ffion_call then
          t = t .. " Then, a minute later: \"He asked what a Ffion call was. I've never enjoyed explaining anything more.\""
        end
        return t
      end,
      ending = "in_the_room",
      grade = "good",
    },
    useful = {
      speaker = "narrator",
      text = function(state)
        if state.facts.note_elliot then
          return "Elliot replies to you politely on Thursday. Ffion doesn't reply at all; a week later you hear the scheme is 'paused', and that she was asked in the meeting whether she had organised a letter-writing campaign."
        end
        local t = "Ffion thanks you by text on Thursday: \"It went in the folder.\" The scheme is 'paused pending review'."
        if state.facts.asked_favour then
          t = t .. " The reference arrives a fortnight later, correct and brief. You are not sure which of the two things she remembers the visit for."
        elseif state.facts.note_generic then
          t = t .. " You wonder whether one story would have done more than all those adjectives."
        end
        return t
      end,
      ending = "useful",
      grade = "mixed",
    },
    touched = {
      speaker = "narrator",
      text = function(state)
        if state.facts.note_late then
          return "Your note arrives as the meeting starts; Ffion reads it afterwards and thanks you kindly. The scheme is 'paused pending review'. She kept your note anyway, she says."
        end
        local t = "Ffion texts that evening: \"Lovely to see you.\""
        if state.facts.delph_named then t = "That evening Ffion texts: \"Thank you for coming. Nobody ever does.\"" end
        t = t .. " On Friday you hear the trainee scheme has been paused."
        if state.facts.scheme_review then
          return t .. " You think of the yellow row, and of the one story she asked for."
        end
        return t .. " So that was the folder on her desk."
      end,
      ending = "touched",
      grade = "mixed",
    },
    your_year = {
      speaker = "narrator",
      text = function(state)
        if state.facts.asked_favour then
          return "Ffion's reference arrives a fortnight later: accurate, brief, two lines. On Friday you hear the Echo's trainee scheme has been cut. She never mentions it to you."
        end
        if state.facts.scheme_review then
          return "Ffion was pleased to see you, she'll say if asked. On Friday you hear the Echo's trainee scheme has been cut, one row of a spreadsheet after eleven years."
        end
        return "Ffion was pleased to see you, she'll say if asked. On Friday you hear the Echo's trainee scheme has been cut; you realise the folder on her desk must have been about it."
      end,
      ending = "your_year",
      grade = "poor",
    },
  },
  debrief = {
    listening = "Listen for what a mentor is carrying now: here a folder with a date on its tab was on her desk from the first second. Thanks land best once you have heard that, and anything you write for her is most useful when it is built from her exact words about what she needs.",
    empathy = "A year on, the mentor's life has moved too. Naming what a setback feels like in proportion, fitting your visit to her clock, and keeping your own news to a line all keep a thank-you about the person being thanked.",
    value_first = "Thanks is a give when it names what she said and what it led to; it becomes more when it is something she can use, such as credit under her name or a story for her boss. Any request, even a reasonable one, turns that visit into a trade: ask another day.",
  },
}
