return { format = 1, kind = "pack", id = "p.map", title = "Map",
  scenarios = { first = "networking.coffee_line" } }
