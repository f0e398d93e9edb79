-- Expectations for reconnect.lua: `rapport test scenarios/follow_up/reconnect.lua` runs them.
return {
  { name = "own it, ask how she is, offer a rehearsal, promise a check-in", choices = "1,1,1,1,1,1,1,1",
    outcome = "reconnected", skills = { empathy = { raw = 7, percent = 100 } } },
  { name = "give twice, then one small ask", choices = "1,1,2,1,2,1,1,2", outcome = "reconnected",
    skills = { value_first = { raw = 5, percent = 100 } } },
  { name = "open with the ask, then ask again", choices = "1,1,4,2", outcome = "no_reply",
    skills = { value_first = { raw = -6 } } },
  { name = "pretend nothing happened, then ask", choices = "2,2,3,2", outcome = "transactional" },
  { name = "a long apology, then more guilt", choices = "2,4,2", outcome = "fizzled" },
  { name = "too awkward to write", choices = "1,2", outcome = "still_silent" },
  { name = "recover from the ask, but close flat", choices = "2,3,1,1,1,3,4", outcome = "cordial" },
}
