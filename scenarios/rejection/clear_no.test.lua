-- Expectations for clear_no.lua: `rapport test scenarios/rejection/clear_no.lua` runs them.
-- Choice numbers are in the author's order (a scripted run without --seed is not shuffled).
return {
  { name = "help, listen, offer the talk, ask clearly, take the no, keep the promise",
    choices = "2,3,2,2,2,3,4,3", outcome = "door_open",
    skills = { listening = { raw = 6 }, empathy = { raw = 5 }, value_first = { raw = 7 } } },
  { name = "give and never ask tonight", choices = "2,3,2,3", outcome = "door_open" },
  { name = "offer first, take the no, leave without more", choices = "2,3,2,2,2,3,3,3", outcome = "door_open" },
  { name = "ask first, take the no well, give once he mentions the gap", choices = "3,3,3,1",
    outcome = "door_open" },
  { name = "take the no well but give nothing", choices = "3,3,4,4", outcome = "polite_exit" },
  { name = "announce a job hunt, then a vague ask", choices = "1,3", outcome = "vague_promise" },
  { name = "ask first, argue with the no", choices = "3,1,3", outcome = "bridge_burned" },
  { name = "ask first, push for the CV, then use his name", choices = "3,2,3", outcome = "bridge_burned" },
  { name = "ask first, push, recover, nothing to offer", choices = "3,1,2,1", outcome = "polite_exit" },
  { name = "push, recover and offer: the door is only ajar", choices = "4,3,1,2,1,2,1,1",
    outcome = "door_ajar" },
  { name = "the speaker offer is hidden once made", from = "graceful",
    facts = { "needs_speaker", "offered_talk" }, choices = "4,1", outcome = "door_open" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
