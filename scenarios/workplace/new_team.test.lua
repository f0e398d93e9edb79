-- Expectations for new_team.lua: `rapport test scenarios/workplace/new_team.lua` runs them.
-- Choice numbers follow the author's order (a scripted run without --seed).
return {
  { name = "two minutes asked for, their month heard, the morning list shaped by Lindiwe, April named honestly, the crane, the touchscreen test, an ask built around their shortage",
    choices = "2,3,3,3,2,3,2,2,1,1,3,3", outcome = "built_together",
    skills = { listening = { raw = 14 }, empathy = { raw = 5 }, value_first = { raw = 12 } } },
  { name = "the crane passes while you search for a line; the rest still builds it",
    choices = "2,3,3,3,2,3,t,2,1,1,3,3", outcome = "built_together" },
  { name = "pressing 1 every time: April at once, pencil it in, March schedule in their crunch, rank in January",
    choices = "1,1,1,1,1,1,1", outcome = "the_queue", skills = { value_first = { raw = -13 } } },
  { name = "a polite hello, a good-luck message, a plain ask: fitted in",
    choices = "3,4,3,1,2,2", outcome = "fitted_in" },
  { name = "everything given, then insisting on the original dates",
    choices = "2,3,3,3,2,3,2,2,1,1,3,1", outcome = "overtime" },
  { name = "the list offered with strings, the strings taken off, then a plain ask",
    choices = "2,3,3,2,2,2,2,1,1,2,2", outcome = "fitted_in" },
  { name = "a good meeting, then asking for the schedule two days before their opening and pushing",
    choices = "2,3,3,4,3,4,1,2,1,2,1", outcome = "the_queue" },
  { name = "late scene: one point short of a shared build, made up by working with her dates",
    from = "negotiate", trust = { mairead = 6, lindiwe = 1 }, choices = "2", outcome = "built_together" },
  { name = "late scene: pulling rank spends it all",
    from = "the_ask", trust = { mairead = 5, lindiwe = 2 }, choices = "1,2", outcome = "the_queue" },
  { name = "no guessing bot wins", bots = { max_good = 10 } },
}
