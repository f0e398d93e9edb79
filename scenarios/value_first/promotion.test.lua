-- Expectations for promotion.lua: `rapport test scenarios/value_first/promotion.lua` runs them.
-- Choice numbers are in the author's order (scripted runs are not shuffled).
return {
  { name = "recall the pilot, ask about Hana, name the odd week, give, then the invited small ask",
    choices = "1,2,2,1,2,2,1,1,2,2", outcome = "celebrated",
    skills = { listening = { raw = 10 }, empathy = { raw = 3 }, value_first = { raw = 9 } } },
  { name = "the panel in the first message, then a second ask after the no", choices = "3,3,3",
    outcome = "transaction", skills = { value_first = { raw = -5 } } },
  { name = "politeness is not an invitation: the panel as she goes into a meeting",
    choices = "3,4,4,2,1,2,1", outcome = "agenda_showed", skills = { value_first = { raw = -1 } } },
  { name = "a real invitation after a give: a small, specific ask is welcome",
    choices = "3,4,4,1,2,3,2", outcome = "celebrated", skills = { value_first = { raw = 6 } } },
  { name = "'What's new with you?' between meetings is not an invitation either",
    choices = "3,2,4,4,1", outcome = "agenda_showed" },
  { name = "pick your brain, then push for Thursday", choices = "3,1,2", outcome = "pushed_for_time" },
  { name = "only a reaction", choices = "1,1", outcome = "just_a_click" },
  { name = "saved for the weekend, then never sent", choices = "2,2", outcome = "never_sent" },
  { name = "late scene: recall Hana at the celebration", from = "celebrate_plan", facts = { "hana_training" },
    choices = "2", outcome = "celebrated", skills = { listening = { raw = 1 } } },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
