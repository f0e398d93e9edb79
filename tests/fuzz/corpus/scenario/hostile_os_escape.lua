-- expect: nil value
os.execute('touch /tmp/rapport-pwned') return {}
