-- outreach.no_reply: following up after two weeks of silence, and the answer that finally comes.
-- luacheck: no max line length
-- The player is partnerships lead at Byte Back, a small social enterprise in Cardiff that refurbishes
-- company laptops for secondary pupils who have none at home. Two weeks ago they met Halvor Nygaard,
-- facilities director at an engineering consultancy replacing 400 laptops, and sent a thank-you with a
-- proposal. Nothing since. The player practises a follow-up that adds something he can use and makes
-- a no easy, without guilt ("just bumping this"), pressure (deadlines, a copied colleague, a second
-- channel) or a chain of chasers; and knowing when to stop. The reply, when it comes, is a no, and it
-- is not his fault: the player practises hearing it well, and what can still be given.
-- Timed moment: `sunday`, a "just bumping this" draft at 11:48 pm; letting the moment pass is the
-- right move (timeout_score is positive).
-- Invitation (docs/rubric.md): at `after_no` he says he feels he owes you and asks, with time and
-- attention, what he can do: a real invitation, so a small, specific ask is welcome there; a large one
-- (his chief executive) is still too much.
-- Facts: wipe_worry and week_or_so (the meeting, in the first node), volunteer_day (only if the player
-- rereads their notes), bumped, cc_it, each email line (its key in LINES), closed_loop, stopped,
-- phoned, buyback, putting_off, offered_workshop, asked_supplier, workshop_dated, intro_made, thanked.

-- Halvor's trust at the close that makes the no the start of something.
local GOOD = 5

-- The email lines, by key. A choice's text is its line; picking it learns the key.
local LINES = {
  op_wipe = "Hi Halvor, one thing that may help with your IT security lead's question about wiping.",
  op_slipped = "Hi Halvor, I know how things pile up, so no worries at all if this slipped!",
  op_noreply = "Hi Halvor, I'm following up on my email of the 4th, which I haven't had a reply to yet.",
  op_bump = "Hi Halvor, just bumping this to the top of your inbox!",
  vl_cert = "Since we met, an independent auditor has signed off our process: every drive now comes with its own wipe certificate. A sample is attached, for her.",
  vl_workshop = "And a thought for your May volunteering day: our workshop can host twelve of your people for a day of laptop repair, with no laptops needed from you.",
  vl_report = "I've attached our impact report too: 312 laptops placed last year, and some lovely quotes from pupils.",
  vl_trustees = "Our trustees meet on Thursday and will ask about your laptops, so any update at all would really help me.",
  nd_easy = "If IT has gone another way, or it's simply not the moment, a one-line no is genuinely useful to us.",
  nd_thursday = "Could you let me know either way by Thursday?",
  nd_ring = "I'll give you a ring on Friday afternoon to talk it through, if that works, and to answer any questions from IT.",
  nd_forward = "Looking forward to hearing from you.",
}

local PARTS = {
  { "op_wipe", "op_slipped", "op_noreply", "op_bump" },
  { "vl_cert", "vl_workshop", "vl_report", "vl_trustees" },
  { "nd_easy", "nd_thursday", "nd_ring", "nd_forward" },
}

