-- A valid case beside a scenario with errors.
return { { outcome = "fine" } }
