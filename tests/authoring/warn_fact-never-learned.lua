-- `when` names a fact nothing learns: the choice never shows. One letter off
-- a fact the scenario does learn, the warning says which one was meant.
return { format = 1, id = "w.x", title = "W", start = "a", nodes = {
  a = { text = 'hi', learn = { "her_dog" }, choices = {
    { text = 'go', to = 'e', score = { listening = 1, empathy = 1 }, gives = true, feedback = "A reason a coach would give." },
    { text = 'recall', to = 'e', when = 'her_dgo', feedback = "A reason a coach would give." } } },
  e = { text = "bye", ending = "done" } } }
