-- expect: loop forever
-- table.sort compares with strcoll in C; each call counts as one instruction, so
-- a hundred sorts of 300,000 strings (30 s) fit in any instruction budget.
local t = {} for i = 1, 300000 do t[i] = tostring(i * 7919 % 300007) end
for k = 1, 100 do table.sort(t) table.sort(t, nil) end return {}
