-- expect: did you mean 'e'
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi', choices = { { text = 'ok', to = 'ee', feedback = 'f' } } }, e = { text = 'bye', ending = 'done' } } }
