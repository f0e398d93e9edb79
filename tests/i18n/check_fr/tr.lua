-- A scenario with a French translation that lags behind it.
return {
  format = 1, id = "t.tr", title = "Translated",
  start = "a",
  nodes = {
    a = { text = "Hello there.", choices = {
      { text = "Hi!", to = "e", feedback = "Warm." },
      { text = "Go away.", to = "e", feedback = "Cold." },
    } },
    e = { text = "Bye.", ending = "done", grade = "good" },
  },
}
