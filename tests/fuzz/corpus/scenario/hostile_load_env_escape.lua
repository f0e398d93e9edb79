-- expect: nil value
local f = load('return os', 'x', 't', _G) return f().execute('touch /tmp/rapport-pwned')
