-- tests/cli/practice.lua: a small scenario for the deliberate-practice tests
-- (tests/cli/practice.sh, tests/ui/e2e_practice.sh): two moments, each
-- with a thought on the node and on its lines, and homework.
return {
  format = 1,
  id = "test.practice",
  title = "Practice fixture",
  summary = "Lee has just come back from a hard client call.",
  cast = { lee = { name = "Lee Park", role = "Account manager" } },
  homework = "Tomorrow, ask one colleague how their hardest call of the week went.",
  start = "back",
  nodes = {
    back = {
      speaker = "lee", text = "That call was rough. They want the whole plan redone by Friday.",
      thought = "I hope nobody asks me for a status update right now.",
      choices = {
        { text = "Rough how? What did they push back on?", to = "why",
          score = { listening = 1, empathy = 1 }, thought = "Someone actually wants to know.",
          feedback = "An open question about what she just said." },
        { text = "Can you send me the notes when you get a minute?", to = "why", asks = true,
          reply = "Later.", thought = "Of course. More work.", feedback = "An ask before any interest." },
      },
    },
    why = {
      speaker = "lee", text = "They think the timeline is padded. It isn't.",
      thought = "Do they think I inflate everything?",
      choices = {
        { text = "That must sting, after the hours you put in.", to = "done",
          score = { empathy = 1 }, thought = "Yes. Exactly that.",
          feedback = "You named the feeling under the facts." },
        { text = "Timelines are always padded a bit, to be fair.", to = "done",
          score = { empathy = -1 }, reply = "Hm.", thought = "Great, you too.",
          feedback = "Taking the client's side right now reads as a judgement." },
      },
    },
    done = { speaker = "lee", text = "Thanks. I needed that.", ending = "heard", grade = "good" },
  },
}
