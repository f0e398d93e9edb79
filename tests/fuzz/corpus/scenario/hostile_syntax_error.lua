-- expect: cannot be read as Lua
return { format = 1,, }
