// The Node API: its behaviour, its bundle (what package.json "exports" points at), and its generated types.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../linter/cli/api.ts';
import { spawnSync } from 'node:child_process';
import { EXAMPLES, ROOT, tempDir } from './cli/helpers.ts';

describe('Node API', () => {
  it('lintText lints text with a config object', async () => {
    const result = await api.lintText('<body><p>To unsubscribe, <a href="#">click here</a>.</p></body>', {
      filename: 'footer.html',
      config: { rules: { 'unsubscribe-link-text': 'off', 'postal-address': 'off', 'sender-identity': 'off' } },
    });
    expect(result.filePath).toBe(path.resolve('footer.html'));
    expect(result.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-href']);
  });

  it('lintText applies directives and reports unused ones on request', async () => {
    const text =
      '<body><!-- optout-disable unsubscribe-link-visible -->\n<a href="https://e.com/u">Unsubscribe</a>\n<p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p></body>';
    const result = await api.lintText(text, { reportUnusedDisableDirectives: 'warn' });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [null, 1, "Unused optout-disable directive (no problems were reported from 'unsubscribe-link-visible')."],
    ]);
  });

  it('lintFiles expands patterns like the CLI and keeps their order', async () => {
    const results = await api.lintFiles(['bad/no-optout.html', 'good/'], { cwd: EXAMPLES });
    expect(results.map((r) => path.relative(EXAMPLES, r.filePath))).toEqual([
      'bad/no-optout.html',
      'good/newsletter-it.html',
      'good/newsletter.html',
      'good/test-send.eml',
      'good/welcome.mjml',
    ]);
    expect(results[0]!.errorCount).toBeGreaterThan(0);
    expect(results.slice(1).every((r) => r.messages.length === 0)).toBe(true);
  });

  it('lintFiles rejects a glob that matches nothing', async () => {
    await expect(api.lintFiles('nothing/**/*.html', { cwd: EXAMPLES })).rejects.toBeInstanceOf(api.NoFilesError);
  });

  it('loadConfig finds the nearest config file and resolves it', async () => {
    const tmp = tempDir();
    try {
      mkdirSync(path.join(tmp.dir, 'emails'));
      writeFileSync(path.join(tmp.dir, 'optout.config.json'), JSON.stringify({ esp: 'mailchimp', rules: { 'unsubscribe-link-text': 'error' } }));
      const config = await api.loadConfig('emails/a.html', { cwd: tmp.dir });
      expect(config.esp).toBe('mailchimp');
      expect(config.rules['unsubscribe-link-text']?.severity).toBe(2);
      expect(config.rules['unsubscribe-link-present']?.severity).toBe(2);
      writeFileSync(path.join(tmp.dir, 'optout.config.json'), JSON.stringify({ rules: { nope: 'error' } }));
      await expect(api.loadConfig('emails/b.html', { cwd: tmp.dir })).rejects.toThrow(/optout\.config\.json: rules\.nope: unknown rule/);
    } finally {
      tmp.cleanup();
    }
  });

  it('getFormatter fills in the context (rule metadata, cwd)', async () => {
    const results = await api.lintFiles('bad/no-optout.html', { cwd: EXAMPLES });
    const sarif = JSON.parse(api.getFormatter('sarif')(results, { cwd: EXAMPLES }));
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/README\.md$/);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('bad/no-optout.html');
    expect(() => api.getFormatter('xml')).toThrow(api.UnknownFormatterError);
  });

  it('works from the bundle package.json exports point at', async () => {
    const base = path.join(ROOT, 'node_modules', '.cache', 'optout-lint-test');
    mkdirSync(base, { recursive: true });
    const outdir = mkdtempSync(path.join(base, 'api-'));
    try {
      await build({
        absWorkingDir: ROOT,
        entryPoints: { api: 'linter/cli/api.ts' },
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        splitting: true,
        outdir,
        chunkNames: 'chunks/[name]-[hash]',
        logLevel: 'silent',
      });
      const bundled = (await import(pathToFileURL(path.join(outdir, 'api.js')).href)) as typeof api;
      expect(Object.keys(bundled).sort()).toEqual([
        'ConfigError',
        'NoFilesError',
        'OptoutLint',
        'UnknownFormatterError',
        'getFormatter',
        'getRulesMeta',
        'lintFiles',
        'lintText',
        'loadConfig',
        'rules',
        'version',
      ]);
      const r = await bundled.lintText(
        '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text><mj-text>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</mj-text></mj-column></mj-section></mj-body></mjml>',
        { filename: 'a.mjml' },
      );
      expect(r.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-present']);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('OptoutLint resolves config layers like the CLI: base, config file, overrides', async () => {
    const tmp = tempDir();
    try {
      writeFileSync(path.join(tmp.dir, 'optout.config.json'), JSON.stringify({ rules: { 'postal-address': 'error' } }));
      const linter = new api.OptoutLint({
        cwd: tmp.dir,
        baseConfig: { extends: ['optout-lint:strict'] },
        overrideConfig: [{ rules: { 'sender-identity': 'off' } }],
      });
      const config = await linter.calculateConfigForFile('a.html');
      expect(config.rules['postal-address']?.severity).toBe(2);
      expect(config.rules['sender-identity']?.severity).toBe(0);
      const result = await linter.lintText('<body><a href="https://e.com/u">Unsubscribe</a></body>', { filePath: 'a.html' });
      expect(result.filePath).toBe(path.join(tmp.dir, 'a.html'));
      expect(result.messages.map((m) => m.ruleId)).toContain('postal-address');
      const none = new api.OptoutLint({ cwd: tmp.dir, configLookup: false });
      expect((await none.calculateConfigForFile('a.html')).rules['postal-address']?.severity).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });

  it('the declarations generated from the sources type a consumer', () => {
    // Under node_modules, as in an installed project: the declarations name our dependencies (domhandler).
    const base = path.join(ROOT, 'node_modules', '.cache', 'optout-lint-test');
    mkdirSync(base, { recursive: true });
    const tmp = {
      dir: mkdtempSync(path.join(base, 'types-')),
      cleanup() {
        rmSync(this.dir, { recursive: true, force: true });
      },
    };
    try {
      const outDir = path.join(tmp.dir, 'types');
      const emit = spawnSync(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.api.json'), '--outDir', outDir],
        { encoding: 'utf8' },
      );
      expect(emit.status, emit.stdout + emit.stderr).toBe(0);
      const entry = path.join(outDir, 'linter', 'cli', 'api.js').replace(/\\/g, '/');
      // A consumer with plain strict settings (no allowImportingTsExtensions): good uses compile, a bad one does not.
      writeFileSync(
        path.join(tmp.dir, 'good.ts'),
        `import { OptoutLint, lintFiles, type LintResult, type Config } from '${entry}';
const config: Config = { rules: { 'unsubscribe-link-text': ['warn', {}] }, esp: 'mailchimp' };
const linter = new OptoutLint({ cwd: '.', overrideConfig: config, cache: true, concurrency: 'auto' });
export const counts: Promise<number[]> = linter.lintFiles(['emails/']).then((rs: LintResult[]) => rs.map((r) => r.errorCount + r.messages[0]!.line));
export const again: Promise<LintResult[]> = lintFiles('emails/', { config: 'optout.config.json' });
`,
      );
      writeFileSync(
        path.join(tmp.dir, 'bad.ts'),
        `import { OptoutLint } from '${entry}';
export const n: string = new OptoutLint({ cwd: 1 }).cwd;
`,
      );
      writeFileSync(
        path.join(tmp.dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            skipLibCheck: false,
            types: ['node'],
            typeRoots: [path.join(ROOT, 'node_modules', '@types')],
          },
          files: ['good.ts'],
        }),
      );
      const tsc = (files: string[]) =>
        spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(tmp.dir, 'tsconfig.json'), ...files], {
          encoding: 'utf8',
          cwd: tmp.dir,
        });
      const good = tsc([]);
      expect(good.status, good.stdout + good.stderr).toBe(0);
      writeFileSync(
        path.join(tmp.dir, 'tsconfig.json'),
        JSON.stringify({ ...JSON.parse(readFileSync(path.join(tmp.dir, 'tsconfig.json'), 'utf8')), files: ['bad.ts'] }),
      );
      const bad = tsc([]);
      expect(bad.stdout).toMatch(/bad\.ts\(2,.*TS2322/);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
