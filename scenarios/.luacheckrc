-- luacheck settings for scenario files: dialogue lines are long by nature.
std = "lua54"
max_line_length = false
