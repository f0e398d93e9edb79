-- expect: nil value
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) return io.open('/etc/passwd'):read('a') end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
