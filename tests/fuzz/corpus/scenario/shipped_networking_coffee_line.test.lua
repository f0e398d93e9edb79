-- Expectations for coffee_line.lua: `rapport test scenarios/networking/coffee_line.lua` runs them.
return {
  { name = "listen, name the feeling, give, then one small ask", choices = "3,2,3,2,2,3,3,3,2,1",
    outcome = "connected",
    skills = { listening = { raw = 8, percent = 100 }, empathy = { raw = 8 }, value_first = { raw = 5 } } },
  { name = "CV first, job question, then a second ask", choices = "1,1,1", outcome = "brushed_off",
    skills = { value_first = { raw = -6, percent = 0 } } },
  { name = "waiting by the wall, then going home", choices = "2,1", outcome = "left_early" },
  { name = "recovering from a premature ask by giving", choices = "1,1,2,2,3,2,3", outcome = "pleasant_chat",
    skills = { value_first = { raw = 1 } } },
  { name = "matching her stress with yours", choices = "3,2,2,3,2", outcome = "drifted_apart" },
  { name = "late scene: recall she is new in town", from = "call_to_talk", facts = { "maya_new_in_town" },
    choices = "1", outcome = "connected", skills = { listening = { raw = 1 } } },
}
