-- Skills and top-level fields of the wrong kind.
return {
  format = 1, id = "t.skills", title = "Skills",
  skills = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r" },
  cast = 5,
  start = "nowhere",
  debrief = 5,
  nodes = { [1] = { text = "x" } },
}
