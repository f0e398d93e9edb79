-- An exercise pack: the scenarios a workshop group plays, in order.
-- Load it with `rapport --pack scenarios/packs/first_workshop.pack.lua`;
-- the format is described in docs/workshops.md.
return {
  format = 1,
  kind = "pack",
  id = "workshop.first_networking",
  title = "First networking workshop",
  summary = "Ninety minutes on meeting strangers: open without a pitch, join a group "
    .. "without taking it over, and give before you ask.",
  scenarios = {
    { id = "networking.coffee_line", mode = "practice", time_limit = 600,
      prompts = {
        "What did Maya's two cups tell you before she said a word?",
        "Which opener felt safest to you, and which one actually gave her a way in?",
      } },
    { id = "networking.joining_group", mode = "practice", time_limit = 720,
      prompts = {
        "How did you get into the circle without taking it over?",
        "Lena was talked over. Whose job was it to make room for her?",
      } },
    { id = "value_first.promotion", mode = "practice", time_limit = 600,
      prompts = { "When was the right moment to mention the panel, if at all?" } },
    { id = "mentor.ask_mentor", mode = "assessed", time_limit = 900,
      prompts = {
        "Scores are in: where did the room's asks land, and why?",
        "What makes an ask easy to say yes to, and just as easy to say no to?",
      } },
  },
}
