-- expect: nil value
local co = coroutine.create(function() end) return {}
