-- expect: must be a string
-- A 32 MiB line is only a warning; the wrong type next to it makes the file fail.
local s = ('x'):rep(1 << 20) for i = 1, 5 do s = s .. s end
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = { a = { text = s, ending = 'done', speaker = 42 } } }
