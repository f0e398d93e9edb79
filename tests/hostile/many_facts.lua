-- expect: must be a string
-- 300,000 facts (a linear search per fact made 100,000 take 12 s once).
local l = {} for i = 1, 300000 do l[i] = 'f' .. i end
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = { a = { text = 'hi', learn = l, ending = 'done', speaker = 1 } } }
