---@type rapport.Scenario
return {
  format  = 1,
  id      = "tutorial.hallway",
  title   = "The hallway",
  family  = "tutorial",
  summary = "You pass Priya, who presented this morning, in the hallway.",
  difficulty = 1,
  cast    = { priya = { name = "Priya Nair", role = "Data scientist" } },
  start   = "pass",
  nodes   = {
    pass = {
      speaker = "priya",
      cue     = "She is carrying her laptop and looks relieved.",
      text    = "Phew. Glad that is over. The projector died twice.",
      learn   = { "projector" },
      choices = {
        { text = "Your churn demo was the clearest part of the morning.",
          to = "pleased", score = { listening = 1, empathy = 1 }, tags = { "celebrate" },
          trust = { priya = 1 },
          feedback = "Specific praise shows you were there for her talk, not just passing by." },
        { text = "Great talk! Hey, while I have you, could you look at my CV sometime this week?",
          to = "busy", asks = true, tags = { "premature_ask" }, trust = { priya = -1 },
          feedback = "Asking before showing any interest in her turns the moment into a transaction." },
      },
    },
    pleased = {
      speaker = "priya",
      text = "Thank you! I was sure nobody followed the second half.",
      choices = {
        { text = "You kept going when the projector died. That took nerve.", when = "projector",
          to = "open_up", score = { listening = 1, empathy = 1 }, tags = { "recall_detail", "name_emotion" },
          trust = { priya = 1 },
          feedback = "You remembered what she said a minute ago and named what it cost her." },
        { text = "I followed most of it. What was the model trained on, again?",
          to = "open_up", score = { listening = -1 }, tags = { "ask_again" },
          reply = "Support tickets. I did say that, twice.",
          feedback = "She covered that on stage; asking again tells her you drifted off." },
      },
    },
    open_up = {
      speaker = "priya",
      text = "Honestly the hard part is getting labelled data. We beg other teams for it.",
      learn = { "needs_labels" },
      choices = {
        { text = "Our support team tags every ticket by reason. I can ask if they'd share.",
          to = "offer", gives = true, score = { empathy = 1 }, tags = { "offer_help" },
          trust = { priya = 1 },
          feedback = "An offer that fits her actual problem is worth more than any compliment." },
        { text = "Data is always the hard part, isn't it?",
          to = "offer", tags = { "generic_reply" }, reply = "I suppose so.",
          feedback = "Agreeable, but it could follow any sentence; it adds nothing she can use." },
      },
    },
    offer = {
      speaker = "priya",
      text = function(state)
        if state.trust.priya >= 2 then return "That would be amazing. Can I take your email?" end
        return "Anyway, I should get going."
      end,
      choices = {
        { text = "Sure. And if you ever had twenty minutes, I'd love to hear how you got into modelling.",
          asks = true, to = "warm", score = { value_first = 1 }, tags = { "specific_ask" },
          feedback = "A small, specific ask that is easy to decline, after you offered help first." },
        { text = "Of course. Good luck with the next one!", to = "friendly",
          feedback = "Warm and easy; you leave without the follow-up you wanted, which is fine." },
      },
    },
    busy     = { speaker = "priya", text = "Sorry, I have to run.", ending = "missed", grade = "poor" },
    friendly = { speaker = "priya", text = "Thanks, see you around!", ending = "friendly", grade = "mixed" },
    warm     = { speaker = "priya", text = "Happily. Send me a note next week.", ending = "connected", grade = "good" },
  },
  debrief = {
    listening   = "Bring back something they said a minute ago; it proves you were there.",
    empathy     = "Name what a moment cost them, briefly, without making it dramatic.",
    value_first = "Offer something that fits their problem before you ask for anything.",
  },
}
