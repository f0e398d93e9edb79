return { format = 1, id = 'h.x', start = 'a', cast = {}, nodes = {} }
