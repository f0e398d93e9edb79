-- expect: pattern matching
-- A pattern with no magic characters was not checked at all, but gsub still
-- compares it character by character at every position: 16 MiB x 255.
local s = ("a"):rep(1 << 20)
s = s .. s .. s .. s
s = s .. s .. s .. s
return s:gsub(("a"):rep(255) .. "b", "")
