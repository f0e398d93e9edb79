-- expect: loop forever
-- choices: 1,1,1
-- The function behaves on the first visit and loops on the second.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = {
    { text = 'again', to = 'a', feedback = 'f',
      when = function(state) if state.visits.a > 1 then while true do end end return true end },
    { text = 'leave', to = 'e', feedback = 'f' } } },
  e = { text = "bye", ending = "done" } } }
