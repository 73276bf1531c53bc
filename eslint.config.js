import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "generated/", "test/consumer/", "reports/", ".stryker-tmp/", ".cache/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Tests read untyped YAML and poke at it; `any` there is honest.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
);
