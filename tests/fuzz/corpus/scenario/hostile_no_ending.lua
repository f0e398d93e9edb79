-- expect: no ending can be reached
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi', choices = { { text = 'ok', to = 'b' } } }, b = { text = 'hm', choices = { { text = 'back', to = 'a' } } } } }
