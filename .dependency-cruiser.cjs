// The layers and what may import what (docs/architecture.md), checked by `npm run lint:layers`.
//   engine     linter/ without linter/cli: browser-safe, imports nothing of ours but itself
//   rules      rules/: the engine only through linter/rule-api.ts
//   node       linter/cli: the CLI and API (Node), on the engine and rules
//   extension  extension/: the engine and rules, never the CLI
// Tests (*.test.ts) and test/support may import anything.
const ENGINE = '^linter/(?!cli/)';
const TEST = '(\\.test\\.ts$|^test/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No file-level import cycles.', from: {}, to: { circular: true } },
    {
      name: 'engine-not-node-host',
      severity: 'error',
      comment: 'The engine runs in the extension too: it never imports the CLI/API, the extension, the rules or test support.',
      from: { path: ENGINE, pathNot: TEST },
      to: { path: '^(linter/cli/|extension/|rules/|test/)' },
    },
    {
      name: 'engine-browser-safe',
      severity: 'error',
      comment: 'No Node built-ins and no mjml in the engine and rules (the host registers the MJML builder).',
      from: { path: `(${ENGINE}|^rules/)`, pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-no-mjml',
      severity: 'error',
      from: { path: `(${ENGINE}|^rules/|^extension/)`, pathNot: TEST },
      to: { path: 'node_modules/mjml' },
    },
    {
      name: 'rules-use-the-rule-api',
      severity: 'error',
      comment: 'Rules import the engine only through linter/rule-api.ts.',
      from: { path: '^rules/', pathNot: TEST },
      to: { path: '^linter/', pathNot: '^linter/rule-api\\.ts$' },
    },
    {
      name: 'rules-not-hosts',
      severity: 'error',
      from: { path: '^rules/', pathNot: TEST },
      to: { path: '^(extension/|test/)' },
    },
    {
      name: 'extension-not-node-host',
      severity: 'error',
      comment: 'The extension bundles the engine, never the Node CLI/API.',
      from: { path: '^extension/', pathNot: TEST },
      to: { path: '^(linter/cli/|test/)' },
    },
    {
      name: 'extension-no-template-engines',
      severity: 'error',
      comment: 'Drafts are finished HTML: the template composers (Handlebars, liquidjs, MJML includes) stay out of the extension bundle.',
      from: { path: '^extension/', pathNot: TEST },
      to: { path: '^linter/templates/|node_modules/(handlebars|liquidjs)/', reachable: true },
    },
    {
      name: 'tests-support-in-test',
      severity: 'error',
      comment: 'Test support lives under test/: product code never imports it.',
      from: { pathNot: `${TEST}|^scripts/` },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
