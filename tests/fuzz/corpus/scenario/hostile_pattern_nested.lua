-- expect: pattern matching
local s = string.rep('a', 5000) return s:match('(.-)(.-)(.-)b')
