-- expect: no-feedback
-- choices: 1
-- Empty strings wherever a string may be empty, and Windows line endings.
return { format = 1, id = "hostile.empty", title = "", summary = "", family = "hostile", start = "a",
  cast = { x = { name = "", role = "" } },
  nodes = { a = { speaker = "x", text = "", choices = { { text = "", to = "e", feedback = "", score = { listening = 1 } } } },
  e = { text = "", ending = "done" } } }
