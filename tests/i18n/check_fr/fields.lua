-- Unknown and misspelt fields, keys that are not names.
return {
  format = 1, id = "t.fields", title = "Fields", sumary = "x", [1] = "stray", [true] = 1,
  start = "a",
  nodes = {
    a = { text = "Hi", speker = "x", choices = {
      { text = "Go", to = "e", feedbak = "f", colour = "red" },
      { text = "Stay", to = "e", feedback = "f", [2] = 1 },
    } },
    e = { text = "Bye", ending = "fine", grade = "good" },
  },
}
