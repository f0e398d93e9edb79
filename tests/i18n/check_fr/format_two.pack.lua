return { format = 2, kind = "pack", id = "p.2", scenarios = {} }
