/**
 * End-to-end tests: the browser preview (dist/preview.html, built by `npm run build`) driven in
 * headless Chromium (/usr/bin/chromium, playwright-core; nothing downloads a browser).
 * Run with `npx jest -c jest.e2e.config.js`. Without Chromium the suite is skipped with a
 * message, unless CI=true, where it fails. Screenshots go to test-artifacts/e2e/.
 */
// @ts-nocheck

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
  globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/e2e/globalTeardown.ts",
  testTimeout: 60_000,
  maxWorkers: 2,
};
