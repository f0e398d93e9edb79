-- expect: nil value
return package.loaded.io.open('/etc/passwd')
