-- expect: loop forever
-- string.upper runs in C over 1 MiB per call, which is one instruction: only the
-- clock stops the loop.
local s = ('x'):rep(1 << 20) for i = 1, 1e8 do local t = s:upper() end return {}
