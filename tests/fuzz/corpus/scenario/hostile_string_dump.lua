-- expect: nil value
return string.dump(function() end)
