import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const STAGES = [
  "model",
  "questions",
  "parse",
  "write",
  "compose",
  "check",
  "mine",
  "cli",
  "server",
];

/** One rule block per stage: other stages only through their index.ts, and only the allowed ones. */
function stageBoundaries(allowed) {
  return Object.entries(allowed).map(([stage, may]) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...STAGES.filter((s) => s !== stage && !may.includes(s)).map((s) => ({
              regex: String.raw`^(?:\.\./)+${s}(?:/|$)`,
              message: `${stage}/ must not import ${s}/ (see the pipeline in ../shared/STYLE.md).`,
            })),
            ...may.map((s) => ({
              regex: String.raw`^(?:\.\./)+${s}/(?!index\.js$)`,
              message: `import ${s}/ through its index.js only.`,
            })),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ["dist/", "dist-check/", "node_modules/", "test-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-control-regex": "off",
    },
  },
  // The folders are the pipeline (../shared/STYLE.md): a stage imports another only through
  // its index.ts, and only the stages before it; the shells (cli/, server/) only the library.
  ...stageBoundaries({
    model: [],
    questions: ["model"],
    parse: ["model"],
    write: ["model"],
    compose: ["model", "questions"],
    check: ["model", "parse", "questions"],
    mine: ["model", "parse", "write", "compose", "questions"],
  }),
  {
    files: ["src/cli/**/*.ts", "src/server/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`^\.\./(?:\.\./)?(?:model|questions|parse|write|compose|check|mine)(?:/|$)`,
              message: "cli/ and server/ use the library through src/index.ts only.",
            },
          ],
        },
      ],
    },
  },
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  { files: ["src/server/public/**/*.js"], languageOptions: { globals: globals.browser } },
);
