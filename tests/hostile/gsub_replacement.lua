-- expect: gsub would read
-- The replacement string is read once per match; %0 of an empty match adds
-- nothing, so a 1 MiB replacement at a million matches writes nothing new.
local s = ("x"):rep(1 << 20)
return s:gsub("", ("%0"):rep(1 << 19))
