// The package as a user gets it: `npm pack` (which builds through "prepare", printing only the tarball's name,
// as pre-commit's npm install path reads it), installed by file into an empty project with runtime
// dependencies only; its CLI and its API lint the bundled examples there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../cli/helpers.ts';
import { JsonRpcClient } from '../support/json-rpc.ts';

/**
 * What installing the package brings: itself, domhandler (its API's types name it) and synckit (the ESLint
 * plugin's bridge to its worker, which must stay a file of its own). Everything else is bundled.
 */
const RUNTIME = ['@dual-bundle', '@pkgr', 'domelementtype', 'domhandler', 'optout-lint', 'synckit'];

const tmp = tempDir();
const project = path.join(tmp.dir, 'project');
let packStdout = '';
let tarball = '';

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const pack = sh('npm', ['pack', '--pack-destination', tmp.dir], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  packStdout = pack.stdout;
  tarball = path.join(tmp.dir, pack.stdout.trim());
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'newsletters', private: true, type: 'module' }));
  const install = sh('npm', ['install', '--prefer-offline', '--no-package-lock', tarball], project);
  expect(install.code, install.stderr).toBe(0);
  cpSync(path.join(ROOT, 'examples'), path.join(project, 'emails'), { recursive: true });
}, 300_000);
afterAll(() => tmp.cleanup());

describe('npm pack', () => {
  it('prints only the tarball name on stdout (pre-commit reads it), with the build run by "prepare"', () => {
    expect(packStdout).toMatch(/^optout-lint-\d+\.\d+\.\d+\.tgz\n$/);
  });

  it('ships the bundle, the schema, the licence, the readme and the changelog, no sources or tests', () => {
    const list = sh('tar', ['-tzf', tarball], tmp.dir).stdout.split('\n').filter(Boolean);
    for (const file of [
      'package/dist/cli.js',
      'package/dist/api.js',
      'package/dist/worker.js',
      'package/schema.json',
      'package/LICENSE',
      'package/README.md',
      'package/CHANGELOG.md',
    ]) {
      expect(list).toContain(file);
    }
    expect(list.some((f) => /^package\/(?:linter|rules|test|extension|examples)\//.test(f))).toBe(false);
  });

  it('installs with runtime dependencies only', () => {
    const installed = readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(RUNTIME);
  });
});

describe('the installed package', () => {
  it('its CLI lints the examples (HTML, MJML, .eml, template projects) and exits 1 on the bad ones', () => {
    const r = sh(path.join(project, 'node_modules', '.bin', 'optout-lint'), ['-f', 'json', 'emails'], project);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; errorCount: number; fatalErrorCount: number; messages: { message: string }[] }[];
    // React Email renders with the project's own react, which this empty project does not have: said plainly.
    const fatal = results.filter((x) => x.fatalErrorCount > 0);
    expect(fatal.map((x) => path.basename(x.filePath))).toEqual(['welcome.tsx']);
    expect(fatal[0]!.messages[0]!.message).toMatch(
      /^Cannot render this React Email: "react" is not installed for .* \(run npm install in the email project\)\.$/,
    );
    const failing = (name: string) => results.find((x) => x.filePath.endsWith(name))!.errorCount > 0;
    expect(failing('no-optout.html')).toBe(true);
    expect(failing('promo.mjml')).toBe(true);
    expect(failing(path.join('good', 'newsletter.html'))).toBe(false);
    expect(failing(path.join('good', 'welcome.mjml'))).toBe(false);
    expect(failing(path.join('good', 'test-send.eml'))).toBe(false);
    expect(results.some((x) => x.filePath.endsWith('.liquid'))).toBe(true);
  });

  it('its API and schema resolve by package name', () => {
    const script = `import { OptoutLint } from 'optout-lint';
      import { createRequire } from 'node:module';
      const schema = createRequire(import.meta.url)('optout-lint/schema.json');
      const linter = new OptoutLint();
      const [result] = await linter.lintText('<body><p>Hi</p></body>', { filePath: 'x.html' });
      console.log(JSON.stringify({ ids: result.messages.map((m) => m.ruleId), title: schema.title }));`;
    writeFileSync(path.join(project, 'api.mjs'), script.replace('const [result] = await', 'const result = await'));
    const r = sh(process.execPath, ['api.mjs'], project);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { ids: string[]; title: string };
    expect(out.ids).toContain('unsubscribe-link-present');
    expect(out.title).toBe('optout-lint configuration');
    expect(JSON.parse(readFileSync(path.join(project, 'node_modules/optout-lint/package.json'), 'utf8')).private).toBeUndefined();
  });
});

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}

