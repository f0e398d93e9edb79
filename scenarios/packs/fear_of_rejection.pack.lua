-- An exercise pack: a workshop on the fear of rejection.
-- Load it with `rapport --pack scenarios/packs/fear_of_rejection.pack.lua`;
-- the format is described in docs/workshops.md. About two hours: five
-- scenarios of difficulty 2 and 3, each followed by ten minutes of discussion.
-- The order follows a no from start to finish: an approach that may be
-- ignored, a clear no in person, silence and then a no by email, repairing a
-- mistake with someone who may not forgive it, and asking again after a
-- "not now" (assessed, to show what stuck).
return {
  format = 1,
  kind = "pack",
  id = "workshop.fear_of_rejection",
  title = "Hearing no, and asking anyway",
  summary = "Two hours on approaching people who may say no: write to a stranger, hear a clear no "
    .. "and keep the door open, follow up on silence without chasing, repair a mistake that "
    .. "cost someone, and ask again six months after a \"not now\".",
  scenarios = {
    { id = "outreach.first_message", mode = "practice", time_limit = 900,
      prompts = {
        "Which line of your message to Kaveh did you most want to soften or cut before sending? "
          .. "What was that line protecting you from?",
        "He might never have answered. How did that possibility change what you offered "
          .. "and what you asked for?",
        "If he said there was no budget and no job, what was still worth saying in the next line?",
      } },
    { id = "rejection.clear_no", mode = "practice", time_limit = 900,
      prompts = {
        "Callum's no was kind and clear. In the line after it, did people argue, shrink the ask, "
          .. "leave, or give? What did each of those cost with him?",
        "Is offering the talk after a no a way of earning a yes later? "
          .. "How would Callum tell the difference?",
      } },
    { id = "outreach.no_reply", mode = "practice", time_limit = 900,
      prompts = {
        "Sunday, 11:48 pm: who sent the 'just bumping this', and who put the phone face down? "
          .. "What does a chaser sent at midnight ask of the person who gets it?",
        "'I'll take this as a not-now and stop': does writing that make a no more likely, or less?",
        "The decision against you was not Halvor's. When his no came, what did you say that "
          .. "left something still possible between you?",
      } },
    { id = "rejection.missed_deadline", mode = "practice", time_limit = 900,
      prompts = {
        "Your mother really was in hospital. Why can a true reason make an apology worse, "
          .. "and is there a point where it belongs in the conversation?",
        "Fatou said 'it's fine'. What did you see that made you believe her, or not, "
          .. "and what did you do with it?",
        "You were two people short for the open day. Why does the repair only work if you ask "
          .. "her for nothing, even something small?",
      } },
    { id = "rejection.ask_again", mode = "assessed", time_limit = 1080,
      prompts = {
        "Scores are in. In March, Teresa told you exactly what would change her answer. "
          .. "Who heard it then, and who came back in September having done it?",
        "When she hesitated over November, what let her say no again without it costing "
          .. "either of you?",
        "Across the five conversations: which no was hardest to hear, and which ask was hardest "
          .. "to make? What would you do differently on Monday?",
      } },
  },
}
