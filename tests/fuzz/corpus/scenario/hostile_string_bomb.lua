-- expect: string.rep
return ('x'):rep(1e10)