/** Runs a composite action step's script as a runner would: `${{ inputs.x }}` becomes the input's value. */
function runStep(step: Step, inputs: Record<string, { default?: string }>, given: Record<string, string>, env: Record<string, string>, cwd: string) {
  const stepEnv: Record<string, string> = { ...env };
  for (const [k, v] of Object.entries(step.env ?? {})) {
    const input = /\$\{\{ inputs\.([\w-]+) \}\}/.exec(v)?.[1];
    stepEnv[k] = input ? (given[input] ?? inputs[input]?.default ?? '') : (given[k] ?? '');
  }
  return spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', step.run!], { cwd, env: stepEnv, encoding: 'utf8', timeout: 240_000 });
}

describe('the GitHub Action, its steps run locally with the packed package', () => {
  const action = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { steps: Step[] } };
  const runner = path.join(tmp.dir, 'runner');
  const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md') };
  let lint: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    mkdirSync(runner, { recursive: true });
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      RUNNER_TEMP: runner,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      NO_COLOR: '1',
      npm_config_prefer_offline: 'true',
    };
    const install = runStep(
      action.runs.steps.find((s) => s.id === 'install')!,
      action.inputs,
      { version: tarball },
      env,
      project,
    );
    expect(install.status, install.stderr).toBe(0);
    const entry = /^entry=(.*)$/m.exec(readFileSync(files.output, 'utf8'))![1]!;
    writeFileSync(files.output, '');
    // A quoted glob: optout-lint expands it, the shell does not.
    const given = { patterns: '"emails/bad/click-here-*.html" emails/good', 'sarif-file': 'out.sarif', ENTRY: entry };
    lint = runStep(
      action.runs.steps.find((s) => s.id === 'lint')!,
      action.inputs,
      given,
      env,
      project,
    );
  }, 300_000);

  it('installs the package alone and succeeds itself, passing the exit code on', () => {
    const installed = readdirSync(path.join(runner, 'optout-lint-action', 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(RUNTIME);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(readFileSync(files.output, 'utf8')).toBe('exit-code=1\n');
  });

  it('writes SARIF, annotations and the job summary from one run', () => {
    const log = JSON.parse(readFileSync(path.join(project, 'out.sarif'), 'utf8'));
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect([...new Set(uris)]).toEqual(['emails/bad/click-here-it.html']);
    expect(String(lint.stdout)).toMatch(/^::error file=emails\/bad\/click-here-it\.html,line=34,col=52,/m);
    expect(readFileSync(files.summary, 'utf8')).toMatch(/^### optout-lint: ✖ 2 problems \(1 error, 1 warning\)/);
  });
});

describe("pre-commit's npm install path, scripted", () => {
  // pre-commit: `npm pack` (stdout = the tarball's name, checked above), `npm install -g TARBALL` into its own
  // prefix, then the hook's entry with the staged files that match `files`.
  const hook = (load(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string; files: string }[])[0]!;
  const prefix = path.join(tmp.dir, 'pre-commit-env');
  const repo = path.join(tmp.dir, 'repo');
  const env = () => ({
    ...process.env,
    NPM_CONFIG_PREFIX: prefix,
    npm_config_prefix: prefix,
    PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`,
    NO_COLOR: '1',
  });

  beforeAll(() => {
    const install = spawnSync('npm', ['install', '-g', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
      env: env(),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(install.status, install.stderr).toBe(0);
    mkdirSync(repo);
    cpSync(path.join(ROOT, 'examples/good/newsletter.html'), path.join(repo, 'newsletter.html'));
    cpSync(path.join(ROOT, 'examples/bad/no-optout.html'), path.join(repo, 'promo.html'));
    writeFileSync(path.join(repo, 'notes.txt'), 'not a template');
  }, 300_000);

  const runHook = (staged: string[]) => {
    const files = staged.filter((f) => new RegExp(hook.files).test(f));
    return spawnSync(hook.entry, files, { cwd: repo, env: env(), encoding: 'utf8', timeout: 60_000 });
  };

  it('passes a commit of compliant templates and stops one without an opt-out', () => {
    expect(runHook(['newsletter.html', 'notes.txt']).status).toBe(0);
    const bad = runHook(['newsletter.html', 'promo.html']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('promo.html');
    expect(bad.stdout).toContain('unsubscribe-link-present');
  });
});

describe('the ESLint plugin, from the packed package, under `npx eslint`', () => {
  const dir = path.join(tmp.dir, 'eslint-project');
  const eslint = (args: string[]) => sh(process.execPath, [path.join(dir, 'node_modules/eslint/bin/eslint.js'), ...args], dir);
  type EslintResult = { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string; severity: number }[] };

  beforeAll(() => {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'newsletters', private: true, type: 'module' }));
    const install = sh('npm', ['install', '--prefer-offline', '--no-package-lock', tarball, 'eslint@9.39.5'], dir);
    expect(install.code, install.stderr).toBe(0);
    cpSync(path.join(ROOT, 'examples'), path.join(dir, 'emails'), { recursive: true });
    writeFileSync(
      path.join(dir, 'eslint.config.js'),
      `import optout from 'optout-lint/eslint-plugin';
       export default [
         optout.configs.recommended,
         { files: ['emails/strict/**'], rules: { 'optout/unsubscribe-link-visible': ['error', { minFontSize: 20 }] } },
       ];`,
    );
    mkdirSync(path.join(dir, 'emails/strict'));
    cpSync(path.join(ROOT, 'examples/good/newsletter.html'), path.join(dir, 'emails/strict/newsletter.html'));
    writeFileSync(
      path.join(dir, 'emails/receipt.html'),
      '<!-- eslint-disable optout/unsubscribe-link-present -- a receipt -->\n<html><body><p>Thanks, Acme Ltd.</p></body></html>\n',
    );
  }, 300_000);

  it('reports the same findings as the CLI on the examples (parity)', () => {
    const files = ['emails/bad', 'emails/good'];
    const viaEslint = JSON.parse(eslint(['-f', 'json', ...files]).stdout) as EslintResult[];
    const viaCli = JSON.parse(sh(path.join(project, 'node_modules', '.bin', 'optout-lint'), ['-f', 'json', ...files], project).stdout) as EslintResult[];
    const shape = (results: EslintResult[], prefix: string) =>
      results
        .map((r) => ({
          file: path.basename(r.filePath),
          // Findings at one position come in rule order in ESLint, in id order in the CLI: compared as sets.
          messages: r.messages
            .filter((m) => m.ruleId !== null)
            .map((m) => `${m.line}:${m.column} ${m.ruleId!.replace(prefix, '')} ${m.severity} ${m.message}`)
            .sort(),
        }))
        .sort((a, b) => a.file.localeCompare(b.file));
    const cli = shape(viaCli, '');
    expect(cli.some((r) => r.messages.length > 0)).toBe(true);
    expect(shape(viaEslint, 'optout/')).toEqual(cli);
  });

  it('takes rule options from the ESLint config and honours eslint-disable comments', () => {
    const results = JSON.parse(eslint(['-f', 'json', 'emails/strict/newsletter.html', 'emails/receipt.html']).stdout) as EslintResult[];
    const strict = results.find((r) => r.filePath.endsWith('newsletter.html'));
    const receipt = results.find((r) => r.filePath.endsWith('receipt.html'));
    expect(strict!.messages.map((m) => m.message)).toEqual(['Opt-out link is too small to read: 13px text (minimum 20px).']);
    expect(receipt!.messages.map((m) => m.ruleId)).not.toContain('optout/unsubscribe-link-present');
  });

  it('exports every rule with its docs, and every preset as a flat config with its files', () => {
    const script = `import optout from 'optout-lint/eslint-plugin';
      const ids = Object.keys(optout.rules);
      console.log(JSON.stringify({ ids, docs: ids.every((id) => optout.rules[id].meta.docs.url.includes(id)), configs: Object.keys(optout.configs), files: optout.configs.recommended.files }));`;
    writeFileSync(path.join(dir, 'inspect.mjs'), script);
    const out = JSON.parse(sh(process.execPath, ['inspect.mjs'], dir).stdout) as { ids: string[]; docs: boolean; configs: string[]; files: string[] };
    expect(out.ids).toContain('unsubscribe-link-present');
    expect(out.ids).toHaveLength(16);
    expect(out.docs).toBe(true);
    expect(out.configs).toEqual(expect.arrayContaining(['recommended', 'strict', 'gdpr-eu', 'gmail-yahoo', 'can-spam', 'casl']));
    expect(out.files).toEqual(expect.arrayContaining(['**/*.html', '**/*.mjml', '**/*.eml', '**/*.hbs', '**/*.liquid', '**/*.njk']));
  });

  it("a binary file is a parsing error with the CLI's message, and the run goes on", () => {
    writeFileSync(path.join(dir, 'emails/broken.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const results = JSON.parse(eslint(['-f', 'json', 'emails/broken.html', 'emails/good/newsletter.html']).stdout) as EslintResult[];
    expect(results[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 2, message: expect.stringContaining('File is not text (it contains NUL bytes)') }),
    ]);
    expect(results[1]!.messages).toEqual([]);
  });
});

/** The CLI's findings for one example, as `line:column ruleId message` (the parity reference). */
function cliFindings(file: string): string[] {
  const r = sh(path.join(project, 'node_modules', '.bin', 'optout-lint'), ['-f', 'json', file], project);
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string | null; line: number; column: number; message: string }[] }[];
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).sort();
}

describe('the language server (optout-lint-lsp --stdio), spoken to over LSP', () => {
  let lsp: JsonRpcClient;
  const uri = (file: string) => pathToFileURL(path.join(project, file)).href;
  type Diagnostic = {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    message: string;
    code?: string;
    data?: unknown;
  };
  const diagnosticsOf = async (file: string) =>
    (await lsp.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri(file))).params as {
      diagnostics: Diagnostic[];
    };
  const open = (file: string, text: string, languageId = 'html') =>
    lsp.notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId, version: 1, text } });

  beforeAll(async () => {
    lsp = new JsonRpcClient(path.join(project, 'node_modules', '.bin', 'optout-lint-lsp'), ['--stdio'], 'lsp', project);
    const init = await lsp.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: null,
      rootUri: pathToFileURL(project).href,
      capabilities: {},
    });
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: expect.anything() });
    lsp.notify('initialized', {});
  }, 60_000);
  afterAll(() => lsp?.close());

  it("publishes the CLI's findings when a document opens (parity), 0-based, with the rule and its docs", async () => {
    const file = 'emails/bad/tiny-grey.html';
    open(file, readFileSync(path.join(project, file), 'utf8'));
    const { diagnostics } = await diagnosticsOf(file);
    const asCli = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort();
    expect(asCli).toEqual(cliFindings(file));
  });

  it("re-lints on change, offers suggestions as quick fixes, and hovers with the rule's documentation", async () => {
    const file = 'emails/draft.html';
    const text = `<html><body><p>News.</p><p>To opt out, <a href="https://news.example.com/unsubscribe">click here</a>.</p><p>Acme Ltd, 10 Downing Street, London SW1A 2AA</p></body></html>`;
    open(file, text);
    const first = await diagnosticsOf(file);
    const ambiguous = first.diagnostics.find((d) => d.code === 'unsubscribe-link-text')!;
    expect(ambiguous.message).toContain('"click here"');
    const actions = await lsp.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: ambiguous.range,
      context: { diagnostics: [ambiguous] },
    });
    expect(actions.map((a) => a.title)).toEqual(['Write "Unsubscribe" as the link text']);
    expect(actions[0]!.edit.changes[uri(file)]![0]!.newText).toBe('Unsubscribe');
    const hover = await lsp.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: uri(file) },
      position: ambiguous.range.start,
    });
    expect(hover.contents.value).toContain('unsubscribe-link-text');
    expect(hover.contents.value).toMatch(/\[Documentation\]\(.*unsubscribe-link-text/);
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: uri(file), version: 2 },
      contentChanges: [{ text: text.replace('click here', 'Unsubscribe') }],
    });
    const second = await diagnosticsOf(file);
    expect(second.diagnostics.map((d) => d.code)).not.toContain('unsubscribe-link-text');
  });

  it("applies the nearest config file, and says the CLI's fatal message for a binary document", async () => {
    mkdirSync(path.join(project, 'receipts'), { recursive: true });
    writeFileSync(path.join(project, 'receipts/optout.config.json'), '{ "rules": { "unsubscribe-link-present": "off" } }');
    open('receipts/r.html', '<html><body><p>Thanks, Acme Ltd.</p></body></html>');
    expect((await diagnosticsOf('receipts/r.html')).diagnostics.map((d) => d.code)).not.toContain('unsubscribe-link-present');
    open('emails/binary.html', 'GIF89a\u0000\u0000\u0001');
    expect((await diagnosticsOf('emails/binary.html')).diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('File is not text (it contains NUL bytes)'),
    ]);
  });

  it('a changed config file is read again (the client says so), and open documents are linted again', async () => {
    mkdirSync(path.join(project, 'campaigns'), { recursive: true });
    const config = path.join(project, 'campaigns/optout.config.json');
    writeFileSync(config, '{ "rules": { "postal-address": "off" } }');
    open('campaigns/a.html', '<html><body><p>Hi</p></body></html>');
    expect((await diagnosticsOf('campaigns/a.html')).diagnostics.map((d) => d.code)).not.toContain('postal-address');
    writeFileSync(config, '{ "rules": { "postal-address": "error" } }');
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect((await diagnosticsOf('campaigns/a.html')).diagnostics.map((d) => d.code)).toContain('postal-address');
  });

  it('a document it cannot lint (its config is broken) gets one diagnostic saying why; the server goes on', async () => {
    mkdirSync(path.join(project, 'broken-config'), { recursive: true });
    writeFileSync(path.join(project, 'broken-config/optout.config.json'), '{ "rules": { "unsubscribe-link-visibel": "error" } }');
    open('broken-config/a.html', '<html><body><p>Hi</p></body></html>');
    const { diagnostics } = await diagnosticsOf('broken-config/a.html');
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^optout-lint could not lint this document: .*unknown rule \(did you mean "unsubscribe-link-visible"\?\)/),
    ]);
  });

  it("a document over the size limit gets the CLI's message", async () => {
    open('emails/huge.html', `<p>${'x'.repeat(10 * 1024 * 1024)}</p>`);
    expect((await diagnosticsOf('emails/huge.html')).diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^File is \d+ characters, over the limit of 10485760/),
    ]);
  });

  it('survives malformed JSON-RPC and keeps serving', async () => {
    lsp.sendRaw(lsp.frame('{ this is not json'));
    lsp.sendRaw(lsp.frame(JSON.stringify({ jsonrpc: '2.0', id: 999, method: 'no/such/method' })));
    const unknown = await lsp.waitFor((m) => m.id === 999);
    expect(unknown.error?.code).toBe(-32601);
    open('emails/after.html', '<html><body><p>No opt-out.</p></body></html>');
    expect((await diagnosticsOf('emails/after.html')).diagnostics.map((d) => d.code)).toContain('unsubscribe-link-present');
    expect(lsp.process.exitCode).toBeNull();
  });
});

describe('the MCP server (optout-lint-mcp), spoken to over MCP', () => {
  let mcp: JsonRpcClient;
  type ToolResult = {
    isError?: boolean;
    content: { text: string }[];
    structuredContent?: { findings?: { ruleId: string; line: number; column: number; message: string }[] };
  };

  beforeAll(async () => {
    mcp = new JsonRpcClient(path.join(project, 'node_modules', '.bin', 'optout-lint-mcp'), [], 'mcp', project);
    await mcp.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } });
    mcp.notify('notifications/initialized');
  }, 60_000);
  afterAll(() => mcp?.close());

  it('lists its two tools', async () => {
    const { tools } = await mcp.request<{ tools: { name: string }[] }>('tools/list');
    expect(tools.map((t) => t.name).sort()).toEqual(['lint_email', 'list_rules']);
  });

  it("lint_email returns the CLI's findings for HTML (parity) and for a raw message", async () => {
    const file = 'emails/bad/tiny-grey.html';
    const html = await mcp.request<ToolResult>('tools/call', { name: 'lint_email', arguments: { html: readFileSync(path.join(project, file), 'utf8') } });
    expect(html.isError).toBeFalsy();
    const findings = html.structuredContent!.findings!.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`).sort();
    expect(findings).toEqual(cliFindings(file));
    const eml = await mcp.request<ToolResult>('tools/call', {
      name: 'lint_email',
      arguments: { eml: readFileSync(path.join(project, 'emails/bad/test-send-no-one-click.eml'), 'utf8') },
    });
    expect(eml.structuredContent!.findings!.map((f) => f.ruleId)).toContain('list-unsubscribe-one-click');
  });

  it('list_rules gives every rule with its docs', async () => {
    const result = await mcp.request<{ structuredContent: { rules: { id: string; docs: string }[] } }>('tools/call', { name: 'list_rules', arguments: {} });
    expect(result.structuredContent.rules).toHaveLength(16);
    expect(result.structuredContent.rules.every((r) => r.docs.includes(r.id))).toBe(true);
  });

  it('reads no file: an MJML include of a file on disk is not followed', async () => {
    writeFileSync(path.join(project, 'secret-footer.mjml'), '<mj-text><a href="https://news.example.com/unsubscribe">Unsubscribe</a></mj-text>');
    const mjml = `<mjml><mj-body><mj-section><mj-column><mj-text>News</mj-text><mj-include path="${path.join(project, 'secret-footer.mjml')}" /></mj-column></mj-section></mj-body></mjml>`;
    const result = await mcp.request<ToolResult>('tools/call', { name: 'lint_email', arguments: { html: mjml, filename: 'promo.mjml' } });
    expect(result.structuredContent!.findings!.map((f) => f.ruleId)).toContain('unsubscribe-link-present');
  });

  it('refuses bad arguments plainly, answers malformed JSON-RPC with an error, and keeps serving', async () => {
    const neither = await mcp.request<ToolResult>('tools/call', { name: 'lint_email', arguments: {} });
    expect(neither.isError).toBe(true);
    expect(neither.content[0]!.text).toBe('Give exactly one of "html" or "eml".');
    // The SDK's stdio transport drops a line that is not JSON (no id to answer): what matters is that the server
    // lives and the next call is served.
    mcp.sendRaw('{ not json\n');
    mcp.sendRaw('{"jsonrpc":"2.0","id":77,"method":"no/such/method"}\n');
    expect((await mcp.waitFor((m) => m.id === 77)).error?.code).toBe(-32601);
    const huge = await mcp.request<ToolResult>('tools/call', { name: 'lint_email', arguments: { html: `<p>${'x'.repeat(10 * 1024 * 1024)}</p>` } });
    expect(huge.structuredContent!.findings).toEqual([
      expect.objectContaining({ fatal: true, message: expect.stringMatching(/^File is \d+ characters, over the limit of 10485760/) }),
    ]);
    const binary = await mcp.request<ToolResult>('tools/call', { name: 'lint_email', arguments: { html: 'GIF89a\u0000\u0001' } });
    expect(binary.structuredContent!.findings).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('File is not text') })]);
    expect(mcp.process.exitCode).toBeNull();
  });
});
