return { { choices = "1,1,1", outcome = "missed" } }
