return { format = 1, id = "t.s", title = "S", start = "a", nodes = {} }
