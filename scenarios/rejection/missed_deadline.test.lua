-- Expectations for missed_deadline.lua: `rapport test scenarios/rejection/missed_deadline.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "owned in a sentence, the snapped seedling, the doubt answered, the reference by ten and the blame moved to Ewan, nothing asked",
    choices = "2,2,2,3,1,3,1,3", outcome = "mended",
    skills = { listening = { raw = 10 }, empathy = { raw = 7 }, value_first = { raw = 7 } } },
  { name = "'it's fine' let stand, then asked about after all", choices = "2,t,1,2,3,1,3,1,3", outcome = "mended",
    skills = { listening = { raw = 8 } } },
  { name = "a grovelling start, declining her comfort, then the full repair", choices = "4,2,2,3,1,3,1,3", outcome = "mended" },
  { name = "'no harm done', then 'technically it was late', then walking off", choices = "1,1,1", outcome = "gone_quiet",
    skills = { listening = { raw = -3 }, empathy = { raw = -4 } } },
  { name = "the hospital story, her comfort accepted, the reference left to Tuesday", choices = "3,1,1,3,3,2", outcome = "cracked" },
  { name = "the repair and the open-day favour in one breath", choices = "2,2,2,2,1,3,1,3", outcome = "owed" },
  { name = "the fix promised first, the doubt answered late, the note to Ewan never written",
    choices = "2,2,1,2,1,2,1,1", outcome = "patched" },
  { name = "Ewan's reply forwarded with 'hope that makes us square'", choices = "2,2,2,3,1,3,2,3", outcome = "patched" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
