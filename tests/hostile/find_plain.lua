-- expect: searching
-- A plain find compares the whole needle at every start of the haystack: a
-- 1 MiB needle that fails on its last byte, at 3 million starts.
local hay = ("a"):rep(1 << 20)
hay = hay .. hay .. hay .. hay
local needle = ("a"):rep((1 << 20) - 1) .. "b"
return hay:find(needle, 1, true)
