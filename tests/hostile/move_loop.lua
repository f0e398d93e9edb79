-- expect: loop forever
-- Each table.move of 9 million nils is under the per-call cap and one
-- instruction: a loop of them reached the clock check only every 250 calls.
local t = {}
for _ = 1, 1e9 do table.move(t, 1, 9e6, 2) end
return {}
