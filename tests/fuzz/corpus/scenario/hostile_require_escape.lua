-- expect: require() is not available
local x = require('os') return {}
