-- Eight plain steps for tests/ui/e2e_input.sh: three choices at each, all
-- leading on, so a test can pick (or fail to pick) many times in a row.
local function step(n, to)
  return {
    speaker = "kim",
    text = "Step " .. n .. ". Which answer?",
    choices = {
      { text = "The first answer at step " .. n .. ".", to = to, score = { listening = 1 },
        feedback = "The first answer." },
      { text = "The second answer at step " .. n .. ".", to = to, score = { empathy = 1 },
        feedback = "The second answer." },
      { text = "The third answer at step " .. n .. ".", to = to,
        feedback = "The third answer." },
    },
  }
end

local nodes = {
  done = { speaker = "narrator", text = "The end.", ending = "finished", grade = "good" },
}
for n = 1, 8 do
  nodes["s" .. n] = step(n, n < 8 and "s" .. (n + 1) or "done")
end

return {
  format = 1,
  id = "uitest.steps",
  title = "Eight steps",
  family = "uitest",
  summary = "Kim asks eight questions in a row.",
  cast = { kim = { name = "Kim Hale", role = "Tester" } },
  start = "s1",
  nodes = nodes,
}
