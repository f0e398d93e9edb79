-- expect: can_go
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi', choices = { { text = 'ok', to = function() return 'e' end } } }, e = { text = 'bye', ending = 'done' } } }
