-- expect: nil value
debug.sethook() return {}
