-- expect: loop forever
local s = ("x"):gsub("x", function() while true do end end) return {}
