-- tests/scenarios/props.lua FILE: the library's content rules (issue 4) that a
-- program can check on the table itself. Runs the shipped file with plain Lua:
-- these are the project's own files, not hostile input.
local file = arg[1]
local sc = dofile(file)
local problems = {}
local function bad(fmt, ...) problems[#problems + 1] = string.format(fmt, ...) end

local nodes, endings, gives, asks, recalls = 0, {}, 0, 0, 0
local learned = {}
for _, n in pairs(sc.nodes) do
  for _, f in ipairs(n.learn or {}) do learned[f] = true end
  for _, c in ipairs(n.choices or {}) do
    for _, f in ipairs(c.learn or {}) do learned[f] = true end
  end
end
local trust_changes = 0
for id, n in pairs(sc.nodes) do
  nodes = nodes + 1
  if n.ending then endings[n.ending] = true end
  if n.trust then trust_changes = trust_changes + 1 end
  for i, c in ipairs(n.choices or {}) do
    if type(c.feedback) ~= "string" or #c.feedback < 20 then
      bad("nodes.%s.choices[%d]: feedback missing or too short to say why", id, i)
    end
    if c.gives then gives = gives + 1 end
    if c.asks then asks = asks + 1 end
    if c.trust then trust_changes = trust_changes + 1 end
    if type(c.when) == "string" and learned[c.when] then recalls = recalls + 1 end
  end
end
local n_end = 0
for _ in pairs(endings) do n_end = n_end + 1 end
if nodes < 20 then bad("%d nodes; at least 20", nodes) end
if n_end < 3 then bad("%d different endings; at least 3", n_end) end
if gives < 1 then bad("no choice with gives = true") end
if asks < 1 then bad("no choice with asks = true") end
if recalls < 1 then bad("no later choice uses a learned fact through `when`") end
if trust_changes < 1 then bad("no trust changes") end
for _, p in ipairs(problems) do io.stderr:write(file, ": ", p, "\n") end
os.exit(#problems == 0 and 0 or 1)
