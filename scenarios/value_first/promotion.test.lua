-- Expectations for promotion.lua: `rapport test scenarios/value_first/promotion.lua` runs them.
return {
  { name = "recall the pilot, ask about Hana, name the odd week, share, keep the spotlight on her",
    choices = "1,1,1,1,1,2,1,1,1", outcome = "celebrated",
    skills = { listening = { raw = 8 }, empathy = { raw = 5 }, value_first = { raw = 4 } } },
  { name = "the panel in the first message, then a second ask", choices = "1,3,2", outcome = "transaction",
    skills = { value_first = { raw = -4 } } },
  { name = "a gift does not make the tacked-on ask welcome", choices = "1,1,1,1,1,2,1,2,1",
    outcome = "agenda_showed", skills = { value_first = { raw = 2 } } },
  { name = "pick your brain, then push for Thursday", choices = "1,4,2", outcome = "pushed_for_time" },
  { name = "only a reaction", choices = "2,2", outcome = "just_a_click" },
  { name = "saved for the weekend, then never sent", choices = "3,2", outcome = "never_sent" },
  { name = "late scene: recall Hana choosing the lunch", from = "celebrate_plan", facts = { "hana_training" },
    choices = "1", outcome = "celebrated", skills = { listening = { raw = 1 } } },
}
