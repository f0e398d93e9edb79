-- expect 6: nodes.a.speker: unknown field; did you mean 'speaker'? Without it, this node is spoken by the narrator
-- A field one or two slips from one the table lacks changes what the scenario
-- does without a sound, so it is an error. Beside the real field (`tetx` next
-- to `text`) it is only an unknown-field warning.
return { format = 1, id = "w.x", title = "W", start = "a", cast = { dana = { name = "Dana" } }, nodes = {
  a = { speker = "dana", text = "hi", choices = {
    { text = "go", to = "e", score = { listening = 1, empathy = 1 }, gives = true, feedbak = "A reason a coach would give." } } },
  e = { text = "bye", ending = "done" } } }
