-- expect: UTF-8
return { format = 1, id = 'h.x', title = 'H', start = 'a', nodes = {
  a = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f', tags = { 'open\xfe' } } } },
  e = { text = 'bye', ending = 'done' } } }
