-- expect: long-text
-- choices: 1
-- Five thousand lines of text, and a blank line between each.
local l = {} for i = 1, 5000 do l[i] = "line " .. i .. "\n" end
local text = table.concat(l, "\n")
return { format = 1, id = "hostile.many_lines", title = "T", family = "hostile", start = "a", nodes = {
  a = { text = text, choices = { { text = text, to = "e", feedback = text, score = { listening = 1 } } } },
  e = { text = text, ending = "done" } } }
