-- Misspelt keys read inside functions: `state.facts.roterdam_friday` is
-- always false and `state.trust.Dana` always nil, so the lines below never
-- change. `rapport test` plays every function and names both.
return { format = 1, id = "w.state", title = "W", start = "a", cast = { dana = { name = "Dana" } }, nodes = {
  a = { speaker = "dana", text = "I'm in Rotterdam on Friday.", learn = { "rotterdam_friday" }, choices = {
    { text = "Good luck there.", to = "e", score = { empathy = 1 }, gives = true, feedback = "Warm." } } },
  e = { speaker = "dana",
    text = function(state)
      if state.facts.roterdam_friday then return "See you after Rotterdam." end
      if (state.trust.Dana or 0) > 0 then return "Thanks!" end
      return "Bye."
    end,
    ending = "done" } } }
