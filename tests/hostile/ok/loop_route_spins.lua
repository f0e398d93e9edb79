-- expect: ok
-- choices: 2
-- A loop through a function route that never returns: the farming-loop check
-- plays such a loop to see whether it really goes round, and the sandbox's
-- budget must stop the function there as it does in play.
return { format = 1, id = "hostile.loop_route_spins", title = "Spin", family = "hostile", start = "a", nodes = {
  a = { text = "Again?", choices = {
    { text = "Round we go", to = function() while true do end end, can_go = { "b" },
      score = { listening = 1 }, feedback = "f" },
    { text = "Out", to = "e", feedback = "f" } } },
  b = { text = "And back.", choices = { { text = "Back", to = "a", feedback = "f" } } },
  e = { text = "Bye.", ending = "done" } } }
