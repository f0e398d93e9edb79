-- expect: loop forever
-- An author function that loops, called by the file itself at load time.
local function greet() while true do end end
return { format = 1, id = 'h.x', title = greet(), start = 'a', nodes = {} }
