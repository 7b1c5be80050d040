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

/** Each library behind one door (../shared/STYLE.md): the only folders that may import it. */
const DOORS = {
  docx: ["write"],
  nunjucks: ["write"],
  handlebars: ["compose"],
  zod: ["compose"],
  mammoth: ["parse"],
  "@inquirer/prompts": ["cli"],
  fastify: ["server"],
  "@fastify/rate-limit": ["server"],
};

/** The libraries a folder may not import, as no-restricted-imports paths. */
const closedDoors = (stage) =>
  Object.entries(DOORS)
    .filter(([, folders]) => !folders.includes(stage))
    .map(([name, folders]) => ({
      name,
      message: `${name} is used only in src/${folders.join(", src/")}/ (one door per library).`,
    }));

/** One rule block per stage: other stages only through their index.ts, and only the allowed ones. */
function stageBoundaries(allowed) {
  return Object.entries(allowed).map(([stage, may]) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: closedDoors(stage),
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
  ...["cli", "server"].map((shell) => ({
    files: [`src/${shell}/**/*.ts`],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: closedDoors(shell),
          patterns: [
            {
              regex: String.raw`^\.\./(?:\.\./)?(?:model|questions|parse|write|compose|check|mine)(?:/|$)`,
              message: "cli/ and server/ use the library through src/index.ts only.",
            },
          ],
        },
      ],
    },
  })),
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  { files: ["src/server/public/**/*.js"], languageOptions: { globals: globals.browser } },
);
