-- merge-without-reply: a question and a brush-off both lead to 'answer', whose
-- line can only answer one of them; neither choice has a reply.
return { format = 1, id = "w.merge", title = "Merge", start = "a", nodes = {
  a = { text = "I just got back from the conference.", choices = {
    { text = "How was it?", to = "answer", score = { listening = 1 }, tags = { "open_question" },
      feedback = "An open question gives them the floor." },
    { text = "I never go to those.", to = "answer", score = { listening = -1 }, tags = { "topic_hijack" },
      feedback = "It turns the talk to you." } } },
  answer = { text = "Exhausting, but I met the people I hoped to.", ending = "done" } } }
