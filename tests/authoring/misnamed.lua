-- A correct scenario whose expectations (misnamed.test.lua) name what it lacks.
-- A small scenario that exercises every rule the golden transcripts pin down:
-- facts and `when`, trust, a function-valued text and `to`, gives/asks, a timeout.
return {
  format = 1,
  id = "test.fixture",
  title = "Fixture",
  family = "test",
  cast = { sam = { name = "Sam Reyes", role = "Data engineer" } },
  start = "hello",
  nodes = {
    hello = {
      speaker = "sam", text = "I just shipped the new pipeline. It was a slog.",
      learn = { "pipeline" },
      choices = {
        { text = "Congratulations! What made it a slog?", to = "slog",
          score = { listening = 1, empathy = 1 }, tags = { "celebrate", "open_question" },
          trust = { sam = 1 }, feedback = "You celebrated and asked about their experience." },
        { text = "Nice work. By the way, do you happen to know anyone who is hiring right now?", to = "cold", asks = true,
          tags = { "premature_ask" }, trust = { sam = -1 },
          feedback = "An ask before any interest in them." },
      },
    },
    slog = {
      speaker = "sam",
      text = function(state)
        if state.trust.sam > 0 then return "Backfills, mostly. Thanks for asking." end
        return "Long story."
      end,
      timeout = 10, on_timeout = "cold",
      choices = {
        { text = "I wrote a backfill checker last year; want it?", to = "ask", gives = true,
          score = { empathy = 1 }, tags = { "offer_help" }, feedback = "Value offered first." },
        { text = "Backfills are the worst, honestly; I have lost whole weekends to them.", to = "ask", tags = { "generic_reply" },
          feedback = "Agreeable, but it adds nothing." },
      },
    },
    ask = {
      speaker = "sam", text = "That would help, honestly.",
      choices = {
        { text = "Happy to. Could you tell me how your team hires?", asks = true,
          when = "pipeline",
          to = function(state) if state.trust.sam > 0 then return "warm" end return "cold" end,
          can_go = { "warm", "cold" }, score = { listening = 1 },
          tags = { "specific_ask" }, feedback = "A small, specific ask after giving." },
        { text = "Anyway, see you.", to = "cold", feedback = "You left the door half open." },
      },
    },
    warm = { speaker = "sam", text = "Sure, let me send you our process.", ending = "connected", grade = "good" },
    cold = { speaker = "sam", text = "Right. Good luck.", ending = "missed", grade = "poor" },
  },
  debrief = { listening = "Ask about what they just told you." },
}
