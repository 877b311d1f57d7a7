// Parity: the same fixtures through the CLI (`optout-lint -f json`) and through the extension's path
// (the background's lintDraft, with the default settings) give the same findings.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, ROOT } from '../test/cli/helpers.ts';
import { lintRequest } from './lib/engine.ts';
import { snapshotDraft } from './lib/snapshot.ts';
import { resolveSettings } from './lib/settings-config.ts';
import { DEFAULT_SETTINGS } from './lib/settings.ts';
import type { LintResult } from '../linter/types.ts';

const DIRS = ['examples/good', 'examples/bad', 'test/e2e/fixtures'];
const files = DIRS.flatMap((d) =>
  readdirSync(path.join(ROOT, d))
    .filter((f) => /\.(?:html?|eml)$/.test(f))
    .map((f) => path.join(d, f)),
);
const config = resolveSettings(DEFAULT_SETTINGS);
const key = (m: { ruleId: string | null; messageId?: string; severity: number }) => `${m.ruleId}/${m.messageId}/${m.severity}`;

describe('CLI ↔ extension parity', () => {
  let cli: Awaited<ReturnType<typeof buildCli>>;
  let results: Map<string, LintResult>;

  beforeAll(async () => {
    cli = await buildCli();
    const r = runCli(cli.cli, ['-f', 'json', ...files]);
    results = new Map((JSON.parse(r.stdout) as LintResult[]).map((x) => [path.relative(ROOT, x.filePath), x]));
  });
  afterAll(() => cli?.cleanup());

  it('covers the examples and the e2e fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(results.size).toBe(files.length);
  });

  it.each(files)('%s: same findings, same positions', async (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const kind = file.endsWith('.eml') ? 'eml' : 'html';
    const report = await lintRequest({ kind, text, site: 'generic' }, config);
    const expected = results.get(file)!.messages.filter((m) => !m.fatal);
    expect(report.findings.map(({ ruleId, messageId, severity, message, line, column }) => ({ ruleId, messageId, severity, message, line, column }))).toEqual(
      expected.map(({ ruleId, messageId, severity, message, line, column }) => ({ ruleId, messageId, severity, message, line, column })),
    );
  });

  it.each(files.filter((f) => f.startsWith('examples/') && /\.html?$/.test(f)))('%s opened in an iframe editor: same rules and messages', async (file) => {
    // What a content script sends for an iframe editor: the live document re-serialised with stamps.
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const snap = snapshotDraft({ kind: 'iframe', body: doc.body, container: doc.body, anchor: doc.body, subject: () => undefined });
    const report = await lintRequest({ kind: 'html', text: snap.html, site: 'generic' }, config);
    const expected = results.get(file)!.messages.filter((m) => !m.fatal);
    expect(report.findings.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
