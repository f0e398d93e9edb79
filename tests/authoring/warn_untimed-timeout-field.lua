-- untimed-timeout-field: timeout_score on a node that has no timeout.
return { format = 1, id = "w.untimed", title = "Untimed", start = "a", nodes = {
  a = { text = "Hello.", timeout_score = { listening = -1 }, choices = {
    { text = "Hi.", to = "e", score = { listening = 1 }, feedback = "A reply." } } },
  e = { text = "Bye.", ending = "done" } } }
