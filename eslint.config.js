// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const SRC = fileURLToPath(new URL('./src', import.meta.url));

/**
 * Features are siblings (DESIGN.md): one reaches another only through its index.ts, never its insides,
 * and none reaches up into app/ (the composition root hands them what they need).
 * @type {import('eslint').Rule.RuleModule}
 */
const featureWalls = {
  meta: {
    type: 'problem',
    messages: {
      app: 'A feature never imports src/app/: take workers from useAppServices() (src/services/).',
      deep: "Import the {{feature}} feature through its index.ts ('{{index}}'), not its file {{file}}.",
    },
    schema: [],
  },
  create(context) {
    const [own, ...rest] = path.relative(path.join(SRC, 'features'), context.filename).split(path.sep);
    if (!own || own.startsWith('..') || rest.length === 0) return {};
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      // A stylesheet shared with a sibling carries no code and cannot close an import circle.
      if (typeof source !== 'string' || !source.startsWith('.') || source.endsWith('.css')) return;
      const target = path.relative(SRC, path.resolve(path.dirname(context.filename), source)).split(path.sep);
      if (target[0] === 'app') {
        context.report({ node, messageId: 'app' });
        return;
      }
      const [top, feature, ...inside] = target;
      if (top !== 'features' || !feature || feature === own) return;
      const file = inside.join('/').replace(/\.(tsx?|jsx?)$/, '');
      if (file === '' || file === 'index') return;
      const index = source.slice(0, source.length - inside.join('/').length).replace(/\/$/, '');
      context.report({ node, messageId: 'deep', data: { feature, file: inside.join('/'), index } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

const boundaries = {
  rules: {
    'no-subtle-key-operations': noSubtleKeyOperations,
    'no-messaging': noMessagingOutsideProtocol,
    'feature-walls': featureWalls,
  },
};

const APPLICATION_FOLDERS = [
  'app',
  'features',
  'services',
  'catalog',
  'documents',
  'ui',
  'crypto',
  'storage',
  'protocol',
  'workers',
];

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

const NO_DEXIE = { name: 'dexie', message: 'Only src/storage/ may import Dexie.' };

/** The catalog's rows are sealed in storage/catalog*.ts; everything above storage reaches them through catalog/. */
const CATALOG_REPOSITORY = {
  group: ['**/storage/catalog*', '**/storage/catalog*/**'],
  message:
    'Only src/catalog/ may import the catalog repository: import the catalog from src/catalog/index.ts.',
};

/** Sealed documents are read and written through src/documents/, which gives each kind its reader. */
const RECORDS_REPOSITORY = {
  group: ['**/storage/recordsRepository', '**/storage/recordsRepository.*'],
  message:
    'Only src/documents/ imports the records repository: read and write documents through src/documents/index.ts.',
};

/**
 * workers/ → domain, protocol, crypto (DESIGN.md: dependency direction), plus workers/ itself and packages.
 * A relative import that climbs out of workers/ into src/ must land in one of those three. The package
 * worker's `?worker&url` and `?raw` imports of the verify page are the one exception: they give the URL
 * of a separately bundled script and a stylesheet's text, to inline into verify.html, and run no code here.
 */
const WORKERS_IMPORT_ONLY = {
  regex:
    '^(\\.\\./)+(src/(?!(domain|protocol|crypto)/)(?!verify-page/[^?]+\\?(worker&url|raw)$)|test/|bench/)',
  message:
    'workers/ import only src/domain, src/protocol, src/crypto and workers/ (DESIGN.md: dependency direction).',
};

/**
 * ui/ → solid-js only (DESIGN.md): its own modules, solid-js and @solidjs/*, nothing of the application.
 * One block per folder depth below src/ui/, so that an import climbing out of src/ui/ at all is refused
 * (a folder name cannot tell: src/ui/i18n/catalog.ts is not src/catalog/).
 */
const UI_MAX_DEPTH = 6;
const uiImportsOnlyUi = Array.from({ length: UI_MAX_DEPTH }, (_, i) => ({
  files: [`src/ui/${'*/'.repeat(i)}*`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [NO_DEXIE],
        patterns: [
          CATALOG_REPOSITORY,
          RECORDS_REPOSITORY,
          {
            regex: '^(?![./])(?!solid-js(/|$))(?!@solidjs/)',
            message:
              'src/ui/ imports solid-js (and @solidjs/*) only, no other package (DESIGN.md: ui → solid-js only).',
          },
          {
            regex: `^(\\.\\./){${i + 1}}`,
            message:
              'src/ui/ imports src/ui/ only: shared presentation knows no application layer (DESIGN.md).',
          },
        ],
      },
    ],
  },
}));

/** Imports of `folders` (relative paths ending in one of them), refused with `message`. */
const importsOf = (folders, message) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]),
  message,
});

