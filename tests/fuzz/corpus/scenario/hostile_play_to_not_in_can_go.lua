-- expect: can_go
-- choices: 1
-- The message must name the file and the path, like every other.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', feedback = 'f', can_go = { 'e' },
    to = function(state) return 'a' end } } },
  e = { text = "bye", ending = "done" } } }
