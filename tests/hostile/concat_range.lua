-- expect: loop forever
-- table.concat counts from i to j in C; with __index = rawlen (a C function)
-- each element is made without one instruction running.
local t = setmetatable({}, { __index = rawlen })
return table.concat(t, "", 1, 3e9)
