-- expect: nil value
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f',
    when = function(state) os.execute('touch /tmp/rapport-pwned') return true end } } },
  e = { text = "bye", ending = "done" } } }
