-- expect: read-only
math.random = function() return 4 end return {}
