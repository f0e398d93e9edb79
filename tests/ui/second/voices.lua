-- The second edition's fields for the window's tests (tests/ui/test_screens.c,
-- second_edition): replies at a merge, thoughts on a node and on choices, a
-- mood, a fixed order, and a timed moment with its own score and coach line.
return {
  format = 1,
  id = "uitest.voices",
  title = "The hiring manager",
  family = "uitest",
  summary = "Rosa from another team stops by your desk with a question.",
  cast = { rosa = { name = "Rosa Diaz", role = "Hiring manager, data team" } },
  start = "ask",
  nodes = {
    ask = {
      speaker = "rosa", mood = "guarded",
      thought = "I hope this is not a bad time to ask.",
      text = "Do you have a minute? I am stuck on a job post.",
      choices = {
        { id = "listen", text = "Sure. What is the post for?", to = "post",
          score = { listening = 1 }, tags = { "open_question" },
          reply = "Thank you. It is for a data analyst.",
          thought = "Good, a real question back.",
          feedback = "An open question gives her the floor." },
        { id = "rush", text = "Only a minute. Go.", to = "post",
          score = { empathy = -1 }, tags = { "rushing" },
          reply = "Right. I will be quick, then.",
          thought = "I should not have asked.",
          feedback = "Rushing her makes the ask feel like a burden." },
      },
    },
    post = {
      speaker = "rosa", mood = "warm",
      text = "The first draft lists twelve tools. Is that too many?",
      timeout = 20, on_timeout = "quiet",
      timeout_score = { listening = -1 },
      timeout_feedback = "She waited and you said nothing: silence read as not caring.",
      order = "fixed",
      choices = {
        { id = "first", text = "First, which three matter most?", to = "done",
          score = { listening = 1 }, feedback = "Asking her to rank shows you follow her." },
        { id = "second", text = "Second, I would cut the rest.", to = "done",
          score = { listening = 0 }, feedback = "Advice before understanding." },
        { id = "third", text = "Third, tools do not matter.", to = "done",
          score = { listening = -1 }, feedback = "Dismissing the question." },
      },
    },
    quiet = { speaker = "narrator", text = "Rosa goes back to her desk.", ending = "left_alone", grade = "poor" },
    done = { speaker = "narrator", text = "Rosa thanks you and edits the post.", ending = "helped", grade = "good" },
  },
}
