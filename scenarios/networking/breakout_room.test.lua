-- Expectations for breakout_room.lua: `rapport test scenarios/networking/breakout_room.lua` runs them.
-- Choice numbers are in the author's order (scripted runs are not shuffled); "t" lets the clock run out.
return {
  { name = "shape the room, give, include Ana, make room for Kofi's help, follow up, one invited ask",
    choices = "1,2,3,3,1,3,1,3,2,3,4,2", outcome = "follow_up_landed",
    skills = { listening = { raw = 13 }, value_first = { raw = 11 } } },
  { name = "every timer runs out, the follow-up still rescues it", choices = "1,t,3,3,1,2,t,1,t,1,4,2",
    outcome = "follow_up_landed" },
  { name = "pitching in the room and in the follow-up", choices = "2,1,2,1,3,2,1,2,1,2", outcome = "pitch_ignored",
    skills = { value_first = { raw = -14 } } },
  { name = "cut off by the countdown, then letting it go", choices = "1,2,3,3,1,3,1,4,t,2",
    outcome = "never_followed_up" },
  { name = "a useful email after a careless room is only thanked", choices = "3,3,1,2,1,4,2,1",
    outcome = "thanked" },
  { name = "late scene: Kofi asks what he can do; one small ask", from = "kofi_reply", choices = "3",
    outcome = "follow_up_landed" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
