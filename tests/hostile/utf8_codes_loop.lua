-- expect: loop forever
-- utf8.codes' iterator skips continuation bytes in C: called at 0 on 64 MiB
-- of them, each call walks them all.
local s = ("\x80"):rep(1 << 20)
s = s .. s .. s .. s
s = s .. s .. s .. s
s = s .. s .. s .. s
local step = utf8.codes(s)
for _ = 1, 1e9 do step(s, 0) end
return {}
