-- Expectations for within_48h.lua: `rapport test scenarios/follow_up/within_48h.lua` runs them.
return {
  { name = "heard everything, wrote it all back", choices = "1,2,1,1,2,1,1,1,1,2,2,1,1,1,1",
    outcome = "warm_reply", skills = { value_first = { raw = 8, percent = 100 } } },
  { name = "listened a little, wrote a plain email", choices = "1,3,2,1,2,3,1,3,1,2,1,1",
    outcome = "polite_reply" },
  { name = "talked about yourself, wrote a generic email", choices = "3,2,3,2,1,3,3,2,3,2,1",
    outcome = "forgotten" },
  { name = "a good draft left in drafts", choices = "1,1,1,1,2,1,1,1,1,1,1,2", outcome = "never_sent" },
  { name = "the template line needs the promise", from = "value", facts = { "promised_template" },
    trust = { noor = 4 }, choices = "1,2,2,1", outcome = "warm_reply" },
  { name = "no promise: choice 1 at value is the open offer", from = "value", trust = { noor = 0 },
    choices = "1,2,2,1", outcome = "polite_reply" },
}
