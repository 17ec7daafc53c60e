// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layering of DESIGN.md, enforced here rather than remembered. Each rule is proven to fail on a
 * violating snippet by test/unit/lint/boundaries.test.ts.
 */

const KEY_OPERATIONS = new Set([
  'importKey',
  'exportKey',
  'generateKey',
  'deriveKey',
  'deriveBits',
  'encrypt',
  'decrypt',
  'wrapKey',
  'unwrapKey',
  'sign',
  'verify',
]);

/** @param {import('estree').Node | null | undefined} node */
function isSubtle(node) {
  if (!node) return false;
  if (node.type === 'Identifier') return node.name === 'subtle';
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.property.type === 'Identifier' &&
    node.property.name === 'subtle'
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const noSubtleKeyOperations = {
  meta: {
    type: 'problem',
    messages: {
      keyOperation: 'crypto.subtle.{{name}} handles keys: only src/crypto/ may do that.',
      alias: 'Do not take crypto.subtle apart outside src/crypto/: call crypto.subtle.digest directly.',
    },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        const name =
          node.property.type === 'Identifier'
            ? node.property.name
            : node.property.type === 'Literal'
              ? String(node.property.value)
              : '';
        if (KEY_OPERATIONS.has(name) && isSubtle(node.object)) {
          context.report({ node, messageId: 'keyOperation', data: { name } });
        }
      },
      // `const { subtle } = crypto` or `const s = crypto.subtle` would hide a key operation from the rule above.
      VariableDeclarator(node) {
        const pattern = node.id;
        if (pattern.type === 'ObjectPattern') {
          for (const p of pattern.properties) {
            if (p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'subtle') {
              context.report({ node, messageId: 'alias' });
            }
          }
        }
        if (node.init && isSubtle(node.init) && node.init.type === 'MemberExpression') {
          context.report({ node, messageId: 'alias' });
        }
      },
    };
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const noMessagingOutsideProtocol = {
  meta: {
    type: 'problem',
    messages: {
      post: 'postMessage belongs in src/protocol/: use its typed clients and servers.',
      listen: 'Listening for messages belongs in src/protocol/: use its typed clients and servers.',
    },
    schema: [],
  },
  create(context) {
    /** @param {import('estree').Node} callee */
    const calleeName = (callee) =>
      callee.type === 'Identifier'
        ? callee.name
        : callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
          ? callee.property.name
          : '';
    return {
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (name === 'postMessage') context.report({ node, messageId: 'post' });
        const first = node.arguments[0];
        if (
          name === 'addEventListener' &&
          first?.type === 'Literal' &&
          (first.value === 'message' || first.value === 'messageerror')
        ) {
          context.report({ node, messageId: 'listen' });
        }
      },
      AssignmentExpression(node) {
        const left = node.left;
        const name =
          left.type === 'Identifier'
            ? left.name
            : left.type === 'MemberExpression' && left.property.type === 'Identifier'
              ? left.property.name
              : '';
        if (name === 'onmessage' || name === 'onmessageerror') context.report({ node, messageId: 'listen' });
      },
    };
  },
};

const boundaries = {
  rules: { 'no-subtle-key-operations': noSubtleKeyOperations, 'no-messaging': noMessagingOutsideProtocol },
};

const APPLICATION_FOLDERS = ['app', 'features', 'ui', 'crypto', 'storage', 'protocol', 'workers'];

/** Globals that exist only in a page, never in a worker or in Node: domain/ must not touch them. */
const DOM_ONLY_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'HTMLCanvasElement',
  'Element',
  'customElements',
  'getComputedStyle',
  'requestAnimationFrame',
  'alert',
  'confirm',
  'prompt',
].map((name) => ({ name, message: 'src/domain/ is pure: no DOM, so it runs in workers and Node.' }));

/** The catalog's rows are sealed in storage/catalog*.ts; everything above storage reaches them through catalog/. */
const CATALOG_REPOSITORY = {
  group: ['**/storage/catalog*', '**/storage/catalog*/**'],
  message:
    'Only src/catalog/ may import the catalog repository: import the catalog from src/catalog/index.ts.',
};

const NO_DEXIE = { name: 'dexie', message: 'Only src/storage/ may import Dexie.' };

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.worker, ...globals.node } },
    plugins: { boundaries },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'boundaries/no-subtle-key-operations': 'error',
      'boundaries/no-messaging': 'error',
      'no-restricted-imports': ['error', { paths: [NO_DEXIE], patterns: [CATALOG_REPOSITORY] }],
    },
  },
  {
    // Tests may seal catalog rows to set up a vault.
    files: ['test/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DEXIE] }] },
  },
  {
    // The catalog layer is the catalog repository's one caller, and a floor below the features.
    files: ['src/catalog/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_DEXIE],
          patterns: [
            {
              group: ['**/features', '**/features/**', '**/app', '**/app/**'],
              message: 'src/catalog/ is below the features and app/: it imports neither (DESIGN.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Unit tests of a layer may do what that layer does.
    files: ['src/storage/**', 'test/unit/storage/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/crypto/**', 'test/unit/crypto/**'],
    rules: { 'boundaries/no-subtle-key-operations': 'off' },
  },
  {
    // The protocol layer, and its unit tests (which play the other end of a channel), post messages.
    files: ['src/protocol/**', 'test/unit/protocol/**'],
    rules: { 'boundaries/no-messaging': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_ONLY_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_DEXIE],
          patterns: [
            { group: ['solid-js', 'solid-js/*', '@solidjs/*'], message: 'src/domain/ is pure: no Solid.' },
            { group: ['dexie', 'dexie/*'], message: 'src/domain/ is pure: no Dexie.' },
            {
              group: APPLICATION_FOLDERS.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
              message: 'src/domain/ imports no application module (DESIGN.md: dependency direction).',
            },
          ],
        },
      ],
    },
  },
  {
    // End-to-end specs must take `test` from the fixture that fails on any outside request.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: 'Import test from ./fixtures: it fails the test on any request to another origin.',
            },
          ],
        },
      ],
    },
  },
);
