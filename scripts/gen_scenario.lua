-- scripts/gen_scenario.lua: writes a big, valid rapport scenario and the same
-- graph as an ink story, for scripts/bench.
--
--   lua5.4 scripts/gen_scenario.lua NODES OUTDIR
--
-- writes OUTDIR/nodesNODES.lua (format 1) and OUTDIR/nodesNODES.ink, and prints
-- one line of facts about the graph (key=value) that scripts/bench reads.
--
-- Shape, and why: the nodes sit in layers. The start layer has one node, each
-- next layer three times as many until WIDTH = ceil(NODES / 40), then layers of
-- WIDTH, and a last layer of endings holding the remainder. Node j of a layer
-- leads to nodes 3j, 3j+1, 3j+2 (modulo the next layer's size) of the next one,
-- so every node is reachable, every node reaches an ending, and every
-- playthrough takes exactly (layers - 1) choices whatever is picked. That makes
-- choices per second exact for all three players (rapport, plain Lua, ink)
-- without trusting anyone's counter.
--
-- Content per node is sized like the shipped scenarios (about 1 KB of source a
-- node): three choices with score changes and feedback, gives and asks on some
-- choices, facts learnt on arrival and tested by `when` three layers later, trust
-- changes, and author functions: function-valued text on every 17th node and a
-- function `to` with `can_go` on every 13th node's first choice. The text is
-- made from a fixed word list by a fixed LCG, so the output is the same on every
-- machine and Lua version.

local N = tonumber(arg[1])
local outdir = arg[2]
if not N or N < 50 or not outdir then
  io.stderr:write("usage: lua5.4 gen_scenario.lua NODES OUTDIR (NODES >= 50)\n")
  os.exit(2)
end
N = math.floor(N)

-- ---- deterministic text ----
local seed = 12345 + N
local function rnd(n) -- 1..n
  seed = (seed * 1103515245 + 12345) % 2147483648
  return (seed // 65536) % n + 1
end
local words = {
  "project", "team", "week", "launch", "customers", "onboarding", "meeting", "coffee",
  "question", "idea", "plan", "budget", "deadline", "roadmap", "feedback", "story",
  "morning", "office", "client", "hiring", "mentor", "career", "course", "problem",
  "numbers", "report", "design", "release", "support", "tickets", "weekend", "travel",
  "really", "honestly", "probably", "quite", "rather", "almost", "always", "never",
  "busy", "tired", "curious", "nervous", "glad", "surprised", "worried", "keen",
  "talk", "share", "listen", "explain", "wonder", "notice", "remember", "follow",
}
local function phrase(nw, lower)
  local t = {}
  for i = 1, nw do t[i] = words[rnd(#words)] end
  if not lower then t[1] = t[1]:sub(1, 1):upper() .. t[1]:sub(2) end
  return table.concat(t, " ")
end

-- ---- the layers ----
local width = math.ceil(N / 40)
local sizes, total = {}, 0
local s = 1
while total < N do
  local take = math.min(s, width, N - total)
  sizes[#sizes + 1] = take
  total = total + take
  s = math.min(s * 3, width)
end
-- The last layer must hold endings only: if it is tiny next to the one before,
-- that is fine, since (3j + k) mod size still reaches each of its nodes.
local L = #sizes
local function nid(d, j) return string.format("n%d_%d", d, j) end

local cast = { "maya", "dev", "sam" }
local skills = { "listening", "empathy", "value_first" }

-- Build the graph once, in memory, then print it twice (Lua and ink).
local nodes = {} -- list of { id, d, j, speaker, text|{warm,cool}, learn, trust, choices|ending }
local n_choices, n_fn_text, n_fn_to, n_when, n_gives, n_asks = 0, 0, 0, 0, 0, 0
local serial = 0
for d = 1, L do
  for j = 0, sizes[d] - 1 do
    serial = serial + 1
    local nd = { id = nid(d, j), d = d, j = j }
    nd.speaker = (serial % 4 == 0) and "narrator" or cast[serial % 3 + 1]
    if d == L then
      local outcomes = { { "connected", "good" }, { "polite", "mixed" }, { "missed", "poor" } }
      local o = outcomes[j % 3 + 1]
      nd.ending, nd.grade = o[1], o[2]
      nd.text = phrase(14) .. "."
    else
      if serial % 17 == 0 then
        nd.text = { phrase(12) .. ", and thanks for asking.", phrase(12) .. "." }
        n_fn_text = n_fn_text + 1
      else
        nd.text = phrase(18) .. "?"
      end
      if d % 5 == 1 and j % 4 == 0 then nd.learn = "f" .. d end
      if serial % 11 == 0 then nd.trust = cast[serial % 3 + 1] end
      local next = sizes[d + 1]
      nd.choices = {}
      -- Where the best choice sits, how long it is and whether it asks a
      -- question all vary, so no surface cue finds it (the guessable checks
      -- stay quiet, as they should for a well-written library).
      local best = serial % 3 + 1
      local qmark = serial % 5 < 2
      for k = 1, 3 do
        local c = { to = nid(d + 1, (3 * j + k - 1) % next) }
        if k == best then
          c.text = phrase(5 + (serial * 3) % 8) .. (qmark and "?" or ".")
          c.score = { listening = 1, empathy = 1 }
          c.tags = "open_question"
          c.feedback = phrase(10) .. ": it hands them the floor."
        else
          c.text = phrase(4 + (serial + k) % 5) .. ", " .. phrase(2, true) .. ((serial + k) % 4 == 0 and "?" or ".")
          c.score = (k % 2 == 0) and { listening = -1 } or { empathy = -1, listening = 0 }
          c.tags = "self_focus"
          c.feedback = phrase(10) .. ": it turns the talk back to you."
        end
        if k == 1 and serial % 6 == 0 then c.gives = true; n_gives = n_gives + 1 end
        if k == 2 and serial % 9 == 0 then c.asks = true; n_asks = n_asks + 1 end
        if k == 3 and d >= 5 and d % 5 == 4 and j % 3 == 0 then
          c.when = "f" .. (d - 3) -- learnt on arrival three layers up, on some paths
          n_when = n_when + 1
        end
        if k == 1 and serial % 13 == 0 then
          c.other = nid(d + 1, (3 * j + 1) % next)
          n_fn_to = n_fn_to + 1
        end
        nd.choices[k] = c
        n_choices = n_choices + 1
      end
    end
    nodes[#nodes + 1] = nd
  end
end

-- ---- Lua ----
local out = {}
local function w(...) for i = 1, select("#", ...) do out[#out + 1] = select(i, ...) end end
w("-- Generated by scripts/gen_scenario.lua: ", N, " nodes in ", L, " layers. Do not edit.\n")
w("-- luacheck: no max line length\n")
w([[
-- Author functions: a line that depends on how the talk went, and a route
-- that does. Both read state the way hand-written scenarios do.
local function by_empathy(warm, cool)
  return function(state)
    if (state.score.empathy or 0) > 0 then return warm end
    return cool
  end
end
local function route(good, other)
  return function(state)
    if (state.score.listening or 0) + (state.trust.maya or 0) >= 1 then return good end
    return other
  end
end
]])
w("return {\n  format = 1,\n  id = \"bench.nodes", N, "\",\n")
w("  title = \"Generated benchmark, ", N, " nodes\",\n  family = \"bench\",\n")
w("  summary = \"A generated scenario for scripts/bench.\",\n")
w("  cast = {\n    maya = { name = \"Maya Okafor\", role = \"Product lead\" },\n")
w("    dev = { name = \"Dev Anand\", role = \"Organiser\" },\n")
w("    sam = { name = \"Sam Lee\", role = \"Engineer\" },\n  },\n")
w("  start = \"", nid(1, 0), "\",\n  nodes = {\n")
for _, nd in ipairs(nodes) do
  w("    ", nd.id, " = {\n      speaker = \"", nd.speaker, "\",\n")
  if type(nd.text) == "table" then
    w("      text = by_empathy(\"", nd.text[1], "\", \"", nd.text[2], "\"),\n")
  else
    w("      text = \"", nd.text, "\",\n")
  end
  if nd.ending then
    w("      ending = \"", nd.ending, "\", grade = \"", nd.grade, "\",\n    },\n")
  else
    if nd.learn then w("      learn = { \"", nd.learn, "\" },\n") end
    if nd.trust then w("      trust = { ", nd.trust, " = 1 },\n") end
    w("      choices = {\n")
    for _, c in ipairs(nd.choices) do
      w("        { text = \"", c.text, "\",\n          ")
      if c.other then
        w("to = route(\"", c.to, "\", \"", c.other, "\"), can_go = { \"", c.to, "\", \"", c.other,
          "\" },")
      else
        w("to = \"", c.to, "\",")
      end
      w(" score = {")
      for _, sk in ipairs(skills) do
        if c.score[sk] then w(" ", sk, " = ", c.score[sk], ",") end
      end
      w(" }, tags = { \"", c.tags, "\" }, reply = \"", phrase(4), ".\",")
      if c.gives then w(" gives = true,") end
      if c.asks then w(" asks = true,") end
      if c.when then w(" when = \"", c.when, "\",") end
      w("\n          feedback = \"", c.feedback, "\" },\n")
    end
    w("      },\n    },\n")
  end
end
w("  },\n}\n")
local f = assert(io.open(string.format("%s/nodes%d.lua", outdir, N), "w"))
f:write(table.concat(out))
f:close()

-- ---- ink: the same graph, one knot per node ----
-- Scores, goodwill, trust and facts become VARs; `when` a conditional choice;
-- the function text an inline conditional; the function `to` a conditional
-- divert on the same expression. Sticky choices (+), as rapport's are.
out = {}
for _, sk in ipairs(skills) do w("VAR ", sk, " = 0\n") end
w("VAR goodwill = 0\n")
for _, c in ipairs(cast) do w("VAR trust_", c, " = 0\n") end
for d = 1, L do if d % 5 == 1 then w("VAR f", d, " = false\n") end end
w("-> ", nid(1, 0), "\n\n")
for _, nd in ipairs(nodes) do
  w("=== ", nd.id, " ===\n")
  if nd.learn then w("~ ", nd.learn, " = true\n") end
  if nd.trust then w("~ trust_", nd.trust, " = trust_", nd.trust, " + 1\n") end
  if type(nd.text) == "table" then
    w("{empathy > 0:", nd.text[1], "|", nd.text[2], "}\n")
  else
    w(nd.text, "\n")
  end
  if nd.ending then
    w("-> END\n\n")
  else
    for _, c in ipairs(nd.choices) do
      w("+ ")
      if c.when then w("{", c.when, "} ") end
      w("[", c.text, "]\n")
      for _, sk in ipairs(skills) do
        if c.score[sk] and c.score[sk] ~= 0 then
          w("    ~ ", sk, " = ", sk, " + ", c.score[sk], "\n")
        end
      end
      if c.gives then w("    ~ goodwill = goodwill + 1\n") end
      if c.asks then
        w("    {goodwill > 0:\n        ~ goodwill = goodwill - 1\n",
          "        ~ value_first = value_first + 1\n    - else:\n",
          "        ~ value_first = value_first - 2\n    }\n")
      end
      if c.other then
        w("    {listening + trust_maya >= 1:\n        -> ", c.to, "\n    - else:\n        -> ",
          c.other, "\n    }\n")
      else
        w("    -> ", c.to, "\n")
      end
    end
    w("\n")
  end
end
f = assert(io.open(string.format("%s/nodes%d.ink", outdir, N), "w"))
f:write(table.concat(out))
f:close()

print(string.format("nodes=%d choices=%d layers=%d path=%d width=%d fn_text=%d fn_to=%d when=%d "
  .. "gives=%d asks=%d", #nodes, n_choices, L, L - 1, width, n_fn_text, n_fn_to, n_when, n_gives,
  n_asks))
