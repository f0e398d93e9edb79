-- expect: neither
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi' } } }
