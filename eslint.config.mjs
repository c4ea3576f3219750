import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const NODE = ["fs", "fs/*", "node:*", "path", "os", "worker_threads", "child_process"];
const HOST_LIBRARIES = ["react", "react-dom", "@fluentui/*", "@microsoft/office-js", "exceljs", "@e965/xlsx"];
/** Relative imports reaching into these src/ folders, from any depth. */
const outer = (...folders) => folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/", "test-artifacts/", ".stryker-tmp*/", "reports/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Layers: domain ← app ← adapters / taskpane / preview / cli. An import the wrong way fails lint
  // (tests/eslint.config.test.ts proves each rule fires).
  {
    // The engine stays pure: no host, I/O, UI or console.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: NODE, message: "domain/ does no I/O" },
          { group: HOST_LIBRARIES, message: "domain/ depends on zod only" },
          { group: outer("app", "adapters", "taskpane", "preview", "cli", "commands"), message: "domain/ must not depend on outer layers" },
        ],
      }],
      "no-console": "error",
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
  {
    // Use cases talk to hosts only through WorkbookPort; they run in Node and in the browser.
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: NODE, message: "app/ does no I/O: hosts do, behind WorkbookPort" },
          { group: HOST_LIBRARIES, message: "app/ uses no host library: adapters do" },
          { group: outer("adapters", "taskpane", "preview", "cli", "commands"), message: "app/ must not depend on adapters or user interfaces" },
        ],
      }],
      "no-console": "error",
    },
  },
  {
    // Hosts implement the port; they know nothing of the interfaces that use them.
    files: ["src/adapters/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: outer("taskpane", "preview", "cli", "commands"), message: "adapters/ must not depend on a user interface" }],
      }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: NODE, message: "the task pane runs in the browser" },
          { group: outer("cli", "preview"), message: "taskpane/ must not depend on the command line or the preview" },
        ],
      }],
    },
  },
  {
    files: ["src/preview/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: NODE, message: "the preview runs in the browser" },
          { group: outer("cli"), message: "preview/ must not depend on the command line" },
        ],
      }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: outer("taskpane", "preview", "commands"), message: "cli/ must not depend on a user interface" }],
      }],
    },
  },
);
