-- An exercise pack: relationships inside your own organisation.
-- Load it with `rapport --pack scenarios/packs/inside_the_organisation.pack.lua`
-- (or `rapport play --text --pack ...` in a terminal); the format is described
-- in docs/workshops.md. About ninety minutes: four scenarios of the
-- `workplace` and `feedback` families, each followed by ten minutes of talk.
-- The order moves from people you will need later, to someone above your
-- manager, to a colleague whose habits differ from yours, to hearing what
-- your own habits cost the people around you (assessed, to show what stuck).
return {
  format = 1,
  kind = "pack",
  id = "workshop.inside",
  title = "Inside the organisation",
  summary = "Ninety minutes on the people you work beside: meet a team before you need it, "
    .. "use a skip-level meeting without going around your manager, find a way of working "
    .. "with a colleague whose norms differ from yours, and hear criticism of your own habits.",
  scenarios = {
    { id = "workplace.new_team", mode = "practice", time_limit = 900,
      prompts = {
        "Mairead asked what the workshop could do for you. What did your first answer "
          .. "tell her about the next three months?",
        "Which thing you learnt about their week turned out to matter later, "
          .. "and when did you learn it?",
      } },
    { id = "workplace.skip_level", mode = "practice", time_limit = 900,
      prompts = {
        "Quentin wanted to know what you see from where you sit. How did you say it "
          .. "without making it a complaint about Lorna?",
        "The meeting was cut short. What did you drop, and what did you make sure to keep?",
      } },
    { id = "workplace.different_norms", mode = "practice", time_limit = 900,
      prompts = {
        "Magnus offered coffee and a question about your weekend. Whose habit decided "
          .. "how much time that got, and did anyone ask?",
        "He wrote a word on his pad and crossed it out. What made it safe, or not, "
          .. "for him to say it out loud?",
        "Which of your team's habits would a newcomer have to learn without being told?",
      } },
    { id = "feedback.hearing_criticism", mode = "assessed", time_limit = 900,
      prompts = {
        "Funmi came in on her own to say it. What was the first sentence that told her "
          .. "it had been worth the risk?",
        "Explaining, defending, apologising at length: which did you feel the pull of, "
          .. "and what did you do instead?",
      } },
  },
}
