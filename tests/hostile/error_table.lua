-- expect: error object is not a string
error({})
