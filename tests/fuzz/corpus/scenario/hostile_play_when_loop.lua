-- expect: loop forever
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f' },
    { text = 'maybe', to = 'e', feedback = 'f', when = function(state) while true do end end } } },
  e = { text = "bye", ending = "done" } } }
