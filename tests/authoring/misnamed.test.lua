-- Names a step off the scenario's (misnamed.lua): `rapport check` names each
-- with the real one, and `rapport test` does not run the cases.
return {
  { name = "late", from = "slgo", facts = { "pipelin" }, trust = { Sam = 1 }, choices = "1,1",
    outcome = "conected", skills = { listenin = { raw = 1 } } },
}
