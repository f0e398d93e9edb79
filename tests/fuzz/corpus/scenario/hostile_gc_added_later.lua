-- expect: 'format' is missing
-- A __gc added after setmetatable never marks the object, so nothing runs at close.
local mt = {} setmetatable({}, mt) mt.__gc = function() while true do end end return {}
