return { format = 1, id = "p.nokind", scenarios = {} }
