-- expect: __gc
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) setmetatable({}, { __gc = function() while true do end end }) return 'hi' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
