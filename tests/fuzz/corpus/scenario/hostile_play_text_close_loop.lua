-- expect: loop forever
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state)
          local x <close> = setmetatable({}, { __close = function() while true do end end })
          return 'hi' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
