-- expect: table.move of more than
-- table.move loops in C, where no hook fires, and moving nils allocates nothing:
-- neither the instruction budget nor the memory cap would stop it.
table.move({}, 1, 1e15, 2) return {}
