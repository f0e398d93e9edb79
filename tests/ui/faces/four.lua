-- A scenario for the portrait tests (tests/ui/test_faces.c): four people, one
-- of them with a chosen face, a narrator line, and a line in every mood.
return {
  format = 1,
  id = "uitest.faces",
  title = "The project kick-off",
  family = "uitest",
  summary = "Four colleagues around a table before a project starts.",
  cast = {
    ada = { name = "Ada Mensah", role = "Project sponsor", portrait = "teal_headscarf" },
    ben = { name = "Ben Castillo", role = "Engineer" },
    chen = { name = "Chen Wu", role = "Designer" },
    dora = { name = "Dora Fitzgerald", role = "Finance" },
  },
  start = "scene",
  nodes = {
    scene = {
      speaker = "narrator",
      text = "A small meeting room. Coffee, a whiteboard, four chairs.",
      choices = { { text = "Sit down.", to = "ada_warm", feedback = "Fine." } },
    },
    ada_warm = {
      speaker = "ada", mood = "warm",
      text = "Thanks for coming, everyone. I am glad we finally start.",
      choices = { { text = "Glad to be here.", to = "ben_guarded", feedback = "Fine." } },
    },
    ben_guarded = {
      speaker = "ben", mood = "guarded",
      text = "Before we start: who decided the deadline?",
      choices = { { text = "Good question. Ada?", to = "chen_thinking", feedback = "Fine." } },
    },
    chen_thinking = {
      speaker = "chen", mood = "thinking",
      text = "Hmm. If the deadline holds, the design review has to move.",
      choices = { { text = "What would you move?", to = "dora_annoyed", feedback = "Fine." } },
    },
    dora_annoyed = {
      speaker = "dora", mood = "annoyed",
      text = "Moving it again costs money nobody has approved.",
      choices = { { text = "That is fair.", to = "ben_sad", feedback = "Fine." } },
    },
    ben_sad = {
      speaker = "ben", mood = "sad",
      text = "Then the team works weekends again.",
      choices = { { text = "Let us find another way.", to = "ada_surprised", feedback = "Fine." } },
    },
    ada_surprised = {
      speaker = "ada", mood = "surprised",
      text = "Oh! Nobody told me about the weekends.",
      choices = { { text = "Now you know.", to = "chen_neutral", feedback = "Fine." } },
    },
    chen_neutral = {
      speaker = "chen",
      text = "Shall we write the options on the board?",
      ending = "good",
    },
  },
}
