-- expect 8: cannot be read as Lua: '}' expected (to close '{' at line 7) near 'title' (line 9); a comma is probably missing at the end of line 8
-- Lua reports a missing comma at the next field; the checker says where the
-- comma goes.
return {
  format = 1,
  id = "w.x",
  cast = {
    dana = { name = "Dana" }  -- no comma here
    title = "W",
  },
}
