-- expect: loop forever
-- table.insert at position 1 moves #t elements in C, #t comes from __len,
-- and moving nils allocates nothing: 2^50 moves.
local t = setmetatable({}, { __len = function() return 1 << 50 end })
table.insert(t, 1, "x")
return {}
