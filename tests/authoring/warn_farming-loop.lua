-- Asking again and again about the demo earns listening each round: a player
-- who loops between `demo` and `story` farms points no conversation earns.
return { format = 1, id = "w.x", title = "W", start = "demo", cast = { ana = { name = "Ana" } }, nodes = {
  demo = { speaker = "ana", text = "That's the demo.", choices = {
    { text = "What was the hardest part?", to = "story", score = { listening = 1 }, feedback = "An open question." },
    { text = "Thanks, bye.", to = "e", score = { empathy = 1 }, gives = true, feedback = "A polite close." } } },
  story = { speaker = "ana", text = "The data, mostly.", choices = {
    { text = "Could you show me the demo again?", to = "demo", feedback = "Fair enough, once." } } },
  e = { text = "bye", ending = "done" } } }
