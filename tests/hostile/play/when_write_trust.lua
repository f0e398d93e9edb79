-- expect: read-only
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f',
    when = function(state) state.trust.maya = 10 return true end } } },
  e = { text = "bye", ending = "done" } } }
