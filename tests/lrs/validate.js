// tests/lrs/validate.js FILE: checks every statement in FILE (a JSON array, or
// {"statements": [...]} as GET /xAPI/statements answers) with xapi-validation,
// the statement rules of the same project as the LRS. Exit 1 when any fails.
const validate = require(process.env.LRS_NODE_MODULES + "/xapi-validation").default;
let all = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
if (!Array.isArray(all)) all = all.statements;
let bad = 0;
for (const s of all) {
  const problems = validate(s);
  if (problems.length) {
    bad++;
    console.log(`${s.id}: ${JSON.stringify(problems)}`);
  }
}
console.log(`${all.length} statements, ${bad} invalid`);
process.exit(bad || all.length === 0 ? 1 : 0);
