-- expect: memory
-- choices: 1
-- Keeps what it builds in state.vars, so the memory stays held across calls.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) state.vars.big = state.vars.big or {} local s = ('x'):rep(1 << 20)
          for i = 1, 200 do state.vars.big[#state.vars.big + 1] = s .. i end return 'hi' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
