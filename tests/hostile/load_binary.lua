-- expect: binary chunk
local f, e = load("\27LuaT\0\25\147\13\10\26\10") assert(f, e) return {}
