-- expect: collectgarbage() is not available
collectgarbage('stop') return {}
