return { format = 2, id = "t.f2", nodes = {}, start = "a" }
