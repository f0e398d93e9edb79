-- expect: protected metatable
-- choices: 1
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', feedback = 'f', can_go = { 'e' },
    to = function(state) setmetatable(table, {}) return 'e' end } } },
  e = { text = "bye", ending = "done" } } }
