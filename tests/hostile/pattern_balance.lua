-- expect: pattern matching
-- %b scans to the end of the subject from every start (quadratic), although the
-- pattern has no open-ended repetition.
local s = ('('):rep(1 << 20) return s:find('%b()')
