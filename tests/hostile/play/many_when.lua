-- expect: loop forever
-- choices: 1
-- 10,000 choices whose `when` each stays under the per-call budget: without a
-- limit per step, one step would run 10,000 x 1.8 million instructions (40 s).
local c = {}
for i = 1, 10000 do c[i] = { text = 'c' .. i, to = 'e', feedback = 'f',
  when = function() local n = 0 for k = 1, 600000 do n = n + k end return true end } end
return { format = 1, id = "h.play", title = "H", start = "a", nodes = { a = { text = 'hi', choices = c }, e = { text = "bye", ending = "done" } } }
