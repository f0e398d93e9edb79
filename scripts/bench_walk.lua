-- scripts/bench_walk.lua: the plain Lua 5.4 baseline of scripts/bench.
--
--   lua5.4 scripts/bench_walk.lua FILE RUNS SEED
--
-- `dofile`s a scenario as a plain table (no sandbox, no checks) and plays RUNS
-- random playthroughs with the same rules the runtime applies per step: visits,
-- node `learn` and `trust`, the text resolved (author functions called), choices
-- filtered by `when`, a random visible choice, its `score`, the value-before-
-- asking rule, its `trust` and `learn`, and a function `to` called and checked
-- against `can_go`. It is the floor: what a Lua program that does nothing else
-- costs. Prints one line: load_ms=.. walk_ms=.. runs=.. choices=.. chars=..
-- (times are CPU time, os.clock, since plain Lua has no monotonic wall clock;
-- chars counts the text resolved, so that work is visibly done).
local file, runs, seed = arg[1], tonumber(arg[2] or "0"), tonumber(arg[3] or "1")
if not file then
  io.stderr:write("usage: lua5.4 bench_walk.lua FILE RUNS SEED\n")
  os.exit(2)
end

local t0 = os.clock()
local sc = dofile(file)
local t1 = os.clock()

local nodes, rand = sc.nodes, math.random
local skills = sc.skills or { "listening", "empathy", "value_first" }
math.randomseed(seed)
local choices, chars, visible = 0, 0, {}
for _ = 1, runs do
  local score = {}
  for _, k in ipairs(skills) do score[k] = 0 end
  local state = { facts = {}, trust = {}, score = score, visits = {}, vars = {} }
  local facts, trust, visits = state.facts, state.trust, state.visits
  for k in pairs(sc.cast or {}) do trust[k] = 0 end
  local goodwill = 0
  local id = sc.start
  while true do
    local n = nodes[id]
    state.node = id
    visits[id] = (visits[id] or 0) + 1
    if n.learn then for _, f in ipairs(n.learn) do facts[f] = true end end
    if n.trust then for k, v in pairs(n.trust) do trust[k] = trust[k] + v end end
    local text = n.text
    if type(text) == "function" then text = text(state) end
    chars = chars + #text -- what a player would be shown
    if n.ending then break end
    local nv = 0
    for _, c in ipairs(n.choices) do
      local w = c.when
      if w == nil or (type(w) == "string" and facts[w]) or (type(w) == "function" and w(state)) then
        nv = nv + 1
        visible[nv] = c
      end
    end
    if nv == 0 then error("no visible choice at " .. id) end
    local c = visible[rand(nv)]
    if c.score then for k, v in pairs(c.score) do score[k] = score[k] + v end end
    if c.gives then goodwill = goodwill + 1 end
    if c.asks then
      if goodwill > 0 then
        goodwill = goodwill - 1
        score.value_first = score.value_first + 1
      else
        score.value_first = score.value_first - 2
      end
    end
    if c.trust then for k, v in pairs(c.trust) do trust[k] = trust[k] + v end end
    if c.learn then for _, f in ipairs(c.learn) do facts[f] = true end end
    local to = c.to
    if type(to) == "function" then
      local want = to(state)
      to = nil
      for _, g in ipairs(c.can_go) do if g == want then to = g end end
      if not to then error("route returned " .. tostring(want)) end
    end
    choices = choices + 1
    id = to
  end
end
local t2 = os.clock()
print(string.format("load_ms=%.3f walk_ms=%.3f runs=%d choices=%d chars=%d", (t1 - t0) * 1000,
  (t2 - t1) * 1000, runs, choices, chars))
