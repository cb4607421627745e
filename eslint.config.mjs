import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const USE_FORM_ACTION =
  "Use useFormAction from @/lib/actions/use-form-action instead: it wraps useActionState so a network failure shows the form's message instead of the error page and keeps what was typed.";

export default tseslint.config(
  { ignores: [".next*/**", "node_modules/**", "data/**", "test-results*/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Rules of Hooks plus the React Compiler's checks (refs read in render, impure render, setState in effects).
  reactHooks.configs.flat.recommended,
  // Next's own rules, with the ones that hurt Core Web Vitals as errors.
  nextPlugin.configs["core-web-vitals"],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { drizzle },
    rules: {
      // Every update and delete must say which rows: a forgotten WHERE rewrites the whole table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "database"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "database"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Forms go through useFormAction, so a dropped connection shows a message instead of the error page.
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", importNames: ["useActionState"], message: USE_FORM_ACTION },
            { name: "react-dom", importNames: ["useFormState"], message: USE_FORM_ACTION },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "React", property: "useActionState", message: USE_FORM_ACTION },
        { object: "ReactDOM", property: "useFormState", message: USE_FORM_ACTION },
      ],
    },
  },
  {
    // The hook itself is the one place that calls React's useActionState.
    files: ["lib/actions/use-form-action.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Client code must not pull table and column names (db/schema.ts) or drizzle into /_next/static:
    // components import enums from @/db/enums and limits/labels from zod-free *-limits / *-rules modules.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "drizzle-orm", message: "Components must not import drizzle; use a lib/ loader on the server." },
            { name: "@/db", message: "Components must not import the database; use a lib/ loader on the server." },
            {
              name: "@/db/schema",
              message: "Import enums and their types from @/db/enums instead; db/schema.ts holds table names.",
              allowTypeImports: true,
            },
          ],
          patterns: [
            { group: ["drizzle-orm/*", "@/db/client", "@/db/migrate"], message: "Components must not import drizzle or the database." },
            {
              group: ["**/*-schema", "**/*-schemas"],
              message: "Import constants from a zod-free *-limits / *-rules module; *-schema files are for the server.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["next.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", process: "readonly" } },
  },
);
