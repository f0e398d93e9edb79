-- Expectations for fixture.lua, run by `rapport test`.
return {
  { name = "give, then a specific ask", choices = "1,1,1", outcome = "connected",
    skills = { listening = { raw = 2 }, value_first = { raw = 1, percent = 100 } } },
  { name = "asking first costs", choices = { 2 }, outcome = "missed",
    skills = { value_first = { raw = -2, percent = 0 } } },
  { name = "hesitating", choices = "1,t", outcome = "missed" },
  { name = "late scene", from = "ask", facts = { "pipeline" }, trust = { sam = 2 },
    choices = "1", outcome = "connected" },
  { name = "out of range", choices = "1,9", error = "showed 2 choices" },
}
