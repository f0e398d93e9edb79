-- An exercise pack for the window's tests (ui_screens, e2e_pack.sh): the tiny
-- scenario in practice with a clock and prompts, the long one assessed
-- without either, then the tiny one again, assessed, with a one-minute clock.
return {
  format = 1,
  kind = "pack",
  id = "uitest.workshop",
  title = "Hallway workshop",
  summary = "Three short exercises about noticing what people need before asking for anything.",
  scenarios = {
    { id = "uitest.tiny", mode = "practice", time_limit = 120,
      prompts = {
        "What did Sam need before you could ask for anything?",
        "When did the deadline Sam mentioned matter, and who noticed it?",
      } },
    { id = "uitest.long", mode = "assessed" },
    { id = "uitest.tiny", mode = "assessed", time_limit = 60 },
  },
}
