-- expect: must return a table
-- string.rep counted to n in C even when the string and the separator were
-- empty, and the byte limit sees nothing to refuse: 3e10 repetitions of
-- nothing kept `rapport check` busy for minutes. Now they cost nothing.
local s = string.rep("", 3e10) .. ("").rep("", 3e10, "")
return s
