-- expect: memory
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f',
    when = function(state) local t, s = {}, ('x'):rep(1 << 20) for i = 1, 1000 do t[i] = s .. i end return true end } } },
  e = { text = "bye", ending = "done" } } }
