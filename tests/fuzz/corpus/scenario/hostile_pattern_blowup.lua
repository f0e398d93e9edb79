-- expect: pattern matching
local s = string.rep('a', 200000) return s:find('.-b')
