-- Test cases of the wrong shape beside a scenario with errors.
return {
  { name = "nothing" },
  { choices = 5, outcom = "fine" },
  { outcome = "fine", bots = 5 },
  { outcome = "fine", bots = { max_good = 500 } },
  7,
}
