-- expect: loop forever
-- Each unpack makes 900,000 values in C (one instruction), each through a C
-- metamethod: a loop of them reached the clock check only every 250 calls.
local t = setmetatable({}, { __index = tostring })
for _ = 1, 1e9 do local x = table.unpack(t, 1, 900000) end
return {}
