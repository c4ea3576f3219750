/**
 * Jest config for Stryker (`npm run mutate`): the suites that exercise src/domain directly
 * (tests/domain, the layout generators, the use cases in tests/app), with the generators at a
 * small count. Left out, because they would run for every mutant and add little per mutant:
 * LibreOffice renders, browser e2e, CLI spawns, fast-check property runs, the pane, the xlsx
 * adapter and the district integration suites. The full suite (jest.config.js) runs all of them.
 */
const base = require("./jest.config.js");

// Generated workbooks per run (tests/generators read these; the defaults are 600, 40 and 300).
process.env.LAYOUTS = process.env.LAYOUTS ?? "40";
process.env.LAYOUTS_XLSX = process.env.LAYOUTS_XLSX ?? "3";
process.env.LAYOUTS_2026 = process.env.LAYOUTS_2026 ?? "20";

// STRYKER_TESTS=tests/domain/grid,tests/generators narrows the run to those folders (or test files), for a quick
// per-file score: a lower bound, since the other suites can only kill more mutants.
// Entries ending in ".ts" name test files; the others are folders. Both may be mixed.
const chosen = process.env.STRYKER_TESTS ? process.env.STRYKER_TESTS.split(",").map((t) => t.trim().replace(/\/+$/, "")) : ["tests/domain", "tests/generators", "tests/app"];
const files = chosen.filter((t) => t.endsWith(".ts"));
const folders = chosen.filter((t) => !t.endsWith(".ts"));

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // src is a root too, so that Stryker's related-tests lookup (jest --findRelatedTests) sees the
  // imports from a mutated file to its tests; testMatch keeps the run to the chosen tests.
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: [...files.map((f) => `<rootDir>/${f}`), ...folders.map((d) => `<rootDir>/${d}/**/*.test.ts`)],
};
