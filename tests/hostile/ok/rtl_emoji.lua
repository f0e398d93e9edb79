-- expect: ok
-- choices: 1,2
-- Right-to-left scripts, bidi controls, emoji (ZWJ sequences, skin tones, flags,
-- keycaps), combining marks and zero-width characters in every text field.
return {
  format = 1,
  id = "hostile.rtl_emoji",
  title = "مقهى الصباح ☕ — בית קפה",
  family = "hostile",
  summary = "שלום! مرحبا 👋🏽 — a mixed line: \u{202E}txet desrever\u{202C} and \u{200F}RLM\u{200E}.",
  cast = { layla = { name = "ليلى 👩🏾‍💻", role = "مهندسة — מהנדסת 🇵🇸🇮🇱🏳️‍🌈" } },
  start = "hello",
  nodes = {
    hello = {
      speaker = "layla",
      text = "مرحبا! هل هذه أول مرة لك هنا؟ 😊 👨‍👩‍👧‍👦 1️⃣ e\u{301}\u{301}\u{301} Z\u{35F}\u{36B}a\u{328}\u{345}l\u{337}g\u{35E}o\u{334}",
      learn = { "وصلت" },
      choices = {
        { text = "نعم، أول مرة. وأنتِ؟ 🙂", to = "warm", score = { listening = 1 },
          feedback = "سؤال مفتوح يعطيها الكلمة. ✅" },
        { text = "כן. את מכירה מישהו שמגייס? 🤔\u{200B}\u{FEFF}", to = "cold", asks = true,
          feedback = "בקשה במשפט הראשון 🚫" },
      },
    },
    warm = { speaker = "layla", text = "تشرفنا! 🎉", ending = "מחובר 🤝", grade = "good",
             learn = "وصلت" },
    cold = { speaker = "layla", text = "לא ממש. סליחה 🚶‍♀️", ending = "فائت 💨", grade = "poor" },
  },
  debrief = { listening = "استمع أولاً 👂 — הקשב קודם" },
}
