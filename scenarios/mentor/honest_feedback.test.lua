-- Expectations for honest_feedback.lua: `rapport test scenarios/mentor/honest_feedback.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "the nerves named, 'filler' and her Sundays heard, the parcel praised and the duck called, his fear answered with his own story, one note under the clock, his decision, Bea, an invited small ask",
    choices = "2,3,2,1,2,1,3,2,3,3,2,2", outcome = "opened_with_nan",
    skills = { listening = { raw = 17 }, empathy = { raw = 7 }, value_first = { raw = 9 } } },
  { name = "asking what he wants first, then letting him name his own doubt",
    choices = "1,1,2,4,4,2,3,2,3,2,5,2,2", outcome = "opened_with_nan" },
  { name = "'I wouldn't change a thing', twice", choices = "4,2,1,3,1,1", outcome = "flattered",
    skills = { listening = { raw = -4 } } },
  { name = "six notes at once, a seventh, then 'you asked'", choices = "4,1,4,1,1,1", outcome = "crushed",
    skills = { empathy = { raw = -5 } } },
  { name = "pulling rank, then silence while the duck goes in the bin", choices = "4,1,4,2,2,t", outcome = "crushed" },
  { name = "saying it, then dropping it when he pushes back", choices = "4,2,4,2,4", outcome = "caved" },
  { name = "'a few tweaks', then 'your call'", choices = "4,2,4,5,3", outcome = "his_call" },
  { name = "a rota ask first, notes crammed at lock-up, his menu decided for him", choices = "3,2,1,3,2,1,2,1,1,1,4,3",
    outcome = "went_ok", skills = { value_first = { raw = 3 } } },
  { name = "freezing at lock-up, then 'keep all nine'", choices = "2,3,2,1,2,1,3,t,1,4,3,1,2", outcome = "his_call" },
  { name = "late scene: a kept menu, trust one short", from = "his_turn", trust = { sione = 4 }, facts = { "cut_menu", "praised_parcel" },
    choices = "2,2", outcome = "went_ok" },
  { name = "late scene: the invited small ask, then celebrating his night", from = "his_turn", trust = { sione = 5 },
    facts = { "cut_menu", "praised_parcel" }, choices = "2,2", outcome = "opened_with_nan" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
