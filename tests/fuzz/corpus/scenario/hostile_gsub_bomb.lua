-- expect: memory
local s = ("x"):rep(1 << 20) for i = 1, 20 do s = s:gsub("x", "xx") end return s
