return { format = "1", id = "t.f", nodes = {}, start = "a" }
