-- expect: loop forever
local t = setmetatable({}, { __index = function(t, k) while true do end end })
return { format = 1, id = "h.x", title = "H", start = "a", nodes = t.nodes }
