-- expect: memory
local t = {} local s = 'x' for i = 1, 1e9 do t[i] = s .. i end
