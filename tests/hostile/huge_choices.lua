-- expect: choices; more than
local c = {} for i = 1, 10000 do c[i] = { text = 'choice ' .. i, to = 'e', feedback = 'f' } end
return { format = 1, id = "h.x", title = "H", start = "a", nodes = { a = { text = 'hi', choices = c }, e = { text = 'bye', ending = 'done' }, x = { text = 123 } } }
