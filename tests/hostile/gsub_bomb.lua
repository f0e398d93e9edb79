-- expect: ran out of memory
-- Each match writes 4 KiB, so the second call reaches the 128 MiB limit after
-- some 30,000 matches: far within the time limit even under a sanitizer (doubling
-- a 1 MiB string one byte at a time needed 127 million matches, and lost that race on CI).
local s = ("x"):rep(1 << 10) for i = 1, 20 do s = s:gsub("x", ("x"):rep(1 << 12)) end return s
