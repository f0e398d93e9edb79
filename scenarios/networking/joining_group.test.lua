-- Expectations for joining_group.lua: `rapport test scenarios/networking/joining_group.lua` runs them.
return {
  { name = "enter through the gap, make room for Lena, connect her to Priya", choices = "3,2,2,2,2,2,2,2,1",
    outcome = "in_the_circle", skills = { listening = { raw = 9 }, value_first = { raw = 4 } } },
  { name = "barging in and carrying on", choices = "2,1,2", outcome = "elbowed_out",
    skills = { listening = { raw = -5, percent = 0 } } },
  { name = "hovering, then giving up", choices = "1,3", outcome = "never_joined" },
  { name = "missing Lena twice, finding her at the end", choices = "3,2,2,3,2,3,2,2", outcome = "quiet_connection" },
  { name = "captured by the founder's pitch", choices = "3,1,1,2", outcome = "stuck_with_one" },
  { name = "asking Priya for her time in the first five minutes", choices = "3,2,2,1",
    skills = { value_first = { raw = -3 } } },
}
