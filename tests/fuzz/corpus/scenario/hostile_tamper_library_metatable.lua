-- expect: attempt to index a boolean
getmetatable(table).__newindex = nil return {}
