-- expect: not in the cast
return { format = 1, id = "h.x", title = "H", start = "a", cast = { maya = { name = 'Maya' } }, nodes = { a = { speaker = 'mya', text = 'hi', choices = { { text = 'ok', to = 'e' } } }, e = { text = 'bye', ending = 'done' } } }
