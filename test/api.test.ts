// The Node API: its behaviour, its bundle (what package.json "exports" points at), and its hand-written types.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as api from '../linter/cli/api.ts';
import type * as Declared from '../types/api.d.ts';
import { EXAMPLES, ROOT, tempDir } from './cli/helpers.ts';

// Compile-time check: the implementation satisfies the published declarations.
const _typed: typeof Declared = api;

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
      'bad/no-optout.html', 'good/newsletter-it.html', 'good/newsletter.html', 'good/test-send.eml', 'good/welcome.mjml',
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
        absWorkingDir: ROOT, entryPoints: { api: 'linter/cli/api.ts' }, bundle: true, platform: 'node', format: 'esm',
        target: 'node20', packages: 'external', splitting: true, outdir, chunkNames: 'chunks/[name]-[hash]', logLevel: 'silent',
      });
      const bundled = (await import(pathToFileURL(path.join(outdir, 'api.js')).href)) as typeof Declared;
      expect(Object.keys(bundled).sort()).toEqual(['ConfigError', 'NoFilesError', 'UnknownFormatterError', 'getFormatter', 'getRulesMeta', 'lintFiles', 'lintText', 'loadConfig', 'rules', 'version']);
      const r = await bundled.lintText('<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text><mj-text>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</mj-text></mj-column></mj-section></mj-body></mjml>', { filename: 'a.mjml' });
      expect(r.messages.map((m) => m.ruleId)).toEqual(['unsubscribe-link-present']);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
