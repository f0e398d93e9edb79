-- The golden images' pack (tests/ui/test_golden.c): one entry with a time
-- limit and discussion prompts, for the pack and prompts screens.
return {
  format = 1,
  kind = "pack",
  id = "golden.pack",
  title = "Wardrobe workshop",
  summary = "One short exercise about helping the person who is helping you.",
  scenarios = {
    { id = "golden.fitting", mode = "practice", time_limit = 300,
      prompts = {
        "What did Ines need before the room was handed over?",
        "When did the two minutes matter, and who noticed?",
      } },
  },
}
