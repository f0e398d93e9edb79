return { format = 1, kind = "deck", id = "p.deck", title = "D", scenarios = {} }
