-- An exercise pack with an error of each kind.
return {
  format = 1, kind = "pack", id = "bad pack", title = 5, colour = "red",
  scenarios = {
    "networking.cofee_line",
    { id = "mentor.ask_mentor", mode = "asessed", time_limit = 10,
      prompts = { "", 5 } },
    { id = 5 },
    "not an id!",
    7,
  },
}
