-- Expectations for hallway.lua: `rapport test docs/tutorial/hallway.lua` runs them.
return {
  { name = "the best path", choices = "1,1,1,1", outcome = "connected",
    skills = { listening = { raw = 2 }, empathy = { raw = 3 }, value_first = { raw = 2, percent = 100 } } },
  { name = "asking first", choices = "2", outcome = "missed",
    skills = { value_first = { raw = -2 } } },
  { name = "no help offered, then leaving", choices = "1,2,2,2", outcome = "friendly" },
  { name = "late scene with enough trust", from = "offer", trust = { priya = 2 },
    choices = "1", outcome = "connected" },
}
