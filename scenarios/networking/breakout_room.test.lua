-- Expectations for breakout_room.lua: `rapport test scenarios/networking/breakout_room.lua` runs them.
return {
  { name = "shape the room, give, include Ana, ask after Friday, follow up", choices = "2,2,2,2,3,1,2,2,3,3,2,2",
    outcome = "follow_up_landed",
    skills = { listening = { raw = 10, percent = 100 }, value_first = { raw = 8, percent = 100 } } },
  { name = "every timer runs out, the follow-up still rescues it", choices = "2,t,3,2,3,2,t,2,t,2,2,2",
    outcome = "follow_up_landed" },
  { name = "pitching in the room and in the follow-up", choices = "1,3,1,1,3,1,1,2,1", outcome = "pitch_ignored",
    skills = { value_first = { raw = -9 } } },
  { name = "cut off by the countdown, then letting it go", choices = "2,2,3,2,2,3,3,t,1",
    outcome = "never_followed_up" },
  { name = "late scene: Kofi offers to return the favour", from = "kofi_reply", choices = "1",
    outcome = "follow_up_landed" },
}
