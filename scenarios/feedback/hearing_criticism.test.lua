-- Expectations for hearing_criticism.lua: `rapport test scenarios/feedback/hearing_criticism.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "the shut door, the hiding said back, one example word for word, Elif's side, thanks, a plan, 'what do you need' on cans, Thursday owned to Elif",
    choices = "4,3,2,4,2,1,3,1,3", outcome = "heard",
    skills = { listening = { raw = 13 }, empathy = { raw = 7 }, value_first = { raw = 3 } } },
  { name = "asking for an example, asking after Elif, her line said back, a small ask to be told if you slip",
    choices = "4,5,2,3,4,2,5,3,1,3", outcome = "heard" },
  { name = "a first defence, caught in time", choices = "4,1,2,4,2,1,3,1,3", outcome = "heard" },
  { name = "silence on cans is not the same as asking what they need",
    choices = "4,3,2,4,2,1,t,1,3", outcome = "improving", skills = { listening = { raw = 10 } } },
  { name = "a counter-attack on her team, then 'it goes both ways'", choices = "1,4,1", outcome = "door_closed",
    skills = { listening = { raw = -2 }, empathy = { raw = -3 } } },
  { name = "putting her off twice", choices = "3,2", outcome = "door_closed" },
  { name = "'I'm a nightmare', then the Sergeant story", choices = "1,2,1", outcome = "softened" },
  { name = "everything heard on Tuesday, and 'who's on that zip?' on Saturday",
    choices = "4,3,2,4,2,1,1,1,3", outcome = "same_again" },
  { name = "everything heard, then an apology about how bad you feel", choices = "4,3,2,4,2,1,3,1,1", outcome = "improving" },
  { name = "asking which one Elif is", choices = "4,3,2,4,2,1,3,4,3", outcome = "improving",
    skills = { listening = { raw = 10 } } },
  { name = "intent argued twice", choices = "4,3,2,1,1", outcome = "door_closed" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
