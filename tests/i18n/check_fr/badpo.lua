-- A scenario whose French translation (badpo.fr.po) is not saved as UTF-8.
return { format = 1, id = "t.badpo", title = "Translated", start = "a",
  nodes = { a = { text = "Bye.", ending = "done", grade = "good" } } }
