-- Expectations for skip_level.lua: `rapport test scenarios/workplace/skip_level.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "the slot handed to him, the pattern, the log credited to Lorna, his format asked, his date at the door, Lorna told first",
    choices = "2,2,3,3,1,3,2,2", outcome = "board_paper",
    skills = { listening = { raw = 8 }, empathy = { raw = 3 }, value_first = { raw = 8 } } },
  { name = "his theory first, the line he threw away, the 41, a page through Lorna",
    choices = "2,3,1,2,3,4,4,2,2,1", outcome = "board_paper" },
  { name = "a career opener, a pitch past his redirect, a complaint about Lorna, a word to the panel",
    choices = "4,2,1,1,3,3,1,1,3", outcome = "lobbied", skills = { value_first = { raw = -14 } } },
  { name = "pressing 1 every time: slides, a complaint, owned to Lorna later, no pattern told",
    choices = "1,1,1,1,2,2,1", outcome = "pleasant" },
  { name = "everything right in the room, then sending it to him behind Lorna",
    choices = "2,2,3,3,1,3,2,3", outcome = "sideways" },
  { name = "the data offered by going around her, then arguing about it",
    choices = "2,2,1,1,1,2,1,1", outcome = "sideways" },
  { name = "the knock passes in silence; telling Lorna still gets the page up",
    choices = "2,2,3,3,1,t,1,2,2", outcome = "board_paper" },
  { name = "a good meeting, then 'nothing much came up' to Lorna",
    choices = "2,2,3,3,1,3,1,2", outcome = "pleasant" },
  { name = "late scene: Lorna told, but his trust never built",
    from = "lorna_next", facts = { "told_lorna" }, trust = { quentin = 2 }, choices = "1", outcome = "pleasant" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
