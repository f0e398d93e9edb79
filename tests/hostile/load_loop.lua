-- expect: loop forever
-- Compiling a 1 MiB chunk runs in C: a loop of load reached the clock check
-- only every 250 calls.
local src = ("a=1 "):rep(1 << 18)
for _ = 1, 1e9 do load(src) end
return {}
