-- Expectations for different_norms.lua: `rapport test scenarios/workplace/different_norms.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "his weekend met, Hallam asked about, silence read as not agreeing, 'when there's time' checked, a way in agreed both ways, asked by name, the finding kept his",
    choices = "1,2,1,1,2,1,3,2,2", outcome = "heard",
    skills = { listening = { raw = 13 }, empathy = { raw = 7 } } },
  { name = "the hedge backlogged on Tuesday, translated in the room on Thursday",
    choices = "1,2,1,1,1,1,2,2,3", outcome = "heard" },
  { name = "small talk declined, 'anything you'd change?', an open door, an open call to the room, and walking off",
    choices = "3,1,1,1,1", outcome = "shipped", skills = { listening = { raw = -2 } } },
  { name = "pressing 1 every time: 'jump in', 'great', an open door, last chance everyone",
    choices = "1,1,1,1,1,1,1", outcome = "shipped" },
  { name = "the concern heard, then raised for him",
    choices = "1,2,1,1,2,3,2", outcome = "fixed_not_heard" },
  { name = "the review moves on, then a catch at the door and a short review tomorrow",
    choices = "3,1,1,1,2,2", outcome = "fixed_not_heard" },
  { name = "the plan agreed, but the moment passes while you choose",
    choices = "1,2,1,1,2,1,3,t,2,2", outcome = "fixed_not_heard" },
  { name = "late scene: asked by name, but too little trust built on Tuesday",
    from = "floor", facts = { "fatigue_three_years" }, trust = { magnus = 4 }, choices = "2", outcome = "fixed_not_heard" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
