-- expect: protected metatable
setmetatable(string, {}) return {}
