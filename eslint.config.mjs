import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "out/", "coverage/", "test-artifacts/", ".stryker-tmp/", "reports/"] },
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
  {
    // The engine stays pure: no host, I/O, UI or console.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["fs", "node:*", "path", "os", "worker_threads", "child_process"], message: "domain/ does no I/O" },
          { group: ["react", "react-dom", "@fluentui/*", "@microsoft/office-js", "exceljs", "@e965/xlsx"], message: "domain/ depends on zod only" },
          { group: ["**/adapters/**", "**/taskpane/**", "**/cli/**", "**/app/**"], message: "domain/ must not depend on outer layers" },
        ],
      }],
      "no-console": "error",
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window", "process"],
    },
  },
);
