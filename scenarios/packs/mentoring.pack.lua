-- An exercise pack: a mentoring workshop, from both sides of the table.
-- Load it with `rapport --pack scenarios/packs/mentoring.pack.lua`;
-- the format is described in docs/workshops.md. About two hours: five
-- scenarios of difficulty 2 and 3, each followed by ten minutes of discussion.
-- The order pairs an ask with its other side: asking someone senior, then
-- being asked; asking how you came across, then thanking a mentor, then
-- telling a mentee what they do not want to hear (assessed, to show what stuck).
return {
  format = 1,
  kind = "pack",
  id = "workshop.mentoring",
  title = "Mentoring, from both sides",
  summary = "Two hours on mentoring as a mentee and as a mentor: ask a busy senior person for "
    .. "something small and defined, be asked when you have no time, ask how you came across "
    .. "and hear the answer, thank a mentor with what changed, and tell a mentee the hard thing.",
  scenarios = {
    { id = "mentor.ask_mentor", mode = "practice", time_limit = 900,
      prompts = {
        "Ines asked what 'a mentor' would even mean: every week, for a year? "
          .. "Read your own ask back from her side of the lift. What was she being asked to agree to?",
        "The Billing jobs sheet could have gone to her at any floor. "
          .. "Did it go as a gift or as a bargaining chip, and how would she have known which?",
      } },
    { id = "mentor.busy_yes", mode = "practice", time_limit = 900,
      prompts = {
        "Bronwen asked for 'properly, regularly'; what she needed was help before the 21st. "
          .. "Who found that out before answering, and which question got them there?",
        "Ten minutes ago you were the one in the lift asking. "
          .. "Did being asked change what you think a good ask sounds like?",
        "Tomasz rang just as her shoulders dropped. What did answering, or not, tell her?",
      } },
    { id = "feedback.how_it_landed", mode = "practice", time_limit = 900,
      prompts = {
        "How did you ask Declan how it went? Which wordings made it easy for him to be honest, "
          .. "and which made 'fine' the polite answer?",
        "Declan stopped halfway through his point about Kasia. "
          .. "Who let the pause sit, and what did the people who filled it never hear?",
        "Kasia did not ask for an apology. What does putting it right with her look like "
          .. "when it has to stay about her and not about you?",
      } },
    { id = "mentor.thank_a_year_on", mode = "practice", time_limit = 900,
      prompts = {
        "Ffion asked 'which bit, though?'. What turned a thank-you into something she could "
          .. "hand to Elliot on Thursday?",
        "She asked what she could do for you while picking up her folder. "
          .. "Was that an invitation? What told you, either way?",
        "The note was promised for Wednesday night, and Wednesday night came with cold chips. "
          .. "What gets in the way of thanks you fully meant to send?",
      } },
    { id = "mentor.honest_feedback", mode = "assessed", time_limit = 1080,
      prompts = {
        "Scores are in. Where did the room say plainly that the duck was not ready, and where "
          .. "did it say something softer? What would Sione have heard in each?",
        "He called his nan's parcel filler, and it was the best thing on the card. "
          .. "Does praise land differently when it contradicts what someone thinks of their own work?",
        "Whose decision was the menu by the end, and which of your lines kept it his?",
        "You heard hard feedback from Declan earlier. Did that change how you gave it to Sione?",
      } },
  },
}
