-- expect: stack overflow
local t t = setmetatable({}, { __tostring = function(s) return tostring(s) end }) return tostring(t)
