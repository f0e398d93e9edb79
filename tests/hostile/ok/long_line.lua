-- expect: long-text
-- choices: 1
-- A 100 KB line of text with no line break, and a 5 KB choice.
local w = {} for i = 1, 12000 do w[i] = "word" .. i end
local long = table.concat(w, " ")
return { format = 1, id = "hostile.long_line", title = "T", family = "hostile", start = "a", nodes = {
  a = { text = long, choices = { { text = long:sub(1, 5000), to = "e", feedback = "f", score = { listening = 1 } } } },
  e = { text = "bye", ending = "done" } } }
