// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node I/O modules the pure domain core must never touch. */
const nodeIo = ['fs', 'fs/promises', 'path', 'net', 'http', 'https', 'child_process', 'os', 'crypto', 'worker_threads', 'dgram', 'dns', 'process'];
const nodeIoPatterns = nodeIo.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'data/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain core is pure: no store, api, audit, services, web, Node I/O or clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        paths: nodeIoPatterns.map((name) => ({ name, message: 'domain/ is pure: no Node I/O.' })),
        patterns: [{ group: ['**/store/**', '**/api/**', '**/audit/**', '**/services/**', '**/jobs/**', '**/cli/**', '**/web/**', '**/collaborations/**'], message: 'domain/ imports nothing from the rest of src/.' }],
      }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ never reads the clock: pass `now` in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'domain/ never reads the clock: pass `now` in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'domain/ is deterministic.' },
      ],
    },
  },
  {
    // Domain tests walk the shipped configurations, never copies of them: they may read src/collaborations.
    files: ['src/domain/**/*.test.ts', 'src/domain/**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodeIoPatterns.map((name) => ({ name, message: 'domain/ is pure: no Node I/O.' })),
        patterns: [{ group: ['**/store/**', '**/api/**', '**/audit/**', '**/services/**', '**/jobs/**', '**/cli/**', '**/web/**'], message: 'domain/ imports nothing from the rest of src/.' }],
      }],
    },
  },
  {
    // Services reach storage and audit only through ports (types), never concrete modules.
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/api/**', '**/cli/**', '**/jobs/**', '**/web/**'], message: 'services/ sit below api/cli/jobs.' },
        ],
      }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The start, build and CLI launchers run on plain Node before anything is compiled.
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: { globals: { URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
);
