return { format = 1, id = "t.empty", title = "E", skills = {}, start = "a", nodes = {} }
