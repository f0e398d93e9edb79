-- expect: read-only
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) string.upper = function() return 'pwned' end return 'hi' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
