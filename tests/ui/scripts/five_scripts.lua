-- Other scripts for the window's tests (docs/window.md, "Other scripts"):
-- Chinese, Japanese, Korean, Arabic and Hebrew in names, roles, cues, lines
-- and choices. The CJK characters come from the fallback fonts; Arabic and
-- Hebrew are DejaVu's own letters, shaped (Arabic joins) and right to left.
-- tests/ui/scripts/test_scripts_screens.c plays it headless (ui_scripts).
return {
  format = 1,
  id = "uitest.scripts",
  title = "会议 · 会議 · 회의 · اجتماع · פגישה",
  family = "uitest",
  summary = "Five colleagues, five scripts: a line in each, to see that every one shows as text.",
  difficulty = 1,
  cast = {
    li = { name = "李明 (Li Ming)", role = "产品经理 · product manager", portrait = "salt_pepper" },
    sakura = { name = "佐藤さくら", role = "エンジニア · engineer", portrait = "black_bob" },
    minsu = { name = "김민수", role = "디자이너 · designer", portrait = "dark_waves" },
    noor = { name = "نور", role = "مديرة المشروع · project lead", portrait = "teal_headscarf" },
    dana = { name = "דנה", role = "אנליסטית · analyst", portrait = "brown_curls" },
  },
  start = "zh",
  nodes = {
    zh = {
      speaker = "li",
      cue = "李明看了看手表。",
      text = "我们明天下午三点开会，好吗？我需要你的设计稿。",
      choices = {
        { text = "好的，三点见。 (Fine, see you at three.)", to = "ja", score = { listening = 1 },
          feedback = "简短而明确。 Short and clear." },
        { text = "明天不行，后天可以吗？", to = "ja", score = { listening = 0 },
          reply = "后天也行。 (The day after works too.)",
          feedback = "提出另一个时间也可以。" },
      },
    },
    ja = {
      speaker = "sakura",
      cue = "さくらさんは少し困った顔をしている。",
      text = "申し訳ありませんが、締め切りを一日延ばせますか。テストがまだ終わっていません。",
      choices = {
        { text = "もちろんです。何か手伝えることはありますか？", to = "ko",
          score = { empathy = 1, value_first = 1 }, gives = true,
          feedback = "手伝いを申し出るのは良いことです。" },
        { text = "いいえ、予定通りにお願いします。", to = "ko", score = { empathy = -1 },
          reply = "……わかりました。",
          feedback = "理由を聞かずに断ると、相手は話しにくくなります。" },
      },
    },
    ko = {
      speaker = "minsu",
      text = "회의 시간을 바꿔도 될까요? 오후에는 고객 미팅이 있어요.",
      choices = {
        { text = "네, 괜찮아요. 언제가 좋으세요?", to = "ar", score = { listening = 1 },
          feedback = "상대의 일정을 먼저 묻는 것은 좋은 태도입니다." },
      },
    },
    ar = {
      speaker = "noor",
      cue = "نور تبتسم.",
      text = "مرحبا، هل يمكننا تأجيل الاجتماع إلى الغد؟",
      choices = {
        { text = "نعم، بالتأكيد. شكرا لك!", to = "he", score = { empathy = 1 },
          feedback = "رد لطيف وواضح." },
      },
    },
    he = {
      speaker = "dana",
      text = "שלום, אפשר לדחות את הפגישה למחר? תודה רבה!",
      choices = {
        { text = "בטח, נתראה מחר. 감사합니다, ありがとう, 谢谢, شكرا.", to = "done",
          score = { listening = 1 }, feedback = "תשובה קצרה וברורה." },
      },
    },
    done = { speaker = "narrator", text = "会议改到明天。 会議は明日に。 회의는 내일로. الاجتماع غدا. הפגישה מחר.",
             ending = "agreed", grade = "good" },
  },
  debrief = {
    listening = "听清楚时间。",
    empathy = "相手の気持ちを考える。",
    value_first = "먼저 도와주세요.",
  },
}
