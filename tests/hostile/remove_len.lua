-- expect: loop forever
-- table.remove at position 1 moves #t elements in C, as insert does.
local t = setmetatable({}, { __len = function() return 1 << 50 end })
table.remove(t, 1)
return {}
