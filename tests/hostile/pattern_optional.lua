-- expect: pattern matching
-- Each `?` is tried both ways: 2^40 paths through a 120-byte pattern on a
-- 40-byte subject, with no `*`, `+` or `-` for the old estimate to count.
local s = ("a"):rep(40)
return s:match(("a?"):rep(40) .. s)
