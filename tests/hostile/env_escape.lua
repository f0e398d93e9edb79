-- expect: nil value
local e = _ENV return e.io.open('/etc/passwd')