/**
 * One `no-restricted-imports` setting per zone. Flat config does not merge a rule's options across
 * blocks (the last matching block wins), so every zone restates the walls that hold everywhere — Dexie
 * only in storage/, each repository only in its layer — minus the one it is the exception to.
 * @param {{ patterns?: object[], paths?: object[], except?: object[] }} zone
 */
const restrictImports = ({ patterns = [], paths = [], except = [] } = {}) => [
  'error',
  {
    paths: [NO_DEXIE, ...paths],
    patterns: [CATALOG_REPOSITORY, RECORDS_REPOSITORY].filter((p) => !except.includes(p)).concat(patterns),
  },
];

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
      'no-restricted-imports': restrictImports(),
    },
  },
  {
    // Tests set up a vault by sealing catalog rows and documents themselves.
    files: ['test/**'],
    rules: { 'no-restricted-imports': restrictImports({ except: [CATALOG_REPOSITORY, RECORDS_REPOSITORY] }) },
  },
  {
    // The catalog layer is the catalog repository's one caller, and a floor below the features.
    files: ['src/catalog/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        except: [CATALOG_REPOSITORY],
        patterns: [
          importsOf(
            ['features', 'app', 'services'],
            'src/catalog/ is below the features and app/: it imports neither (DESIGN.md).',
          ),
        ],
      }),
    },
  },
  {
    // The documents layer is the records repository's one caller, and imports only storage, domain, crypto.
    files: ['src/documents/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        except: [RECORDS_REPOSITORY],
        patterns: [
          { group: ['solid-js', 'solid-js/*', '@solidjs/*'], message: 'src/documents/ knows no Solid.' },
          importsOf(
            ['app', 'features', 'services', 'ui', 'catalog', 'protocol', 'workers'],
            'src/documents/ imports only storage, domain and crypto (DESIGN.md: dependency direction).',
          ),
        ],
      }),
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
      'no-restricted-imports': restrictImports({
        patterns: [
          { group: ['solid-js', 'solid-js/*', '@solidjs/*'], message: 'src/domain/ is pure: no Solid.' },
          { group: ['dexie', 'dexie/*'], message: 'src/domain/ is pure: no Dexie.' },
          importsOf(
            APPLICATION_FOLDERS,
            'src/domain/ imports no application module (DESIGN.md: dependency direction).',
          ),
        ],
      }),
    },
  },
  {
    files: ['workers/**'],
    rules: { 'no-restricted-imports': restrictImports({ patterns: [WORKERS_IMPORT_ONLY] }) },
  },
  ...uiImportsOnlyUi,
  {
    files: ['src/features/**'],
    rules: { 'boundaries/feature-walls': 'error' },
  },
  {
    // End-to-end specs must take `test` from the fixture that fails on any outside request (the WebKit
    // specs from test/webkit/fixtures.ts, whose guard reads the page's resource timings).
    files: ['test/e2e/**/*.spec.ts', 'test/webkit/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': restrictImports({
        except: [CATALOG_REPOSITORY, RECORDS_REPOSITORY],
        paths: [
          {
            name: '@playwright/test',
            importNames: ['test'],
            message: 'Import test from ./fixtures: it fails the test on any request to another origin.',
          },
        ],
      }),
    },
  },
);
