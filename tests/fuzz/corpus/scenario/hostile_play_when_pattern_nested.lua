-- expect: pattern matching
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f',
    when = function(state) return ('a'):rep(5000):match('(.-)(.-)(.-)b') ~= nil end } } },
  e = { text = "bye", ending = "done" } } }
