-- expect: read-only
-- choices: 1,1
-- rawset on a view of state would let later calls see facts never heard.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = function(state) rawset(state.facts, 'secret', true) return 'hi' end,
        choices = { { text = 'ok', to = 'b', feedback = 'f' } } },
  b = { text = function(state) return state.facts.secret and 'you know the secret' or 'hello' end,
        choices = { { text = 'ok', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
