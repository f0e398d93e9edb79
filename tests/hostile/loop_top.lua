-- expect: loop forever
while true do end
