-- expect: UTF-8
-- A bad fact after a good one: the list must not be freed under the loader's feet.
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = { a = { text = 'hi', learn = { 'heard', 'heard\xff', 'again' }, ending = 'done' } } }