-- The follow-up as written so far.
local function draft(state)
  local lines = {}
  for _, part in ipairs(PARTS) do
    for _, key in ipairs(part) do
      if state.facts[key] then lines[#lines + 1] = LINES[key] end
    end
  end
  return "Your follow-up so far:\n\n" .. table.concat(lines, "\n")
end

-- How the conversation closes, once his no has been heard.
local function close(state)
  local f = state.facts
  -- Going over his head to his own colleague is not undone by a good close.
  if state.trust.halvor >= GOOD and not f.cc_it and (f.workshop_dated or f.intro_made) then return "door_open" end
  if state.trust.halvor >= 0 then return "kind_close" end
  return "cold_no"
end

return {
  format = 1,
  version = 3,
  id = "outreach.no_reply",
  title = "Two weeks of nothing",
  family = "outreach",
  summary = "Two weeks ago you met Halvor Nygaard about his firm's 400 old laptops, and sent your proposal the next day. Nothing since. Follow up without guilt or pressure, know when to stop, and hear the answer when it finally comes.",
  homework = "Find one message of yours that has gone unanswered for two weeks. Send one short follow-up that gives the person something useful and says plainly that a no is fine; then stop.",
  difficulty = 2,
  cast = {
    halvor = { name = "Halvor Nygaard", role = "Facilities Director, Marrick & Holt (engineering consultancy); 61, thirty years in the firm", portrait = "grey_glasses" },
  },
  start = "sunday",
  nodes = {
    sunday = {
      speaker = "narrator",
      cue = "Your phone is at 4%. The draft is already typed.",
      text = "Sunday, 11:48 pm, Cardiff. Fourteen days ago you met Halvor Nygaard, facilities director at Marrick & Holt, about the 400 laptops they replace in April; the next morning you sent your thanks and a proposal. He had said his IT security lead's only worry was wiping (\"she'll want proof for every drive\") and that you'd hear from him \"in a week or so\". Nothing. Your trustees meet on Thursday. On your phone: \"Hi Halvor, just bumping this to the top of your inbox! Did you get a chance to look at the proposal?\"",
      learn = { "wipe_worry", "week_or_so" },
      discuss = "What does a message sent at midnight after two weeks of silence say, apart from its words?",
      timeout = 15,
      on_timeout = "monday",
      timeout_score = { empathy = 1 },
      timeout_feedback = "You let the moment pass and the draft stayed a draft. A follow-up written at midnight, for your Thursday, is about your worry; the morning gives you a better one.",
      choices = {
        { id = "send_bump",
          text = "(Send it.)",
          to = "bump_read", learn = { "bumped" }, score = { listening = -1 }, tags = { "generic_reply" },
          trust = { halvor = -1 },
          reply = "Sent, 11:49 pm.",
          thought = "Midnight on a Sunday. Bumping. I know, I know.",
          feedback = "'Just bumping this' could follow any email to anyone, and it gives him nothing new to answer. It tells him you are waiting; he knew that." },
        { id = "save_draft",
          text = "(Put the phone face down. Decide in the morning.)",
          to = "monday", score = { empathy = 1 }, tags = { "respect_time" },
          reply = "You put it face down.",
          feedback = "A chaser written at midnight, for your Thursday, is about your worry. Sleeping on it gives you the chance to write one that is about him." },
        { id = "send_sorry",
          text = "(Add \"Sorry to chase, I know you must be swamped!\" first, and send.)",
          to = "bump_read", learn = { "bumped" }, score = { listening = -1 }, tags = { "generic_reply" },
          trust = { halvor = -1 },
          reply = "Sent, 11:50 pm.",
          thought = "Sorry to chase, while chasing.",
          feedback = "The apology softens it, but it is still a chaser with nothing in it, at midnight. Saying sorry for pressure does not take the pressure away." },
        { id = "send_did_you",
          text = "(Change it to \"Hi Halvor, did you get my email from the 4th?\" and send.)",
          to = "bump_read", learn = { "bumped" }, score = { listening = -1, empathy = -1 }, tags = { "generic_reply" },
          trust = { halvor = -1 },
          reply = "Sent, 11:51 pm.",
          thought = "Yes. I got it. That's the problem.",
          feedback = "He almost certainly did get it; the question makes him say so, and admit he has not answered. It asks for guilt, not a decision." },
      },
    },

    bump_read = {
      speaker = "narrator",
      cue = "Read, 7:40 am.",
      text = "Monday. He opened it at 7:40. By Wednesday evening there is still no reply.",
      choices = {
        { id = "bump_again",
          text = "(Send another, gentler one: \"Hi Halvor, just checking this reached you? Happy to resend the proposal if that's easier.\")",
          to = "third", learn = { "bumped_twice" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "Sent. Read at 8:05 the next morning. Another week passes.",
          thought = "Twice in four days. This is becoming a thing I'm avoiding.",
          feedback = "'Read at 7:40' already told you it reached him. A second chaser in four days turns his silence into something he has to manage." },
        { id = "write_properly",
          text = "(Leave it for now. Give it a week, then write something he would actually want to open.)",
          to = "monday", score = { listening = 1 }, tags = { "notice_cue" },
          reply = "A week later.",
          feedback = "He read it and did not answer: that is information, not a reason to send more. The next message needs to give him something, not ask again." },
        { id = "resend",
          text = "(Reply to your own email with the proposal attached again, in case it got buried.)",
          to = "third", learn = { "bumped_twice" }, score = { listening = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "Read at 8:05 the next morning. Another week passes.",
          thought = "I have it. I have had it for two weeks.",
          feedback = "It was read at 7:40, so it was not buried. Sending the same thing again asks him to notice, one more time, that he has not answered it." },
      },
    },

    monday = {
      speaker = "narrator",
      cue = "Your notebook from the meeting is in your bag.",
      text = function(state)
        if state.facts.bumped then
          return "A Monday morning, 8:20, at the workshop. You open a new email to Halvor."
        end
        return "Monday, 8:20, at the workshop. The trustees can wait until Thursday; you open a new email to Halvor."
      end,
      choices = {
        { id = "just_write",
          text = "(Start writing.)",
          to = "open_line",
          reply = "The cursor blinks.",
          feedback = "Fine: you know what the email is about. Rereading your notes might have turned up something more to give him." },
        { id = "reread",
          text = "(Reread the notes from the meeting before writing.)",
          to = "open_line", learn = { "volunteer_day" }, score = { listening = 1 }, tags = { "recall_detail" },
          reply = "Halfway down the page, in your handwriting: \"May volunteering day. 'One more fence-painting and there'll be a mutiny.'\"",
          feedback = "Going back to what he actually said is where a useful follow-up starts. There was more in that meeting than the laptops." },
        { id = "paste_numbers",
          text = "(Open your proposal and copy its key numbers into the new email.)",
          to = "open_line",
          reply = "Four hundred laptops, 312 pupils, one page.",
          feedback = "Harmless, and he has those numbers already, in the email he has not answered. What he lacks is a reason to answer it." },
      },
    },

    open_line = {
      speaker = "narrator",
      text = "The first line.",
      choices = {
        { id = "op_noreply", text = LINES.op_noreply, learn = { "op_noreply" },
          to = "value_line", reply = draft, score = { empathy = -1 }, tags = { "dismiss" },
          trust = { halvor = -1 },
          thought = "Noted: I owe them.",
          feedback = "Accurate, and it puts his silence on the record as a debt. A busy man reads that line as a reprimand, and the rest of the email has to climb out of it." },
        { id = "op_wipe", text = LINES.op_wipe, learn = { "op_wipe" },
          to = "value_line", reply = draft, score = { listening = 2, value_first = 1 }, tags = { "recall_detail", "offer_help" },
          trust = { halvor = 1 },
          thought = "The wiping. That's exactly where it's stuck.",
          feedback = "You opened with his own blocker, in his words, and with help for it rather than a reminder. The first line tells him this email brings him something." },
        { id = "op_bump", text = LINES.op_bump, learn = { "op_bump" },
          to = "value_line", reply = draft, score = { listening = -1 }, tags = { "generic_reply" },
          feedback = "The most common first line of a follow-up, and the least informative: it could open any chaser to anyone. Lead with something that is about him." },
        { id = "op_slipped", text = LINES.op_slipped, learn = { "op_slipped" },
          to = "value_line", reply = draft, score = { empathy = 1 }, tags = { "perspective" },
          feedback = "Kind, and it gives him a way back in without blame. It also spends your first line on his silence rather than on anything new." },
      },
    },

    value_line = {
      speaker = "narrator",
      text = "The body of the email.",
      choices = {
        { id = "vl_report", text = LINES.vl_report, learn = { "vl_report" },
          to = "no_line", reply = draft, score = { value_first = -1 }, tags = { "self_focus" },
          feedback = "Good news for you, and true. It argues your case again, though, rather than helping with the thing that has stalled his." },
        { id = "vl_trustees", text = LINES.vl_trustees, learn = { "vl_trustees" },
          to = "no_line", reply = draft, asks = true, score = { empathy = -1, value_first = -1 }, tags = { "self_focus", "premature_ask" },
          trust = { halvor = -1 },
          thought = "Their trustees. Now I'm holding up their meeting.",
          feedback = "Honest, and it asks him for an update to serve your deadline, with nothing in it for him. He owes your trustees nothing; an update he feels pushed into is rarely a yes." },
        { id = "vl_workshop", text = LINES.vl_workshop, learn = { "vl_workshop", "offered_workshop" }, when = "volunteer_day",
          to = "no_line", reply = draft, gives = true, score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { halvor = 1 },
          thought = "The volunteering day. I'd forgotten I said that.",
          feedback = "You remembered an aside about his other problem and offered to solve it, whatever happens to the laptops. A give with no strings to the ask is the strongest kind." },
        { id = "vl_cert", text = LINES.vl_cert, learn = { "vl_cert" }, when = "wipe_worry",
          to = "no_line", reply = draft, gives = true, score = { listening = 1, value_first = 2 }, tags = { "share_resource", "recall_detail" },
          trust = { halvor = 1 },
          thought = "That's the thing she asked for. I can forward this.",
          feedback = "You answered the exact question his IT lead raised, with something he can forward in one click. A follow-up that removes a blocker is not a chaser." },
      },
    },

    no_line = {
      speaker = "narrator",
      text = "The close.",
      discuss = "How can a follow-up make a no as easy to send as a yes?",
      choices = {
        { id = "nd_thursday", text = LINES.nd_thursday, learn = { "nd_thursday" },
          to = "review", reply = draft, asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          thought = "Their deadline, my homework.",
          feedback = "A deadline on a favour, from someone he owes nothing, after his silence has already said 'not yet'. It asks for a reply on your schedule." },
        { id = "nd_forward", text = LINES.nd_forward, learn = { "nd_forward" },
          to = "review", reply = draft,
          feedback = "An ordinary close, and no harm in it. It leaves him where he was: with an answer he has not found a way to give." },
        { id = "nd_easy", text = LINES.nd_easy, learn = { "nd_easy" },
          to = "review", reply = draft, score = { empathy = 2 }, tags = { "perspective", "respect_time" },
          trust = { halvor = 1 },
          thought = "A no is useful to them. Good, because I may have one.",
          feedback = "Silence after a meeting is often a no someone has not found the words for; you handed him the words. Making a no easy is what gets you any answer at all." },
        { id = "nd_ring", text = LINES.nd_ring, learn = { "nd_ring" },
          to = "review", reply = draft, asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          thought = "A phone call I'll have to dodge.",
          feedback = "A call he did not ask for, booked by you, is pressure in friendly words. If he wanted to talk, he would have written." },
      },
    },

    review = {
      speaker = "narrator",
      text = "You read it through. It's 8:41.",
      choices = {
        { id = "cc_it",
          text = "(Copy in his IT security lead as well, so the certificate question can move without waiting for him.)",
          to = "cc_fallout", learn = { "cc_it" }, score = { empathy = -2 }, tags = { "dismiss" },
          trust = { halvor = -2 },
          reply = "Sent, 8:42, to both of them.",
          thought = "They've gone round me. To my own colleague.",
          feedback = "Efficient, and it goes over his head inside his own firm. He met you in good faith; copying his colleague tells her he was the hold-up." },
        { id = "send",
          text = "(Send it to him.)",
          to = "third",
          reply = "Sent, 8:42. Read at 9:15. A week passes.",
          feedback = "Sent, once, to the person you met. Whatever happens next, you gave him a message worth answering." },
        { id = "schedule",
          text = "(Schedule it for 6:45 tomorrow morning, so it sits at the top of his inbox.)",
          to = "third",
          reply = "Delivered, 6:45. Read at 9:15. A week passes.",
          feedback = "A small tactic, and harmless. What gets a reply is what the email says, not where it sits." },
      },
    },

    cc_fallout = {
      speaker = "halvor",
      mood = "annoyed",
      cue = "His reply comes within the hour. Only you are on it.",
      text = "I'd have preferred you come to me first. I told you I'd come back to you, and I will.",
      choices = {
        { id = "cc_both",
          text = "Noted, sorry! I'll leave it with you both.",
          to = "third", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "No reply. A week passes.",
          feedback = "A quick sorry that keeps his colleague in it: 'you both' is exactly what he objected to. He told you what landed badly; answer that." },
        { id = "cc_sorry",
          text = "Fair, and I'm sorry. That was my impatience, not anything you'd done.",
          to = "third", score = { empathy = 1 }, tags = { "perspective" },
          trust = { halvor = 1 },
          reply = "He doesn't answer that. A week passes.",
          thought = "At least they owned it.",
          feedback = "A short, whole apology that names what you did and does not explain it away. It will not undo the copy, but it stops the damage." },
        { id = "cc_explain",
          text = "Sorry! I only thought it would save you a job, since it's her question really.",
          to = "third", score = { empathy = -1 }, tags = { "dismiss" },
          trust = { halvor = -1 },
          reply = "No reply. A week passes.",
          thought = "Saving me a job. Right.",
          feedback = "An apology followed by a reason is mostly a reason. He told you how it landed; the reason tells him you still think it was fine." },
      },
    },

    third = {
      speaker = "narrator",
      cue = "Your sent folder shows your last message, read, and nothing under it.",
      text = function(state)
        if state.facts.bumped_twice then
          return "Another week of silence after two chasers. Three weeks in all, and the laptops go in April. What now?"
        end
        return "Another week of silence. Three weeks in all since the meeting, and the laptops go in April. What now?"
      end,
      choices = {
        { id = "linkedin",
          text = "(Message him on LinkedIn as well, in case email isn't really his thing; you never know.)",
          to = "reply_no", learn = { "second_channel" }, score = { listening = -1, empathy = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "Seen. A few days later, an email arrives.",
          thought = "Now they're in my other inbox too.",
          feedback = "He has read everything you sent; the channel was never the problem. A second inbox turns patience into pursuit." },
        { id = "close_loop",
          text = "(One last line: \"I'll take this as a not-now and stop filling your inbox; the offer stands.\")",
          to = "reply_no", learn = { "closed_loop" }, score = { listening = 1, empathy = 2 }, tags = { "perspective", "notice_cue" },
          trust = { halvor = 1 },
          reply = "His answer comes the next morning.",
          thought = "They're letting me off. I should at least tell them.",
          feedback = "You read three weeks of silence for what it probably is and released him from it, kindly and without sulking. That is often the message that finally gets a reply." },
        { id = "phone",
          text = "(Ring his mobile, from the card he gave you. Five minutes on the phone will sort this out faster than another week of email.)",
          to = "phoned", learn = { "phoned" }, score = { empathy = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "He picks up on the fifth ring.",
          thought = "Ah. Them.",
          feedback = "Calling someone who has not answered your emails puts him on the spot, live, with no time to choose his words. The silence was telling you he has not found them yet." },
        { id = "stop",
          text = "(Stop. He has what he needs; if he wants it, he knows where you are.)",
          to = "reply_no", learn = { "stopped" }, score = { empathy = 1 }, tags = { "respect_time" },
          reply = "Five weeks later, an email arrives.",
          feedback = "Knowing when to stop is real respect, and your last message stands. A one-line close would have told him so, and taken the weight off him sooner." },
      },
    },

    phoned = {
      speaker = "halvor",
      mood = "guarded",
      cue = "Traffic noise. He is walking somewhere, fast.",
      text = "Hello, yes. Look, I'm between two meetings. I haven't got an answer for you yet, I'm sorry.",
      choices = {
        { id = "ph_release",
          text = "Sorry, bad moment. No answer needed on the phone; write whenever it's decided, even if it's a no.",
          to = "reply_no", score = { listening = 1, empathy = 1 }, tags = { "notice_cue", "respect_time" },
          trust = { halvor = 1 },
          reply = "\"Thank you. I will.\" Two days later, an email.",
          thought = "Decent of them to let me go.",
          feedback = "You heard where he was and let him go at once, with the no made easy. It repairs most of what the call itself cost." },
        { id = "ph_date",
          text = "No problem at all! Roughly when do you think you might have an answer? Only so I can tell my trustees something on Thursday.",
          to = "cold_no", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "\"I really can't say. I have to go.\" The call ends.",
          thought = "Pinning me down on a pavement.",
          feedback = "He told you he was walking between meetings and had no answer; asking for a date pins him down on the pavement. 'Sorry, bad time' and goodbye was the move." },
        { id = "ph_yesno",
          text = "Sure. Just a quick yes or no, then?",
          to = "cold_no", asks = true, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "\"Then it's probably a no. I have to go.\" The call ends.",
          thought = "On the pavement, on the spot.",
          feedback = "He said he had no answer yet, and you asked for one anyway, live. Forced on the spot, the easiest answer is no." },
      },
    },

    reply_no = {
      speaker = "halvor",
      mood = "sad",
      cue = "An email, longer than you expected. It reads as if it has been rewritten more than once.",
      text = function(state)
        local t = "I owe you an answer, and it isn't the one either of us wanted. Our IT security lead has signed a buy-back with the laptop supplier: they collect, wipe and certify everything themselves. It was decided over my head, and I've been putting off telling you."
        if state.facts.vl_cert then t = t .. " Your certificate arrived a day too late, and it was better than theirs." end
        if state.facts.offered_workshop then t = t .. " The volunteering idea, though, I haven't stopped thinking about." end
        return t
      end,
      learn = { "buyback", "putting_off" },
      choices = {
        { id = "rn_guilt",
          text = "That's a real blow. We turned down another firm's batch to keep space free for yours.",
          to = "guilted", score = { empathy = -2 }, tags = { "self_focus" },
          trust = { halvor = -2 },
          reply = "A long pause before the next email.",
          thought = "So now it's my fault twice.",
          feedback = "True, perhaps, and it turns a decision he did not make into a cost he caused. Guilt after a no closes the door he was holding open." },
        { id = "rn_straight",
          text = "Thank you for telling me straight. That can't have been an easy email to write.",
          to = "after_no", score = { listening = 1, empathy = 2 }, tags = { "name_emotion", "notice_cue" },
          trust = { halvor = 1 },
          reply = "His answer comes within the hour.",
          thought = "They understood. I didn't expect that.",
          feedback = "He said he had been putting it off; you named what that meant and thanked him for it. Being easy to give a no to is what makes people come back to you." },
        { id = "rn_reconsider",
          text = "Understood. Is there any chance IT would look again if we matched the supplier's certificate?",
          to = "reconsider", asks = true, score = { empathy = -1, value_first = -1 }, tags = { "miss_cue" },
          trust = { halvor = -1 },
          reply = "His reply is slower this time.",
          thought = "It's signed. I said it's signed.",
          feedback = "He told you it was decided and signed, over his head. Asking him to reopen it asks him to fight his own colleague for you." },
        { id = "rn_fine",
          text = "No problem at all! Thanks anyway, Halvor.",
          to = close, can_go = { "door_open", "kind_close", "cold_no" },
          score = { listening = -1, empathy = 1 }, tags = { "miss_cue" },
          reply = "\"Thank you for understanding.\"",
          feedback = "Gracious, and you took the no without pushing. He also said he had been putting it off, and a word on that would have let him finish the conversation he started." },
        { id = "rn_why",
          text = "Can I ask why your IT lead went with the supplier? Was it price, or the certificate?",
          to = "reconsider", score = { listening = 1, empathy = -1 }, tags = { "follow_up_question" },
          reply = "\"Honestly, I don't know all of it.\"",
          feedback = "A fair follow-up for your next pitch, and it stays on his point. But he has just told you it was decided over his head; asking him to explain it asks for what he was not part of." },
      },
    },

    reconsider = {
      speaker = "halvor",
      mood = "guarded",
      cue = "Two short lines.",
      text = "It's signed, I'm afraid, and it wasn't mine to sign. There's no reopening it this year.",
      choices = {
        { id = "rc_push",
          text = "Of course. Could you at least forward our certificate to her, so she has it in front of her when the next refresh comes round?",
          to = "cold_no", asks = true, score = { listening = 1, empathy = -1, value_first = -1 }, tags = { "premature_ask" },
          trust = { halvor = -1 },
          reply = "\"I'll see.\"",
          thought = "Still pushing.",
          feedback = "You heard 'not this year' and aimed at the next refresh, but he has said no twice and told you whose decision it was. A smaller version of the same ask still asks him to lobby his colleague for you." },
        { id = "rc_loss",
          text = "Fair enough. Their loss.",
          to = "cold_no", score = { empathy = -1 }, tags = { "dismiss" },
          trust = { halvor = -1 },
          reply = "\"Perhaps.\"",
          thought = "'Their' is my firm. And me.",
          feedback = "Said to lighten it, but 'their loss' is a swipe at his colleagues, and at him. Taking a no well means leaving nobody at fault." },
        { id = "rc_accept",
          text = "Understood, and thank you for telling me. It sounds like it was out of your hands.",
          to = "after_no", score = { listening = 1, empathy = 1 }, tags = { "paraphrase" },
          trust = { halvor = 1 },
          reply = "\"It was. Thank you for seeing that.\"",
          thought = "Fair. They get it.",
          feedback = "You let the decision stand and reflected back what he had said about it. That is the moment the no stops being awkward." },
      },
    },

    guilted = {
      speaker = "halvor",
      mood = "sad",
      cue = "One line, sent late in the evening.",
      text = "I'm sorry to hear that. I wish I'd known.",
      choices = {
        { id = "gu_double",
          text = "It's fine. It's just frustrating when you say a week and then go quiet for a month.",
          to = "cold_no", score = { empathy = -2 }, tags = { "dismiss" },
          trust = { halvor = -1 },
          reply = "He doesn't reply.",
          thought = "Understood. I won't be going quiet on them again: I won't be writing at all.",
          feedback = "He apologised, and you answered with a second charge. That tells him any contact with you will come with a bill." },
        { id = "gu_repair",
          text = "That came out wrong; the other batch isn't on you. Thanks for telling me straight.",
          to = "after_no", score = { empathy = 1 }, tags = { "perspective" },
          trust = { halvor = 1 },
          reply = "\"Thank you. I appreciate that.\"",
          thought = "All right. That's better.",
          feedback = "You caught your own guilt trip and took it back in one line. Repairs that short are the ones people believe." },
        { id = "gu_oh_well",
          text = "Oh well. These things happen.",
          to = "cold_no", score = { listening = -1 }, tags = { "generic_reply" },
          reply = "He doesn't reply.",
          feedback = "It ends the awkwardness without touching it: he apologised because of what you said about the other batch, and that still stands. Take it back or leave it, but say which." },
      },
    },

    after_no = {
      speaker = "halvor",
      mood = "warm",
      cue = "A longer email than any so far. He has clearly sat down to write it.",
      text = "Honestly, I was embarrassed. I told you a week or so and then I had nothing to say. I feel I owe you one. Is there anything I can do? I mean it.",
      learn = { "embarrassed" },
      choices = {
        { id = "an_ceo",
          text = "Since you ask: could you introduce me to your chief executive? Byte Back would be right up her street.",
          to = close, can_go = { "door_open", "kind_close", "cold_no" }, asks = true,
          score = { value_first = -2 }, tags = { "premature_ask" },
          trust = { halvor = -1 },
          reply = "\"I'll... see what I can do.\"",
          thought = "That's a much bigger thing than I meant.",
          feedback = "He did invite an ask, but his chief executive is a large one, and it spends his guilt rather than his goodwill. Something small, that he can do himself, honours the offer." },
        { id = "an_nothing",
          text = "You don't owe me a thing. Thanks for the meeting in the first place.",
          to = close, can_go = { "door_open", "kind_close", "cold_no" }, score = { listening = 1, empathy = 1 }, tags = { "perspective" },
          reply = "\"That's kind. Good luck with it all.\"",
          feedback = "You heard his embarrassment and let him off the hook, which is kind. He asked because he wanted to even things up, though; a small, real ask or a give would have let him." },
        { id = "an_supplier",
          text = "One small thing: who runs the buy-back at the supplier? I'd like to ask whether their refurbished machines could come to schools.",
          to = "supplier", asks = true, learn = { "asked_supplier" },
          score = { listening = 1, value_first = 1 }, tags = { "specific_ask" },
          trust = { halvor = 1 },
          reply = "\"That I can do.\"",
          thought = "Easy, and useful. Good.",
          feedback = "He invited an ask and you made a small, specific one that is his to give and costs him one email. It even turns his no into a possible route for the laptops." },
        { id = "an_word",
          text = "Could you put in a good word with IT for us for the next refresh?",
          to = close, can_go = { "door_open", "kind_close", "cold_no" }, asks = true,
          score = { value_first = -1 }, tags = { "vague_ask" },
          reply = "\"Of course. Though that's three years off.\"",
          feedback = "A good word, three years from now, with no shape to it, is hard for him to do and harder to know he has done. Ask for something he can finish this week." },
        { id = "an_workshop",
          text = "Nothing owed. But if May still needs a volunteering day, we'd love to host twelve of your people in the workshop.",
          to = "workshop", when = "volunteer_day", gives = true, learn = { "offered_workshop" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help", "recall_detail" },
          trust = { halvor = 1 },
          reply = "\"You'd still do that? After this?\"",
          thought = "After I said no. Remarkable.",
          feedback = "You turned his offer round and gave instead, on a problem he mentioned in passing weeks ago. A give right after a no is the one nobody mistakes for a trade." },
      },
    },

    workshop = {
      speaker = "halvor",
      mood = "surprised",
      cue = "He replies within minutes this time.",
      text = "That is the best idea anyone has given me for May, and I've had three weeks of fence-painting proposals. What would they actually do?",
      choices = {
        { id = "wk_concrete",
          text = "Rebuild twenty laptops, then hand them to pupils at a school in Splott. I'll send two May dates by Friday.",
          to = "thanks_note", learn = { "workshop_dated" },
          score = { listening = 1, value_first = 2 }, tags = { "offer_help" },
          trust = { halvor = 1 },
          reply = "\"Friday. Perfect.\"",
          thought = "A real day, with a real end. They'll love that.",
          feedback = "You answered his question with something his people can picture, and a date for the next step. Concrete help fitted to what he asked is the strongest give." },
        { id = "wk_vague",
          text = "Oh, all sorts! Let's talk nearer the time.",
          to = "thanks_note", learn = { "workshop_talked" }, score = { listening = -1, empathy = -1, value_first = -1 }, tags = { "generic_reply", "vague_ask" },
          reply = "\"All right. May's soon, though.\"",
          feedback = "He asked exactly what his people would do, keen and with May coming, and 'all sorts, later' dodges the question and his deadline. The give is in the detail." },
        { id = "wk_strings",
          text = "Strip, wipe and rebuild laptops for pupils all day. And perhaps it would help your IT lead see what we do, ready for next time?",
          to = "thanks_note", asks = true, learn = { "workshop_talked" },
          score = { value_first = -1 }, tags = { "premature_ask" },
          trust = { halvor = -2 },
          reply = "\"Perhaps.\"",
          thought = "Ah. So it's a sales visit.",
          feedback = "The day itself was a gift; the second sentence attaches the laptops to it again. Let the day be the day." },
      },
    },

    supplier = {
      speaker = "halvor",
      mood = "warm",
      cue = "He copies you in the same afternoon.",
      text = "Done: I've introduced you to their buy-back manager and told her you're good people. Let me know how it goes.",
      learn = { "intro_made" },
      choices = {
        { id = "su_plain",
          text = "Thank you, Halvor.",
          to = "thanks_note",
          reply = "A thumbs-up.",
          feedback = "Short and fine. Thanks that named what he did would have stayed with him longer." },
        { id = "su_thanks",
          text = "Thank you; 'good people' from you will open that door faster than any proposal of mine.",
          to = "thanks_note", gives = true, score = { value_first = 1 }, tags = { "gratitude" },
          trust = { halvor = 1 },
          reply = "\"Ha. Let's hope so.\"",
          thought = "Nice to be useful after all.",
          feedback = "Thanks that name exactly what he did and what it changes for you. He can tell himself the no ended somewhere good." },
        { id = "su_more",
          text = "Thank you! While you're at it, do you know anyone at the other big engineering firms down on the bay who might have laptops?",
          to = "thanks_note", asks = true, score = { value_first = -1 }, tags = { "vague_ask" },
          trust = { halvor = -1 },
          reply = "\"I'll have a think.\"",
          thought = "One was the offer. Not a list.",
          feedback = "He did the one thing you asked, the same day, and you asked for more before thanking him properly. One small ask, delivered, is the place to stop." },
      },
    },

    thanks_note = {
      speaker = "narrator",
      cue = "Friday, 4:30 pm.",
      text = function(state)
        if state.facts.intro_made then
          return "The buy-back manager has answered: sixty machines a quarter, if the paperwork works. Halvor doesn't know yet."
        end
        if state.facts.workshop_dated then
          return "Friday afternoon. You told Halvor you'd send two dates in May by today."
        end
        return "Friday afternoon. Nothing was promised for today; Halvor is in your inbox, three weeks older than anything else."
      end,
      choices = {
        { id = "tn_fyi",
          text = "(Send one line: \"Thanks again!\")",
          to = close, can_go = { "door_open", "kind_close", "cold_no" },
          reply = "Sent, 4:31 pm.",
          feedback = "Polite, and better than nothing. It tells him nothing of what his help, or your offer, turned into; that is what he would have liked to hear." },
        { id = "tn_send",
          text = "(Write to Halvor now with what came of it: the dates, or the supplier's answer.)",
          to = close, can_go = { "door_open", "kind_close", "cold_no" }, learn = { "thanked" },
          gives = true, score = { value_first = 2 }, tags = { "follow_through" },
          trust = { halvor = 1 },
          reply = "Sent, 4:34 pm.",
          thought = "They closed the loop. People don't.",
          feedback = "You went back to him with what his help or your offer became, on the day. That is the message that turns a no into a contact." },
        { id = "tn_later",
          text = "(Next week. It's Friday afternoon; he's probably finished for the weekend, and it'll read better on a Monday.)",
          to = close, can_go = { "door_open", "kind_close", "cold_no" },
          trust = { halvor = -1 },
          reply = "Next week has a funding deadline in it.",
          thought = "Haven't heard. Oh well.",
          feedback = "A weekend's wait looks harmless, and then next week fills up and he is left wondering. Three lines today, with whatever came of it, would have closed the loop." },
      },
    },

    -- Endings. Their texts claim only what happened on the route. --------------------------------
    door_open = {
      speaker = "narrator",
      text = function(state)
        local t = {}
        if state.facts.workshop_dated then
          t[#t + 1] = "In May, twelve Marrick & Holt engineers spend a day in your workshop and hand twenty rebuilt laptops to pupils in Splott. Halvor comes too, and stays till the end."
        end
        if state.facts.intro_made then
          t[#t + 1] = "The supplier's first sixty machines arrive in June, with a note: \"Halvor said you were good people.\""
        end
        t[#t + 1] = "His no cost you 400 laptops. How you followed up, and how you heard it, got you something he could actually give."
        return table.concat(t, " ")
      end,
      ending = "door_open",
      grade = "good",
    },
    kind_close = {
      speaker = "narrator",
      text = function(state)
        if state.facts.workshop_dated or state.facts.intro_made then
          return "Something comes of it, though less than it might: the thread with Halvor trails off after a few more emails. You are a name he thinks of kindly, and that is all."
        end
        if state.facts.workshop_talked then
          return "The volunteering day comes up once more, in April, without a date. In May, Marrick & Holt paints a fence. The thread with Halvor ends on good terms, and that is all."
        end
        return "The thread ends on good terms: his no, your thanks. The 400 laptops go back to the supplier. You are a name he thinks of kindly, and that is all."
      end,
      ending = "kind_close",
      grade = "mixed",
    },
    cold_no = {
      speaker = "narrator",
      text = function(state)
        if state.facts.cc_it then
          return "The laptops go to the supplier. Later you hear that his IT lead asked him who you were, and why you had copied her. He doesn't answer your Christmas card."
        end
        local f = state.facts
        if f.bumped or f.bumped_twice or f.second_channel or f.phoned then
          return "The laptops go to the supplier. Halvor's last email is two lines long, and he doesn't answer your Christmas card. Somewhere between the chasers and the answer, you became the thing in his inbox he avoids."
        end
        return "The laptops go to the supplier. Halvor's last email is two lines long, and he doesn't answer your Christmas card."
      end,
      ending = "cold_no",
      grade = "poor",
    },
  },
  debrief = {
    listening = "The meeting had already told you what to write: his IT lead's worry about wiping, 'a week or so', and, in your notes, a volunteering day. A follow-up built on those is news; one built on 'just bumping this' is a reminder. In his no, if it reached you in full, the line to hear was that he had been putting it off.",
    empathy = "Silence after a meeting is usually a no someone has not found the words for, or a decision out of their hands. Chasers, deadlines, a second channel, a copied colleague or a call all raise the cost of answering; a line that makes a no easy lowers it, and knowing when to stop is part of the same respect.",
    value_first = "A follow-up earns its place by bringing something: the certificate his IT lead asked for, or a day his team could use. If, after the no, he offers to help, the offer is real: a small, specific ask he can do himself honours it; a large one, or a give with the laptops attached, does not.",
  },
}
