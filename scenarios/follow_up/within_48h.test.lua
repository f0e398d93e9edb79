-- Expectations for within_48h.lua: `rapport test scenarios/follow_up/within_48h.lua` runs them.
-- Choice numbers are in the author's order (a scripted run without --seed is not shuffled).
return {
  { name = "heard everything, wrote it all back", choices = "3,4,2,1,2,1,3,2,4,3,2,2,1",
    outcome = "warm_reply", skills = { listening = { raw = 11 }, empathy = { raw = 3 }, value_first = { raw = 8 } } },
  { name = "asked, took the book tip, thanked her for it", choices = "4,2,2,2,2,2,3,4,3,2,4,4,1,1",
    outcome = "warm_reply" },
  { name = "listened a little, wrote a plain email", choices = "4,1,1,1,3,1,3,1,1,3,2,1",
    outcome = "polite_reply" },
  { name = "talked about yourself, wrote a generic email", choices = "2,1,3,3,3,2,3,2,3,1,1",
    outcome = "forgotten" },
  { name = "a good email that ends on a job question", choices = "3,4,2,1,3,3,3,4,3,1,2,1",
    outcome = "job_enquiry" },
  { name = "a good draft left in drafts", choices = "3,4,2,1,3,3,3,4,3,2,2,2", outcome = "never_sent" },
  { name = "a good email sent on Monday earns a polite reply at best", choices = "3,4,2,1,1,3,3,3,3,2,2,1",
    outcome = "polite_reply" },
  { name = "the template lines need the promise", from = "value", facts = { "promised_template" },
    trust = { noor = 4 }, choices = "3,2,2,1", outcome = "warm_reply" },
  { name = "without the promise the last body line is the article", from = "value",
    facts = { "time_not_money" }, trust = { noor = 4 }, choices = "3,2,2,1", outcome = "polite_reply" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
