-- Expectations for after_the_talk.lua: `rapport test scenarios/rejection/after_the_talk.lua` runs them.
return {
  { name = "listen in the queue, ask how, give the template, then a small ask", choices = "1,1,1,1,1,1,1",
    outcome = "door_open", skills = { listening = { raw = 7 }, value_first = { raw = 4, percent = 100 } } },
  { name = "a cold but small ask still opens the door, and costs value_first", choices = "1,1,1,1,1,2",
    outcome = "door_open", skills = { value_first = { raw = -2 } } },
  { name = "frozen at the front: both timeouts run out", choices = "1,1,1,t,t", outcome = "ran_out_of_time" },
  { name = "time runs out while she explains", choices = "1,1,1,1,t,t", outcome = "ran_out_of_time" },
  { name = "dithering, then a bare connection request", choices = "3,2", outcome = "never_spoke",
    skills = { value_first = { raw = -3 } } },
  { name = "jumping the line and pressing", choices = "2,2,2", outcome = "brushed_off" },
  { name = "mentoring ask, then bargaining", choices = "1,2,3,2", outcome = "brushed_off",
    skills = { value_first = { raw = -5 } } },
  { name = "the template offer needs the overheard fact", from = "deeper", choices = "1,1",
    facts = { "wants_templates" }, outcome = "door_open" },
  { name = "without the fact, choice 1 at deeper is the email ask", from = "deeper", choices = "1",
    outcome = "door_open" },
}
