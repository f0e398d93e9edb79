-- expect: attempt to index
getmetatable('').__index.rep = nil return {}
