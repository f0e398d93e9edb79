-- expect: UTF-8
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = { a = { text = 'hi', ending = '\xed\xa0\x80' } } }
