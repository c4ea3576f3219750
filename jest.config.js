/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  // CLI spawns and real .xlsx files: on a loaded 2-core machine 5 s (the default) was too short.
  testTimeout: 20_000,
};
