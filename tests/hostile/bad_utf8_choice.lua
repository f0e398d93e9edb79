-- expect: UTF-8
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = { a = { text = 'hi', choices = { { text = 'ok \xc3\x28', to = 'e', feedback = 'f' } } }, e = { text = 'bye', ending = 'done' } } }
