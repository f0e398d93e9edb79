-- expect: UTF-8
-- choices: 1
-- Text from an author function is shown and may be recorded: it must be UTF-8.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) return 'caf\xff' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
