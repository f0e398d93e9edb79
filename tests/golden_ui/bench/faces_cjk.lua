-- scripts/bench's second window scenario (docs/performance.md, "Faces and
-- fallback fonts"): the first screen shows a face from assets/portraits and
-- a line with Chinese and Japanese in it, so the first frame pays for
-- SDL2_image, the SVG rasterisation and the fallback font chain.
return {
  format = 1,
  id = "bench.faces_cjk",
  title = "The visitors from Osaka",
  family = "bench",
  summary = "A colleague introduces two visitors; their names are on the badges in two scripts.",
  difficulty = 1,
  cast = {
    mei = { name = "陈美 (Mei Chen)", role = "Partnerships lead", portrait = "black_bob" },
    haru = { name = "田中春 (Haru Tanaka)", role = "Visiting engineer", portrait = "dark_waves" },
    ines = { name = "Ines Okoro", role = "Head of wardrobe", portrait = "grey_coils" },
  },
  start = "hello",
  nodes = {
    hello = {
      speaker = "mei",
      mood = "warm",
      cue = "她举起两个名牌。",
      text = "欢迎! This is Haru, 田中さん, from our Osaka office. Would you show him the 会议室?",
      choices = {
        { text = "Of course. Haru, this way: the room is just down here.", to = "room",
          gives = true, score = { listening = 1, value_first = 1 },
          feedback = "A clear yes and a first step." },
        { text = "Now? I'm in the middle of something.", to = "room",
          score = { empathy = -1 }, reply = "Oh. Later, then.",
          feedback = "The visitor heard that too." },
      },
    },
    room = {
      speaker = "haru",
      text = "ありがとうございます. Thank you, that is kind.",
      choices = {
        { text = "You're welcome. Coffee is on the left.", to = "done", score = { empathy = 1 },
          feedback = "A small extra makes a visitor at home." },
      },
    },
    done = { speaker = "narrator", text = "Haru finds the coffee and the room.", ending = "welcomed", grade = "good" },
  },
}
