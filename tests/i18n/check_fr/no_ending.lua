return {
  format = 1, id = "t.loop", title = "L", start = "a",
  nodes = { a = { text = "A", choices = { { text = "x", to = "b", feedback = "f" } } },
    b = { text = "B", choices = { { text = "y", to = "a", feedback = "f" } } } } }
