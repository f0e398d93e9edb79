-- guessable-cue: at 8 nodes the best choice is always listed first (a guesser presses 1).
return { format = 1, id = "w.cue", title = "Cue", start = "n1", nodes = {
  n1 = { text = "line 1", choices = {
    { id = "g1", text = "Tell me more about that.", to = "n2", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b1", text = "Sure, whatever works best for everybody here today.", to = "n2", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n2 = { text = "line 2", choices = {
    { id = "g2", text = "What happened next, from your side of it?", to = "n3", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b2", text = "Okay.", to = "n3", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n3 = { text = "line 3", choices = {
    { id = "g3", text = "That sounds like a hard week.", to = "n4", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b3", text = "Let us move on to the next agenda item now.", to = "n4", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n4 = { text = "line 4", choices = {
    { id = "g4", text = "Which part surprised you?", to = "n5", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b4", text = "Right.", to = "n5", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n5 = { text = "line 5", choices = {
    { id = "g5", text = "I can send you the notes tonight.", to = "n6", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b5", text = "Interesting, I had a similar thing once at my old job.", to = "n6", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n6 = { text = "line 6", choices = {
    { id = "g6", text = "So the deadline moved, not the scope?", to = "n7", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b6", text = "Hm.", to = "n7", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n7 = { text = "line 7", choices = {
    { id = "g7", text = "You sound relieved it is over.", to = "n8", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b7", text = "Anyway, as I was saying about my own project.", to = "n8", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  n8 = { text = "line 8", choices = {
    { id = "g8", text = "What would help most right now?", to = "e", score = { listening = 1 }, feedback = "It follows their point." },
    { id = "b8", text = "Cool.", to = "e", reply = "Oh.", feedback = "It drifts away from what they said." } } },
  e = { text = "bye", ending = "done" } } }
