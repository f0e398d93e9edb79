-- Expectations for joining_group.lua: `rapport test scenarios/networking/joining_group.lua` runs them.
-- Choice numbers are in the author's order (scripted runs are not shuffled).
return {
  { name = "enter through the gap, make room for Lena, connect her to Priya, one invited ask",
    choices = "2,3,2,1,1,4,2,1,1,4", outcome = "in_the_circle",
    skills = { listening = { raw = 11 }, empathy = { raw = 7 }, value_first = { raw = 5 } } },
  { name = "barging in and carrying on", choices = "1,3,1", outcome = "elbowed_out",
    skills = { listening = { raw = -5 } } },
  { name = "hovering, then giving up", choices = "3,2", outcome = "never_joined" },
  { name = "missing Lena twice, finding her at the end", choices = "2,3,2,1,3,1,2,1",
    outcome = "quiet_connection" },
  { name = "captured by the founder's pitch", choices = "2,2,3,1", outcome = "stuck_with_one" },
  { name = "asking Priya for her time in the first five minutes, then pressing", choices = "2,3,2,2,1,2,1",
    outcome = "stuck_with_one", skills = { value_first = { raw = -5 } } },
  { name = "politeness is not an invitation: the ask as she lifts her coat", choices = "2,3,2,1,3,1,3",
    outcome = "pleasant_but_thin", skills = { value_first = { raw = -2 } } },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
