-- expect: 'format' is missing
return { id = 'h.x', start = 'a', nodes = { a = { text = "hi", choices = { { text = "ok", to = "e", feedback = "f" } } }, e = { text = "bye", ending = "done" } } }
