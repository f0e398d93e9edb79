-- expect: did you mean 'listening'
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi', choices = { { text = 'ok', to = 'e', score = { listenig = 1 } } } }, e = { text = 'bye', ending = 'done' } } }
