-- expect: reads format 1
return { format = 2, id = 'h.x', start = 'a', nodes = {} }
