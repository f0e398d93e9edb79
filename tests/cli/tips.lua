return { format = 1, id = "t.tips", title = "Tips", start = "a",
  cast = { maya = { name = "Maya" } },
  nodes = {
    a = { speaker = "maya", text = function(s) return "T=" .. s.trust.maya .. " S=" .. s.score.listening end,
          trust = { maya = 2 },
          choices = { { text = "Go", to = "e", score = { listening = 1 }, feedback = "ok" },
                      { text = "Stay", to = "e", score = { empathy = 1 }, feedback = "ok" } } },
    e = { text = "Bye", ending = "done" } },
  debrief = { listening = "LISTEN TIP", empathy = "EMPATHY TIP", value_first = "VALUE TIP" } }
