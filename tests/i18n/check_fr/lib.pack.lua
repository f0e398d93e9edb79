return { format = 1, kind = "pack", id = "p.lib", title = "Lib",
  scenarios = { "networking.cofee_line", { id = "mentor.ask_mentor", mode = "assessed", time_limit = 10 } } }
