-- expect: did you mean
-- 100,000 nodes in a chain (a linear search per node id made this 46 s once).
-- One misspelt target makes the file fail.
local n = {} for i = 1, 100000 do n['n' .. i] = { text = 't', choices = { { text = 'c', to = 'n' .. (i + 1), feedback = 'f' } } } end
n.n100000 = { text = 'end', ending = 'done' } n.n50000.choices[1].to = 'n50001x'
return { format = 1, id = 'h.x', title = 'H', start = 'n1', nodes = n }
