import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', '.astro', 'schema/migrations', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Configuration is parsed once per process in env.ts and passed in (STYLE.md).
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration in an env.ts and pass it in.',
        },
      ],
    },
  },
  {
    files: ['**/env.ts', 'test/**', 'bench/**', 'bin/**', '*.config.*', 'astro.config.mjs'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
