-- expect: table.sort of
-- Two billion elements made by C metamethods, written back by one that keeps
-- nothing: table.sort would compare for hours without running an instruction.
local t = setmetatable({}, {
  __len = function() return (1 << 31) - 2 end, __index = rawlen, __newindex = rawequal })
table.sort(t)
return {}
