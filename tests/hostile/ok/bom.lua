-- expect: ok
-- choices: 1
-- Saved with a UTF-8 byte order mark, as some Windows editors do.
return { format = 1, id = "hostile.bom", title = "BOM", family = "hostile", start = "a", nodes = {
  a = { text = "hi", choices = { { text = "ok", to = "e", feedback = "f", score = { listening = 1 } } } },
  e = { text = "bye", ending = "done" } } }
