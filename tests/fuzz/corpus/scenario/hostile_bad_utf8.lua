-- expect: UTF-8
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'caf\xff', choices = { { text = 'ok', to = 'e' } } }, e = { text = 'bye', ending = 'done' } } }
