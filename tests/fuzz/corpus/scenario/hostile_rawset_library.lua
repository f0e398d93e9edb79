-- expect: read-only
rawset(string, 'x', 1) return {}
