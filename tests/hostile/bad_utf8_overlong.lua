-- expect: UTF-8
return { format = 1, id = 'h.x', title = '\xc0\xaf', start = 'a', nodes = { a = { text = 'hi', ending = 'done' } } }
