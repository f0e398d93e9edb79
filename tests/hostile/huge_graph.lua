-- expect: did you mean
-- Ten thousand nodes in a chain, one of them with a misspelt target.
local n = {} for i = 1, 10000 do n['n' .. i] = { text = 't', choices = { { text = 'c', to = 'n' .. (i + 1), feedback = 'f' } } } end
n.n10000 = { text = 'end', ending = 'done' } n.n5000.choices[1].to = 'n5001x'
return { format = 1, id = 'h.x', title = 'H', start = 'n1', nodes = n }
