-- expect: loop forever
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) while true do pcall(function() while true do end end) end end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
