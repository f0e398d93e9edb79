-- Expectations for report_back.lua: `rapport test scenarios/mentor/report_back.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "ask about payouts, celebrate the talk, numbers, the honest catch, your share, the numbers for his talk, just thanks",
    choices = "2,2,2,2,2,1,2,2,1,2", outcome = "warm_thanks",
    skills = { listening = { raw = 8 }, empathy = { raw = 5 }, value_first = { raw = 7 } } },
  { name = "the same meeting, ending in the small, dated ask he invited", choices = "2,2,2,2,2,1,2,2,1,1",
    outcome = "small_ask", skills = { value_first = { raw = 9 } } },
  { name = "an honest report that never asks about him: pleasant, not more", choices = "3,2,2,2,1,2,1,2",
    outcome = "pleasant" },
  { name = "pressing 1 every time", choices = "1,1,1,1", outcome = "thin_update" },
  { name = "handing him the blame, then waving it away", choices = "2,2,2,2,2,1,3,2", outcome = "cooled",
    skills = { empathy = { raw = 0 } } },
  { name = "his news as your opening, then more", choices = "2,1,1", outcome = "transaction",
    skills = { value_first = { raw = -7 } } },
  { name = "a referral ask withdrawn in time", choices = "2,2,2,2,2,1,2,3,2,2", outcome = "warm_thanks" },
  { name = "a vague ask when he offers real help", choices = "2,2,2,2,2,1,2,2,1,3", outcome = "pleasant" },
  { name = "three asks at the end of a thank-you", choices = "2,2,2,2,2,1,2,2,1,4", outcome = "transaction" },
  { name = "late scene: his offer with too little trust built", from = "his_turn", trust = { nikhil = 4 },
    choices = "2", outcome = "pleasant" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
