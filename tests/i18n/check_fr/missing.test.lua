-- A valid case beside no scenario at all.
return { { outcome = "fine" } }
