-- Expectations for first_post.lua: `rapport test scenarios/networking/first_post.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "a week of #paper read, Yusra answered first, the pin and the 2019 thread, a post from the difference, the sizing given plainly, both helpers thanked, a summary with the failure, the wiki page offered",
    choices = "3,2,1,2,2,2,3,4,2", outcome = "regular",
    skills = { listening = { raw = 11 }, empathy = { raw = 1 }, value_first = { raw = 9 } } },
  { name = "a good question and a plain answer, but 'solved, thanks all' and Yusra left for someone senior",
    choices = "1,1,2,2,2,2,1,3,1", outcome = "answered" },
  { name = "Yusra answered late, the night before her review, still makes a regular",
    choices = "1,1,2,2,2,2,4,2,2", outcome = "regular" },
  { name = "an URGENT post, a defensive reply, then arguing with the moderator",
    choices = "2,2,1,1", outcome = "spat", skills = { listening = { raw = -4 }, empathy = { raw = -2 } } },
  { name = "a private call asked for, then pushing past his no", choices = "2,3,4,2", outcome = "lurker_again",
    skills = { empathy = { raw = -2 } } },
  { name = "letting the sting pass, then answering his question", choices = "1,1,2,2,t,3,3,4,2,2", outcome = "regular" },
  { name = "the old answer tried alone, and carrying on alone", choices = "1,1,3,1", outcome = "alone" },
  { name = "deleting the post, then Nkechi's way back taken", choices = "1,1,2,2,3,2,3,4,2,2", outcome = "regular" },
  { name = "late scene: a summary and Yusra answered, trust one short", from = "viktor_final", trust = { viktor = 1 },
    facts = { "summarised", "answered_yusra" }, choices = "2", outcome = "answered" },
  { name = "late scene: the wiki page offered after two gives", from = "viktor_final", trust = { viktor = 2 },
    facts = { "summarised", "answered_yusra" }, choices = "2", outcome = "regular" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
