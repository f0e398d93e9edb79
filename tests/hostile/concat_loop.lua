-- expect: loop forever
-- Each CONCAT copies 1 MiB yet counts as one instruction: only the clock stops it.
local s = ('x'):rep(1 << 20) for i = 1, 1e8 do local t = s .. 'y' end return {}
