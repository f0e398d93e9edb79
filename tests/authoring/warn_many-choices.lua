local c = {} for i = 1, 13 do c[i] = { text = 'option ' .. i, to = 'e', score = { listening = i % 2, empathy = 1 }, gives = true, feedback = "A reason a coach would give." } end
return { format = 1, id = "w.x", title = "W", start = "a", nodes = { a = { text = 'hi', choices = c }, e = { text = "bye", ending = "done" } } }
