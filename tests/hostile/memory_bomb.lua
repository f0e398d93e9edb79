-- expect: ran out of memory
-- 64 KiB a step, so the limit comes after some 2,000 steps. With a few bytes a
-- step (2.4 million of them) the time limit came first, and this file passed only
-- because its own name holds the word "memory".
local t = {} local s = ('x'):rep(1 << 16) for i = 1, 1e9 do t[i] = s .. i end
