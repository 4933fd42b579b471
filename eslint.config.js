// Lint enforces the layer rule: dependencies point one way,
// core ← contract ← db ← server, and core/contract ← web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'src/core is pure: no node: imports.' };
const layer = (name, forbidden) => ({
  group: forbidden.map((dir) => `**/${dir}/**`),
  message: `${name} may not import from ${forbidden.join(', ')} (dependencies point one way).`,
});

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            layer('src/core', ['contract', 'db', 'server', 'web']),
            { group: ['kysely', 'fastify', 'react', 'react-dom', 'pg', 'better-sqlite3', 'zod'], message: 'src/core is pure domain code.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the clock in; core has no clock.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Pass the clock in; core has no clock.' },
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass a seed in.' }],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, layer('src/contract', ['db', 'server', 'web'])] }],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('src/db', ['server', 'web'])] }] },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('src/server', ['web'])] }] },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, layer('src/web', ['db', 'server'])] }],
    },
  },
);
