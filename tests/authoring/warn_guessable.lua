return { format = 1, id = "w.x", title = "W", start = "a", nodes = {
  a = { text = '1', choices = { { text = 'a much longer and better answer', to = 'b', score = { listening = 1, empathy = 1 }, gives = true, feedback = "A reason a coach would give." }, { text = 'short', to = 'b', feedback = "A reason a coach would give." } } },
  b = { text = '2', choices = { { text = 'a much longer and better answer', to = 'c', score = { listening = 1 }, feedback = "A reason a coach would give." }, { text = 'short', to = 'c', feedback = "A reason a coach would give." } } },
  c = { text = '3', choices = { { text = 'a much longer and better answer', to = 'e', score = { listening = 1 }, feedback = "A reason a coach would give." }, { text = 'short', to = 'e', feedback = "A reason a coach would give." } } },
  e = { text = "bye", ending = "done" } } }
