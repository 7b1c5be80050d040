import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-check/", "node_modules/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  {
    files: ["bin/**/*.js", "src/server/public/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", window: "readonly", document: "readonly", localStorage: "readonly", fetch: "readonly", URL: "readonly", Blob: "readonly", FormData: "readonly", setTimeout: "readonly", clearTimeout: "readonly", AbortController: "readonly", FileReader: "readonly" } },
  },
);
