-- expect: nil value
local f = load('return io') return f().open('/etc/passwd')
