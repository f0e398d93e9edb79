// scripts/bench_ink.js: the inkjs baseline of scripts/bench.
//
//   node scripts/bench_ink.js compile STORY.ink OUT.json
//   node scripts/bench_ink.js walk OUT.json RUNS SEED
//
// Needs inkjs on NODE_PATH (scripts/bench installs it into build-bench/npm).
// `compile` runs inkjs's own compiler (the `full` build) and writes the story's
// JSON; `walk` loads that JSON into a Story, as a game ships it, plays RUNS
// random playthroughs untimed to warm V8 up, then RUNS more, timed: continue to
// the choices, pick one at random, repeat until none is left, then ResetState.
// Prints one line of key=value: times in wall-clock milliseconds
// (performance.now()) and in CPU milliseconds of the whole process
// (process.cpuUsage(): V8's helper threads included, since their work, garbage
// collection first, is part of what playing costs).
"use strict";
const fs = require("fs");
const { performance } = require("perf_hooks");

function fail(msg) {
  process.stderr.write("bench_ink: " + msg + "\n");
  process.exit(1);
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === "compile") {
  const { Compiler } = require("inkjs/full");
  const src = fs.readFileSync(a, "utf8");
  const t0 = performance.now();
  const compiler = new Compiler(src);
  let story;
  try {
    story = compiler.Compile();
  } catch (e) {
    fail("compile failed: " + (compiler.errors || []).slice(0, 5).join("; ") + " " + e);
  }
  if (!story || (compiler.errors && compiler.errors.length))
    fail("compile errors: " + compiler.errors.slice(0, 5).join("; "));
  const json = story.ToJson();
  const t1 = performance.now();
  fs.writeFileSync(b, json);
  console.log(`compile_ms=${(t1 - t0).toFixed(3)} bytes=${json.length}`);
} else if (mode === "walk") {
  const { Story } = require("inkjs");
  const runs = Number(b || 0);
  // A 32-bit LCG: cheap next to ink's own work, and the same on every machine.
  let s = (Math.imul(Number(c || 1), 2654435761) + 1) >>> 0;
  const rand = (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
  const text = fs.readFileSync(a, "utf8");
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const c0 = cpu();
  const t0 = performance.now();
  const story = new Story(text);
  const t1 = performance.now();
  const c1 = cpu();
  const walk = (count) => {
    let taken = 0;
    for (let r = 0; r < count; r++) {
      story.ResetState();
      for (;;) {
        story.ContinueMaximally();
        const n = story.currentChoices.length;
        if (n === 0) break;
        story.ChooseChoiceIndex(rand(n));
        taken++;
      }
    }
    return taken;
  };
  // Warm up first, untimed: V8 compiles the hot paths as they run, and a
  // one-second walk from cold measured half the steady speed. The baseline
  // is taken at its best.
  walk(runs);
  const t1w = performance.now();
  const c1w = cpu();
  const choices = walk(runs);
  const t2 = performance.now();
  const c2 = cpu();
  console.log(
    `load_ms=${(t1 - t0).toFixed(3)} walk_ms=${(t2 - t1w).toFixed(3)} ` +
      `load_cpu_ms=${(c1 - c0).toFixed(3)} walk_cpu_ms=${(c2 - c1w).toFixed(3)} ` +
      `runs=${runs} choices=${choices}`
  );
} else {
  fail("usage: bench_ink.js compile STORY.ink OUT.json | walk OUT.json RUNS SEED");
}
