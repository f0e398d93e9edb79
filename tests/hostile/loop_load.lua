-- expect: loop forever
load("while true do end")() return {}
