-- expect: string.rep
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', feedback = 'f', can_go = { 'e' },
    to = function(state) return ('e'):rep(1e10) end } } },
  e = { text = "bye", ending = "done" } } }
