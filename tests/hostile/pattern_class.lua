-- expect: pattern matching
-- Matching one character against a set walks the set: 250 members, tried at
-- every position from every start, although the subject is under 10 KB.
local s = ("a"):rep(9999)
return s:find("[" .. ("b"):rep(250) .. "a]*c")
