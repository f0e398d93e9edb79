-- tests/lrs: one ending per grade, so the statements for good (passed), mixed
-- (completed only) and poor (failed) are all sent and read back.
return {
  format = 1,
  id = "test.grades",
  title = "Grades: a test",
  family = "test",
  cast = { kim = { name = "Kim Lee", role = "Tester" } },
  start = "a",
  nodes = {
    a = {
      speaker = "kim", text = "Pick an ending.",
      choices = {
        { text = "Mixed, please.", to = "m", score = { listening = 1 }, feedback = "A middle road." },
        { text = "Good, please.", to = "g", score = { empathy = 1 }, gives = true, feedback = "Kind." },
        { text = "Poor, please.", to = "p", asks = true, tags = { "premature_ask" }, feedback = "Too soon." },
      },
    },
    m = { speaker = "kim", text = "So-so.", ending = "so_so", grade = "mixed" },
    g = { speaker = "kim", text = "Great.", ending = "great", grade = "good" },
    p = { speaker = "kim", text = "Bye.", ending = "bye", grade = "poor" },
  },
}
