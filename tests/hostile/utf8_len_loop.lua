-- expect: loop forever
-- utf8.len walks 64 MiB in C each call, one instruction.
local s = ("a"):rep(1 << 20)
s = s .. s .. s .. s
s = s .. s .. s .. s
s = s .. s .. s .. s
local len = utf8.len
for _ = 1, 1e9 do len(s) end
return {}
