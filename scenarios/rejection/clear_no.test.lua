-- Expectations for clear_no.lua: `rapport test scenarios/rejection/clear_no.lua` runs them.
return {
  { name = "offer first, ask clearly, take the no, keep the promise", choices = "1,1,1,1,1,1,1,1,1",
    outcome = "door_open", skills = { empathy = { raw = 8, percent = 100 } } },
  { name = "give and never ask tonight", choices = "1,2,1,2", outcome = "door_open" },
  { name = "vague ask gets a vague yes", choices = "1,3,2", outcome = "vague_promise" },
  { name = "ask first, argue with the no", choices = "2,2,2", outcome = "bridge_burned" },
  { name = "ask first, push for the CV, then use his name", choices = "2,4,2", outcome = "bridge_burned" },
  { name = "ask first, recover after pushing", choices = "2,1,2,1,1,1", outcome = "polite_exit" },
  { name = "the speaker offer is hidden once made", from = "graceful", facts = { "needs_speaker", "offered_talk" },
    choices = "1,2", outcome = "door_open" },
}
