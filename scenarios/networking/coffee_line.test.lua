-- Expectations for coffee_line.lua: `rapport test scenarios/networking/coffee_line.lua` runs them.
-- Choice numbers are in the author's order (scripted runs are not shuffled).
return {
  { name = "notice the cups, name the feeling, give, then one invited small ask",
    choices = "2,3,4,2,3,1,2,2,1,2", outcome = "connected",
    skills = { listening = { raw = 9, percent = 100 }, empathy = { raw = 6 }, value_first = { raw = 7, percent = 100 } } },
  { name = "a job question, then a CV after she steps back", choices = "1,2,1", outcome = "brushed_off",
    skills = { value_first = { raw = -7 } } },
  { name = "waiting by the window, then going home", choices = "4,1", outcome = "left_early" },
  { name = "politeness is not an invitation: asking as she picks up her bag", choices = "3,1,1,1,2",
    outcome = "pleasant_chat", skills = { value_first = { raw = -3 } } },
  { name = "recovering from a premature ask by giving; the coffee is agreed but not the contact",
    choices = "1,2,3,2,2,1,2", outcome = "pleasant_chat", skills = { value_first = { raw = 2 } } },
  { name = "matching her stress with yours", choices = "2,3,2,2,1", outcome = "drifted_apart" },
  { name = "late scene: recall she is new in town after giving", from = "call_to_talk",
    facts = { "maya_new_in_town", "script_offered" }, choices = "2", outcome = "connected",
    skills = { listening = { raw = 1 } } },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
