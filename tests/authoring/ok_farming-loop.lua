-- Loops that cannot be farmed: the question that earns listening shows only
-- until the loop teaches its answer (when = "!data"); going round `again`
-- costs as much as it earns; and the route out of `more` is a function that
-- leads back only the first time (checked by playing the loop twice).
return { format = 1, id = "w.ok", title = "W", start = "demo", cast = { ana = { name = "Ana" } }, nodes = {
  demo = { speaker = "ana", text = "That's the demo.", choices = {
    { text = "What was the hardest part?", to = "story", when = "!data", score = { listening = 1 }, feedback = "An open question." },
    { text = "Sorry, what was it called again?", to = "again", score = { listening = -1 }, feedback = "She told you a minute ago." },
    { text = "How long did the flow take to build?", to = "more", score = { listening = 1 }, reply = "Ha. Months.", feedback = "A question about her work." },
    { text = "Thanks, bye.", to = "e", score = { empathy = 1 }, gives = true, feedback = "A polite close." } } },
  story = { speaker = "ana", text = "The data, mostly.", learn = { "data" }, choices = {
    { text = "Could you show me the demo again?", to = "demo", feedback = "Fair enough, once." } } },
  again = { speaker = "ana", text = "Tally. Anyway.", choices = {
    { text = "Tally, right. It was clear once you showed the flow.", to = "demo", score = { listening = 1 }, reply = "Yes! Exactly.", feedback = "You picked it back up." } } },
  more = { speaker = "ana", text = "Three months, two rewrites.", choices = {
    { text = "Worth it, from what I saw.", reply = "Thanks.", feedback = "Kind and true.",
      to = function(state) if state.visits.more > 1 then return "e" end return "demo" end, can_go = { "demo", "e" } } } },
  e = { text = "bye", ending = "done" } } }
