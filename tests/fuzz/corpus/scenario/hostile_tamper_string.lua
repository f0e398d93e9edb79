-- expect: read-only
string.rep = function() return 'pwned' end return {}
