-- Wrong types and unknown names everywhere, for tests/i18n/check_french.sh.
return {
  format = 1, id = "bad id!", title = "Types", difficulty = 7, version = -1,
  skills = { "listening", "listening", "empathy" },
  cast = {
    sam = { name = "Sam", role = "host", portrait = "nobody_face" },
    narrator = { name = "N", role = "voice" },
    kim = 5,
  },
  start = "a",
  debrief = { listenin = "a tip" },
  nodes = {
    a = { text = 5, speaker = "samm", mood = "hapy", order = "random",
          choices = {
            { text = "One", to = "b", score = { listenin = 1, empathy = 1/0 },
              trust = { samm = 1, sam = "x" }, when = 5, tags = "x", gives = "yes",
              feedback = "f" },
            { text = "Two", to = "b", feedback = "f", when = {}, learn = { 5 } },
            { text = "Three", to = 5, feedback = "f" },
            { text = "Four", to = function() return "b" end, feedback = "f" },
            7,
          } },
    b = { text = "B", grade = "great", ending = "e", timeout = -1 },
    c = { text = "C", choices = {} },
    d = { text = "D", choices = 5 },
    e = { text = "E" },
    f = { text = "F", ending = "f", choices = { { text = "x", to = "a", feedback = "f" } } },
    g = { text = "G", timeout = 5, choices = { { text = "x", to = "a", feedback = "f" } } },
    h = { text = "H", on_timeout = "a", choices = { { text = "x", to = "a", feedback = "f" } } },
    i = 5,
  },
}
