-- A tiny scenario for the window's tests: a cue, a timed node, a fact recalled
-- later, a gives and an asks choice, two cast members and three endings.
return {
  format = 1,
  id = "uitest.tiny",
  title = "The hallway chat",
  family = "uitest",
  summary = "Sam from design stops you in the hallway after a long meeting.",
  difficulty = 1,
  cast = {
    sam = { name = "Sam Ortega", role = "Senior designer, payments team" },
    lee = { name = "Lee Park", role = "Engineering manager" },
  },
  start = "hello",
  nodes = {
    hello = {
      speaker = "sam",
      cue = "Sam rubs their eyes and sighs.",
      text = "That meeting went on forever. I still have the checkout mock-ups to finish tonight.",
      learn = { "mockups_tonight" },
      discuss = "Sam is tired and behind. What does Sam need from you right now?",
      choices = {
        { text = "Sounds like a long day. Anything I can take off your plate?",
          to = "offer", gives = true, score = { empathy = 1, value_first = 1 },
          trust = { sam = 1 }, tags = { "offer_help" },
          feedback = "Naming the long day and offering help shows you noticed how Sam feels." },
        { text = "Could you review my slides before Friday?",
          to = "asked", asks = true, score = { listening = -1 },
          trust = { sam = -1 }, tags = { "premature_ask" },
          feedback = "Asking for time right after Sam said they have none ignores what they told you." },
        { text = "Which meeting?",
          to = "asked", score = { listening = -1 }, tags = { "miss_cue" },
          feedback = "Sam just told you; asking again shows you were not listening." },
      },
    },
    offer = {
      speaker = "sam",
      text = "Honestly? If you could check the copy on the error screens, that would help.",
      timeout = 30, on_timeout = "lee_arrives",
      choices = {
        { text = "Happy to. Send them over and I will look tonight.",
          to = "lee_arrives", gives = true, score = { value_first = 1 }, trust = { sam = 1 },
          feedback = "A concrete yes with a time makes the offer real." },
        { text = "Before the mock-ups are due tonight? Sure, I will do it first.",
          to = "lee_arrives", when = "mockups_tonight", score = { listening = 2 },
          trust = { sam = 2 }, tags = { "recall_detail" },
          feedback = "Recalling the deadline Sam mentioned shows you were listening." },
      },
    },
    asked = {
      speaker = "sam", text = "I really do not have time this week. Sorry.",
      choices = {
        { text = "No problem, another time.", to = "cool_end", score = { empathy = 1 },
          feedback = "Letting it go gracefully keeps the door open." },
      },
    },
    lee_arrives = {
      speaker = "lee",
      text = "Sam, there you are. Do you two know each other?",
      choices = {
        { text = "We were just talking about the checkout screens. Could you introduce me to the payments lead?",
          to = "warm_end", asks = true, score = { listening = 1 },
          feedback = "After giving help, a specific ask lands well." },
        { text = "Not really. Bye.", to = "cool_end", score = { empathy = -1 },
          feedback = "Walking away ends the connection you just built." },
      },
    },
    warm_end = { speaker = "narrator", text = "Lee smiles and promises an introduction.", ending = "connected", grade = "good" },
    cool_end = { speaker = "narrator", text = "Sam nods and heads back to their desk.", ending = "missed", grade = "poor" },
  },
  debrief = {
    listening = "Recall what people tell you: it is the proof you listened.",
    empathy = "Name what you notice before you move on.",
    value_first = "Offer something concrete before you ask.",
  },
}
