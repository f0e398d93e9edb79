-- expect: loop forever
-- tonumber walks 64 MiB of spaces in C each call: a loop of them reached the
-- clock check only every 250 calls.
local s = (" "):rep(1 << 20)
s = s .. s .. s .. s
s = s .. s .. s .. s
s = s .. s .. s .. s
local tonumber = tonumber
for _ = 1, 1e9 do tonumber(s) end
return {}
