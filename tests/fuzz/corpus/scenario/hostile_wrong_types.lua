-- expect: must be a string
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 42, choices = { { text = 'ok', to = 'e' } } }, e = { text = 'bye', ending = 'done' } } }
