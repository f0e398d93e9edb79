-- expect: nil value
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', feedback = 'f', can_go = { 'e' },
    to = function(state) load('return os')().execute('touch /tmp/rapport-pwned') return 'e' end } } },
  e = { text = "bye", ending = "done" } } }
