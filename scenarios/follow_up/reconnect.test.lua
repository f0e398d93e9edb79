-- Expectations for reconnect.lua: `rapport test scenarios/follow_up/reconnect.lua` runs them.
-- Choice numbers are in the author's order (a scripted run without --seed is not shuffled).
return {
  { name = "own it, ask how she is, offer a rehearsal, promise a check-in", choices = "3,2,3,2,3,1,2,1,3",
    outcome = "reconnected", skills = { empathy = { raw = 7 }, value_first = { raw = 4 } } },
  { name = "give twice, then one small ask", choices = "3,2,5,2,1,2,2,2", outcome = "reconnected",
    skills = { value_first = { raw = 9 } } },
  { name = "open with the ask, then ask again", choices = "1,1,1", outcome = "no_reply",
    skills = { value_first = { raw = -8 } } },
  { name = "pretend nothing happened, then ask", choices = "1,3,2,3", outcome = "transactional" },
  { name = "a long apology, then more guilt", choices = "1,2,1", outcome = "fizzled" },
  { name = "too awkward to write", choices = "3,3", outcome = "still_silent" },
  { name = "recover from the ask, but close with nothing planned", choices = "1,1,3,2,3,2,2",
    outcome = "cordial" },
  { name = "ask the date again, then recover with a check-in", choices = "3,2,3,1,1,3,3,1,4,2",
    outcome = "reconnected" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
