-- expect: UTF-8
-- Node ids and tags go into progress files, which must stay valid UTF-8 or the
-- next load sets the whole history aside (tests/faults/run.sh checks that too).
return { format = 1, id = 'h.x', title = 'H', start = 'a\xff', nodes = {
  ['a\xff'] = { text = 'hi', choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = 'bye', ending = 'done' } } }
