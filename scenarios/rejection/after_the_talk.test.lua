-- Expectations for after_the_talk.lua: `rapport test scenarios/rejection/after_the_talk.lua` runs them.
-- Choice numbers are in the author's order (a scripted run without --seed is not shuffled); "t" lets a
-- timed moment pass.
return {
  { name = "listen in the queue, ask how, give the template, then a small ask", choices = "3,1,2,2,4,3,3",
    outcome = "door_open", skills = { listening = { raw = 8 }, value_first = { raw = 4 } } },
  { name = "give first: the template she asked Dev for", choices = "3,1,2,4,2", outcome = "door_open" },
  { name = "a real exchange, then a small ask", choices = "3,2,2,4,2", outcome = "door_open" },
  { name = "a cold small ask after a generic compliment", choices = "3,2,3,2", outcome = "door_ajar" },
  { name = "waited, kept it short, recovered from a detour", choices = "1,3,3,4,2,1,2,1", outcome = "door_open" },
  { name = "frozen at the front: both timeouts run out", choices = "3,1,2,t,t", outcome = "ran_out_of_time" },
  { name = "time runs out while she explains", choices = "3,2,2,t,t", outcome = "ran_out_of_time" },
  { name = "a bare connection request, then nothing", choices = "4,3", outcome = "never_spoke",
    skills = { value_first = { raw = -3 } } },
  { name = "jumping the line and pressing", choices = "1,1,3", outcome = "brushed_off" },
  { name = "mentoring ask, then bargaining", choices = "3,1,2,1,3", outcome = "brushed_off",
    skills = { value_first = { raw = -7 } } },
  { name = "pushing after a no leaves the email ask unremembered", choices = "3,2,1,3,1,3,1,3",
    outcome = "door_ajar" },
  { name = "the template offer needs the overheard fact", from = "deeper", facts = { "wants_templates" },
    choices = "3,2", outcome = "door_open" },
  { name = "without the fact, choice 3 at deeper is the coat-ignoring question", from = "deeper",
    choices = "3,2", outcome = "polite_goodbye" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
