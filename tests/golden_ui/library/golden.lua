-- The golden images' scenario (tests/ui/test_golden.c, docs/window.md "Golden
-- images"): two people with chosen faces and moods, a cue, a reply and
-- thoughts, a timed moment, a discussion question for the presenter view and
-- a missed moment for the review round. Change it and the images change:
-- regenerate them with scripts/golden-update and look at every one.
return {
  format = 1,
  id = "golden.fitting",
  title = "The costume fitting",
  family = "golden",
  summary = "Ines runs the wardrobe; the fitting overran and the stage manager needs the room.",
  difficulty = 2,
  cast = {
    ines = { name = "Ines Okoro", role = "Head of wardrobe; thirty years in the job", portrait = "grey_coils" },
    pia = { name = "Pia Lindqvist", role = "Stage manager", portrait = "blonde_ponytail" },
  },
  start = "pins",
  nodes = {
    pins = {
      speaker = "ines",
      mood = "warm",
      cue = "She has pins between her lips and a tape measure round her neck.",
      text = "You're early! Stand on the box for me. The hem is still two fingers too long.",
      thought = "If this one fits, we might finish before the dress run.",
      discuss = "What does Ines need from you in the next minute?",
      choices = {
        { text = "Of course. Tell me when to turn.", to = "clock", score = { listening = 1 },
          reply = "Good. Quarter turn, then stay still.",
          thought = "Easy to work with. That helps.",
          feedback = "Following her lead lets her work fast." },
        { text = "Can we be quick? I have a call at four.", to = "clock", score = { empathy = -1 },
          reply = "Everyone has a call at four.",
          thought = "Then why come early?",
          feedback = "Rushing the person who is helping you costs goodwill." },
      },
    },
    clock = {
      speaker = "ines",
      mood = "guarded",
      text = "Pia will want this room back in a minute. Do I pin the hem or leave it for tomorrow?",
      thought = "I hate leaving a hem half done.",
      timeout = 20, on_timeout = "door",
      timeout_feedback = "Letting the moment pass left Ines to guess.",
      choices = {
        { text = "Leave it for tomorrow; I'm sure it's fine as it is.", to = "door", score = { empathy = -1 },
          reply = "If you say so.",
          feedback = "She wanted to finish; a quick yes would have cost you two minutes." },
        { text = "Pin it now. I'll wait.", to = "door", gives = true,
          score = { empathy = 1, value_first = 1 }, reply = "Hold still, then.",
          thought = "Two minutes is all I need.",
          feedback = "Offering the time she needed shows you noticed what mattered to her." },
      },
    },
    door = {
      speaker = "pia",
      mood = "surprised",
      cue = "The door opens; Pia stops with a clipboard in her hand.",
      text = "Oh! I thought you'd finished. The chorus is waiting outside.",
      choices = {
        { text = "Two minutes, Pia. Ines is nearly done.", to = "good_end", score = { listening = 1 },
          feedback = "A clear time lets Pia plan around you." },
        { text = "Sorry, Pia, we'll get out of your way right now.", to = "cut_end", score = { empathy = -1 },
          feedback = "Leaving mid-pin undoes the work you both put in." },
      },
    },
    good_end = { speaker = "narrator", text = "The hem is pinned and the chorus files in on time.", ending = "fitted", grade = "good" },
    cut_end = { speaker = "narrator", text = "You leave with pins still in the hem.", ending = "unfinished", grade = "poor" },
  },
  debrief = {
    listening = "Follow the lead of the person doing the work.",
    empathy = "Notice what matters to them, not only to you.",
  },
}
