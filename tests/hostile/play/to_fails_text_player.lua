-- expect: must return a node id
-- choices: 1
-- A failing `to` function records no step; the text player once read step -1
-- and crashed (exit 139). run.sh plays every file in text mode too.
return { format = 1, id = "h.play", title = "H", start = "a", nodes = {
  a = { text = 'hi', choices = { { text = 'ok', feedback = 'f', can_go = { 'e' },
    to = function(state) end } } },
  e = { text = "bye", ending = "done" } } }
