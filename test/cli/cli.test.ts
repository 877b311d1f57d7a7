// The CLI end to end, run in-process with a fake I/O object (main()); "the bundle" block spawns the built bundle as a smoke test.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { EXAMPLES, RESULT_KEYS, ROOT, buildCli, runCli, runCliInProcess, tempDir } from './helpers.ts';

let cli: string;
let cleanupBuild: () => void;
const tmp = tempDir();

const GOOD = path.join(EXAMPLES, 'good/newsletter.html');
const NO_OPTOUT = path.join(EXAMPLES, 'bad/no-optout.html');

beforeAll(async () => {
  ({ cli, cleanup: cleanupBuild } = await buildCli());
}, 60_000);
afterAll(() => {
  cleanupBuild?.();
  tmp.cleanup();
});

const run = (args: string[], opts: Parameters<typeof runCli>[2] = {}) => runCliInProcess(args, { env: { NO_COLOR: '1', ...opts.env }, ...opts });
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];
const ruleIds = (r: LintResult) => r.messages.map((m) => m.ruleId);

describe('exit codes', () => {
  it('0 for a compliant template', async () => {
    const r = await run([GOOD]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('1 when a template has errors', async () => {
    const r = await run(['-f', 'json', NO_OPTOUT]);
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(ruleIds(result!)).toContain('unsubscribe-link-present');
    expect(result!.messages.find((m) => m.ruleId === 'unsubscribe-link-present')?.severity).toBe(2);
  });

  it('2 for an unknown flag', async () => {
    const r = await run(['--nope', GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--nope/);
  });

  it('no files given lints the current folder (ESLint 9); an empty folder exits 2', async () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(await run([], { cwd: dir })).toMatchObject({ code: 2, stderr: "optout-lint: No files matching '.' were found.\n" });
      writeFileSync(path.join(dir, 'promo.html'), readFileSync(NO_OPTOUT));
      const r = await run(['-f', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(json(r.stdout).map((x) => x.filePath)).toEqual([path.join(dir, 'promo.html')]);
    } finally {
      cleanup();
    }
  });

  it('2 for a glob matching nothing, like ESLint', async () => {
    const r = await run(['nothing/**/*.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No files matching 'nothing/**/*.html' were found.");
  });

  it('2 for an unknown format, listing the valid ones', async () => {
    const r = await run(['-f', 'xml', GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown format "xml".*stylish, json/);
  });
});

describe('json format', () => {
  it("has ESLint's result shape", async () => {
    const r = await run(['--format', 'json', NO_OPTOUT, GOOD]);
    const results = json(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual([NO_OPTOUT, GOOD]);
    for (const result of results) {
      expect(
        Object.keys(result)
          .filter((k) => k !== 'source')
          .sort(),
      ).toEqual(RESULT_KEYS);
      for (const m of result.messages) {
        expect(Object.keys(m).every((k) => ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'fatal'].includes(k))).toBe(
          true,
        );
        expect(typeof m.line).toBe('number');
        expect(typeof m.column).toBe('number');
      }
    }
    const [bad, good] = results;
    expect(bad!.source).toBe(readFileSync(NO_OPTOUT, 'utf8'));
    expect(good!.messages).toEqual([]);
    expect(good).not.toHaveProperty('source');
  });
});

describe('stylish format', () => {
  it('shows the file, line:col rows, a code frame and the summary', async () => {
    const r = await run([NO_OPTOUT], { cwd: ROOT });
    expect(r.stdout).toContain('examples/bad/no-optout.html');
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +error +\S[^\n]* unsubscribe-link-present$/m);
    expect(r.stdout).toMatch(/> +\d+ \| .+\n +\| +\^+/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('honours NO_COLOR, FORCE_COLOR=0 and --no-color; --color and FORCE_COLOR turn colour on', async () => {
    expect((await run([NO_OPTOUT], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await runCliInProcess([NO_OPTOUT], { env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\x1b[');
    expect((await runCliInProcess([NO_OPTOUT], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\x1b[31m');
    expect((await runCliInProcess(['--no-color', NO_OPTOUT], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\x1b[');
    expect((await run(['--color', NO_OPTOUT])).stdout).toContain('\x1b[');
    // Not a terminal and nothing forced: plain.
    expect((await runCliInProcess([NO_OPTOUT])).stdout).not.toContain('\x1b[');
  });
});

describe('warnings', () => {
  // With the presence rule lowered to a warning, a template without a link has warnings only.
  const asWarning = ['--rule', 'unsubscribe-link-present:warn'];

  it('exit 0 with warnings, 1 with --max-warnings 0', async () => {
    const r = await run([...asWarning, '-f', 'json', NO_OPTOUT]);
    expect(r.code).toBe(0);
    const [result] = json(r.stdout);
    expect(result!.errorCount).toBe(0);
    expect(result!.warningCount).toBeGreaterThan(0);
    const strict = await run([...asWarning, '--max-warnings', '0', NO_OPTOUT]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('too many warnings (maximum: 0)');
    expect((await run([...asWarning, '--max-warnings', '99', NO_OPTOUT])).code).toBe(0);
  });

  it('--quiet hides warnings', async () => {
    const r = await run([...asWarning, '--quiet', '-f', 'json', NO_OPTOUT]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]!.messages).toEqual([]);
    expect((await run([...asWarning, '--quiet', NO_OPTOUT])).stdout).toBe('');
  });

  it('rejects a bad --max-warnings', async () => {
    expect((await run(['--max-warnings', 'lots', GOOD])).code).toBe(2);
  });
});

describe('--rule', () => {
  it('turns a rule off', async () => {
    const r = await run(['--rule', 'unsubscribe-link-present:off', '-f', 'json', NO_OPTOUT]);
    expect(ruleIds(json(r.stdout)[0]!)).not.toContain('unsubscribe-link-present');
    const printed = JSON.parse((await run(['--rule', 'unsubscribe-link-text:off', '--print-config', GOOD])).stdout);
    expect(printed.rules['unsubscribe-link-text'].severity).toBe(0);
  });

  it('rejects a bad severity, a malformed flag and an unknown rule with exit 2', async () => {
    const bad = await run(['--rule', 'unsubscribe-link-text:fatal', GOOD]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('severity must be "off", "warn" or "error" (got "fatal")');
    expect((await run(['--rule', 'unsubscribe-link-text', GOOD])).code).toBe(2);
    const unknown = await run(['--rule', 'unsubscribe-link-visibel:off', GOOD]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule (did you mean "unsubscribe-link-visible"?)');
  });
});

describe('stdin and output file', () => {
  it('lints stdin under --stdin-filename', async () => {
    const r = await run(['--stdin', '--stdin-filename', 'x.html', '-f', 'json'], { input: readFileSync(NO_OPTOUT), cwd: tmp.dir });
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(result!.filePath).toBe(path.join(tmp.dir, 'x.html'));
    expect(ruleIds(result!)).toContain('unsubscribe-link-present');
  });

  it('defaults the stdin name to stdin.html', async () => {
    const r = await run(['--stdin', '-f', 'json'], { input: readFileSync(GOOD), cwd: tmp.dir });
    expect(r.code).toBe(0);
    expect(json(r.stdout)[0]!.filePath).toBe(path.join(tmp.dir, 'stdin.html'));
  });

  it('--output-file writes the report (creating folders) and nothing to stdout', async () => {
    const out = path.join(tmp.dir, 'reports/deep/report.json');
    const r = await run(['-f', 'json', '-o', out, NO_OPTOUT]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(json(readFileSync(out, 'utf8'))[0]!.filePath).toBe(NO_OPTOUT);
  });
});

describe('info flags', () => {
  it('--version prints package.json version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it('--help prints usage', async () => {
    const r = await run(['-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: optout-lint');
    expect(r.stdout).toContain('--max-warnings');
  });

  it('--list-rules prints id, default severity and description', async () => {
    const r = await run(['--list-rules']);
    expect(r.code).toBe(0);
    for (const id of ['unsubscribe-link-present', 'unsubscribe-link-visible', 'unsubscribe-link-text', 'unsubscribe-link-href']) {
      expect(r.stdout).toMatch(new RegExp(`^${id} +(error|warn) +\\S`, 'm'));
    }
  });

  it('--print-config prints the resolved config (recommended by default)', async () => {
    const r = await run(['--print-config', 'anything.html'], { cwd: tmp.dir });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.rules['unsubscribe-link-present']).toEqual({ severity: 2, options: {} });
    expect(config.maxFileSize).toBe(10 * 1024 * 1024);
  });

  it('--profile recommended is accepted, an unknown profile is exit 2', async () => {
    expect((await run(['--profile', 'recommended', GOOD])).code).toBe(0);
    const r = await run(['--profile', 'strictest', GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown profile');
  });
});

describe('config files', () => {
  it('finds the nearest config upward and caches it per folder', async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
      mkdirSync(path.join(dir, 'pkg/x'), { recursive: true });
      writeFileSync(path.join(dir, 'optout.config.json'), JSON.stringify({ rules: { 'unsubscribe-link-present': 'warn' } }));
      writeFileSync(path.join(dir, 'pkg/package.json'), JSON.stringify({ name: 'x', optout: { rules: { 'unsubscribe-link-present': 'off' } } }));
      const text = readFileSync(NO_OPTOUT);
      writeFileSync(path.join(dir, 'a/b/c/deep.html'), text);
      writeFileSync(path.join(dir, 'a/b/sibling.html'), text);
      writeFileSync(path.join(dir, 'pkg/x/p.html'), text);
      const r = await run(['-f', 'json', '.'], { cwd: dir });
      expect(r.stderr).toBe('');
      const results = json(r.stdout);
      const byName = new Map(results.map((x) => [path.relative(dir, x.filePath), x]));
      expect([...byName.keys()]).toEqual(['a/b/c/deep.html', 'a/b/sibling.html', 'pkg/x/p.html']);
      expect(byName.get('a/b/c/deep.html')!.messages.find((m) => m.ruleId === 'unsubscribe-link-present')?.severity).toBe(1);
      expect(ruleIds(byName.get('pkg/x/p.html')!)).not.toContain('unsubscribe-link-present');
      expect(r.code).toBe(0);
      // --config replaces the search.
      const cfg = path.join(dir, 'strict.json');
      writeFileSync(cfg, JSON.stringify({ extends: ['optout-lint:recommended'] }));
      const strict = await run(['-f', 'json', '-c', cfg, 'pkg'], { cwd: dir });
      expect(ruleIds(json(strict.stdout)[0]!)).toContain('unsubscribe-link-present');
      expect(strict.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('.optoutrc.json works too and print-config shows it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, '.optoutrc.json'), JSON.stringify({ esp: 'mailchimp', locales: ['it', 'en'] }));
      const config = JSON.parse((await run(['--print-config', 'x.html'], { cwd: dir })).stdout);
      expect(config.esp).toBe('mailchimp');
      expect(config.locales).toEqual(['it', 'en']);
      // No `extends` anywhere: the recommended preset is the base.
      expect(config.rules['unsubscribe-link-present'].severity).toBe(2);
    } finally {
      cleanup();
    }
  });

  it('an invalid config is exit 2 naming the file and the key', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'optout.config.json'), JSON.stringify({ rules: { 'unsubscribe-link-visible': ['error', { minFontSize: 'big' }] } }));
      writeFileSync(path.join(dir, 't.html'), readFileSync(GOOD));
      const r = await run(['t.html'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(path.join(dir, 'optout.config.json'));
      expect(r.stderr).toContain('rules.unsubscribe-link-visible.minFontSize: expected a number ≥ 0 (got "big")');
    } finally {
      cleanup();
    }
  });

  it('an unknown rule id in a config is exit 2 with a suggestion', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'optout.config.json'), JSON.stringify({ rules: { 'unsubscribe-link-visibel': 'error' } }));
      writeFileSync(path.join(dir, 't.html'), readFileSync(GOOD));
      const r = await run(['t.html'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('rules.unsubscribe-link-visibel: unknown rule (did you mean "unsubscribe-link-visible"?)');
    } finally {
      cleanup();
    }
  });

  it('invalid JSON is exit 2 naming the file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, '.optoutrc.json'), '{ "rules": { ');
      writeFileSync(path.join(dir, 't.html'), readFileSync(GOOD));
      const r = await run(['t.html'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${path.join(dir, '.optoutrc.json')}: invalid JSON`);
      expect((await run(['-c', 'missing.json', 't.html'], { cwd: dir })).code).toBe(2);
    } finally {
      cleanup();
    }
  });
});

describe('files that cannot be linted', () => {
  it('a missing file exits 2 with "No files matching" (ESLint 9); --no-error-on-unmatched-pattern skips it', async () => {
    const missing = path.join(tmp.dir, 'missing.html');
    const r = await run(['-f', 'json', missing, GOOD]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`optout-lint: No files matching '${missing}' were found.\n`);
    const skipped = await run(['-f', 'json', '--no-error-on-unmatched-pattern', missing, GOOD]);
    expect(skipped.code).toBe(0);
    expect(json(skipped.stdout).map((x) => x.filePath)).toEqual([GOOD]);
  });

  it('a binary file named .html is fatal and the run goes on', async () => {
    const bin = path.join(tmp.dir, 'image.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await run(['-f', 'json', bin, GOOD]);
    const [first, second] = json(r.stdout);
    expect(first!.messages).toHaveLength(1);
    expect(first!.messages[0]).toMatchObject({ ruleId: null, fatal: true });
    expect(second!.messages).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('a directory named x.html: skipped in a walk, fatal when named', async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'x.html'));
      writeFileSync(path.join(dir, 'ok.html'), readFileSync(GOOD));
      const walked = await run(['-f', 'json', '.'], { cwd: dir });
      expect(json(walked.stdout).map((x) => path.basename(x.filePath))).toEqual(['ok.html']);
      expect(walked.code).toBe(0);
      const named = await run(['-f', 'json', 'x.html', 'ok.html'], { cwd: dir });
      const [first, second] = json(named.stdout);
      expect(first!.messages[0]).toMatchObject({ ruleId: null, fatal: true, message: expect.stringMatching(/directory/i) });
      expect(second!.messages).toEqual([]);
      expect(named.code).toBe(1);
    } finally {
      cleanup();
    }
  });

  it('an empty file is linted (no opt-out link) without crashing', async () => {
    const empty = path.join(tmp.dir, 'empty.html');
    writeFileSync(empty, '');
    const r = await run(['-f', 'json', empty]);
    const [result] = json(r.stdout);
    expect(result!.messages.every((m) => !m.fatal)).toBe(true);
    expect(ruleIds(result!)).toContain('unsubscribe-link-present');
    expect(r.code).toBe(1);
  });

  it('UTF-16 and BOM-prefixed UTF-8 files are decoded', async () => {
    const text = readFileSync(GOOD, 'utf8');
    const utf16 = path.join(tmp.dir, 'utf16.html');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bom = path.join(tmp.dir, 'bom.html');
    writeFileSync(bom, `\uFEFF${text}`);
    const r = await run(['-f', 'json', utf16, bom]);
    expect(json(r.stdout).map((x) => x.messages)).toEqual([[], []]);
    expect(r.code).toBe(0);
  });

  it('a directory walk skips node_modules, dot-folders and other extensions', async () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const sub of ['node_modules/pkg', '.cache', 'emails/nested']) mkdirSync(path.join(dir, sub), { recursive: true });
      const text = readFileSync(GOOD);
      for (const f of ['node_modules/pkg/a.html', '.cache/b.html', 'emails/c.htm', 'emails/nested/d.HTML', 'emails/notes.txt'])
        writeFileSync(path.join(dir, f), text);
      const r = await run(['-f', 'json', '.'], { cwd: dir });
      expect(json(r.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['emails/c.htm', 'emails/nested/d.HTML']);
      const globbed = await run(['-f', 'json', '**/*.htm*'], { cwd: dir });
      expect(json(globbed.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['emails/c.htm']);
    } finally {
      cleanup();
    }
  });
});

describe('the bundle', () => {
  it('starts with the shebang, matches package.json and loads mjml only on demand', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin['optout-lint']).toBe('dist/cli.js');
    expect(pkg.scripts.build).toMatch(/^node scripts\/build-cli\.mjs/);
    const entry = readFileSync(cli, 'utf8');
    expect(entry.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // mjml is bundled (esbuild marks each module with a `// node_modules/…` comment), but only in chunks
    // imported on demand: the entry and every chunk it imports statically must not hold it.
    const dir = path.dirname(cli);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import[^;]*?from "(\.{1,2}\/[^"]+)"/gm)) visit(path.resolve(path.dirname(file), m[1]!));
    };
    visit(cli);
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/node_modules\/mjml-core\//);
    const chunks = readdirSync(path.join(dir, 'chunks')).map((f) => readFileSync(path.join(dir, 'chunks', f), 'utf8'));
    expect(chunks.some((c) => c.includes('node_modules/mjml-core/'))).toBe(true);
  });

  it('smoke: the built bundle lints the examples like the in-process CLI (MJML and .eml included)', async () => {
    const spawned = runCli(cli, ['-f', 'json', 'examples/'], { cwd: ROOT, env: { NO_COLOR: '1' } });
    const inProcess = await run(['-f', 'json', 'examples/'], { cwd: ROOT });
    expect(spawned.code, spawned.stderr).toBe(1);
    expect(JSON.parse(spawned.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(json(spawned.stdout).some((r) => r.filePath.endsWith('.mjml') && r.fatalErrorCount === 0)).toBe(true);
  });
});

describe('the bundled examples', () => {
  it('good ones and the template projects pass, each bad one has at least one error', async () => {
    const r = await run(['-f', 'json', 'examples/'], { cwd: ROOT });
    expect(r.code).toBe(1);
    for (const result of json(r.stdout)) {
      const rel = path.relative(EXAMPLES, result.filePath);
      // good/ and the template projects pass; each file of bad/ has an error.
      if (!rel.startsWith('bad')) expect({ rel, messages: result.messages }).toEqual({ rel, messages: [] });
      else expect({ rel, errors: result.errorCount > 0 }).toEqual({ rel, errors: true });
      expect(result.fatalErrorCount).toBe(0);
    }
  });
});
