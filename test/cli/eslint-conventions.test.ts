// The CLI as someone coming from ESLint expects it (issue 16): levn --rule, JSONC configs, -1 warnings,
// cache folders, early -o failure, one-line usage errors, --debug, --no-config-lookup, custom formatters,
// suppressedMessages, and "All files … are ignored".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { runCliInProcess, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const run = (args: string[], cwd = tmp.dir) => runCliInProcess(args, { cwd, env: { NO_COLOR: '1' } });
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];

/** A folder with one template; `files` adds more (config files, formatters). */
function project(name: string, template: string, files: Record<string, string> = {}): string {
  const dir = path.join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'email.html'), template);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const ADDRESS = '<p>Acme Ltd, 10 Downing Street, London SW1A 2AA</p>';
/** A compliant email whose opt-out link is 12px. */
const SMALL_LINK = `<html><body><p>News.</p><p style="font-size:12px"><a href="https://news.example.com/unsubscribe">Unsubscribe</a></p>${ADDRESS}</body></html>`;
/** No opt-out at all. */
const NO_OPT_OUT = `<html><body><p>News.</p>${ADDRESS}</body></html>`;

describe("--rule in ESLint's levn form", () => {
  it('sets options: a 12px link fails minFontSize 14', async () => {
    const dir = project('rule-options', SMALL_LINK);
    expect((await run(['email.html'], dir)).code).toBe(0);
    const r = await run(['-f', 'json', '--rule', 'unsubscribe-link-visible: [error, {minFontSize: 14}]', 'email.html'], dir);
    expect(r.code).toBe(1);
    const visible = json(r.stdout)[0]!.messages.filter((m) => m.ruleId === 'unsubscribe-link-visible');
    expect(visible.map((m) => m.message)).toEqual(['Opt-out link is too small to read: 12px text (minimum 14px).']);
  });

  it('a bad option is one line naming the rule and the option, exit 2', async () => {
    const dir = project('rule-bad', SMALL_LINK);
    const r = await run(['--rule', 'unsubscribe-link-visible: [error, {minFontSize: big}]', 'email.html'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^optout-lint: --rule unsubscribe-link-visible.*minFontSize/);
  });
});

describe('config files', () => {
  it('take comments, trailing commas and $schema (JSONC)', async () => {
    const config = `{
      // editors complete this from the schema
      "$schema": "./node_modules/optout-lint/schema.json",
      "rules": {
        "unsubscribe-link-present": "off", /* a transactional folder */
      },
    }`;
    const dir = project('jsonc', NO_OPT_OUT, { 'optout.config.json': config });
    const r = await run(['-f', 'json', 'email.html'], dir);
    expect(r.stderr).toBe('');
    expect(json(r.stdout)[0]!.messages.map((m) => m.ruleId)).not.toContain('unsubscribe-link-present');
  });

  it('a syntax error names the file, line and column, exit 2', async () => {
    const dir = project('jsonc-broken', NO_OPT_OUT, { 'optout.config.json': '{\n  "rules": {\n    "a": "off" "b": "off"\n  }\n}' });
    const r = await run(['email.html'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`optout-lint: ${path.join(dir, 'optout.config.json')}: invalid JSON: CommaExpected at line 3, column 16\n`);
  });

  it('--no-config-lookup leaves config files out; --debug says what applied to each file', async () => {
    const dir = project('lookup', NO_OPT_OUT, {
      'optout.config.json': '{ "rules": { "unsubscribe-link-present": "off" }, "ignorePatterns": ["drafts/"] }',
      'drafts/old.html': NO_OPT_OUT,
    });
    expect((await run(['email.html'], dir)).code).toBe(0);
    expect((await run(['--no-config-lookup', 'email.html'], dir)).code).toBe(1);
    const debug = await run(['--debug', '.'], dir);
    expect(debug.stderr).toContain(
      `optout-lint:debug ${path.join('drafts', 'old.html')}: ignored by ignorePatterns of ${path.join(dir, 'optout.config.json')}\n`,
    );
    expect(debug.stderr).toContain(`optout-lint:debug email.html: config ${path.join(dir, 'optout.config.json')}\n`);
    const none = await run(['--debug', '--no-config-lookup', '--rule', 'postal-address: off', 'email.html'], dir);
    expect(none.stderr).toContain('optout-lint:debug email.html: config no config lookup (defaults) + --rule/--headers\n');
  });
});

describe("flags with ESLint's meaning", () => {
  it('--max-warnings -1 is no limit', async () => {
    const dir = project('warnings', `<html><body><p><a href="https://news.example.com/unsubscribe">click here</a></p>${ADDRESS}</body></html>`);
    const limited = await run(['--max-warnings', '0', 'email.html'], dir);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('too many warnings');
    expect((await run(['--max-warnings', '-1', 'email.html'], dir)).code).toBe(0);
  });

  it('--cache-location DIR/ (or an existing folder) puts the cache file inside it', async () => {
    const dir = project('cache', SMALL_LINK);
    expect((await run(['--cache', '--cache-location', 'caches/', 'email.html'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'caches', '.optoutcache'))).toBe(true);
    mkdirSync(path.join(dir, 'existing'));
    expect((await run(['--cache', '--cache-location', 'existing', 'email.html'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'existing', '.optoutcache'))).toBe(true);
  });

  it('-o to a path that cannot be written fails before linting, exit 2', async () => {
    const dir = project('output', NO_OPT_OUT, { 'a-file': 'x' });
    const r = await run(['-o', 'a-file/report.json', 'email.html'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^optout-lint: -o ${path.join(dir, 'a-file', 'report.json').replace(/[/\\.]/g, '\\$&')}: cannot write the report there \\(.+\\)\\.\\n$`),
    );
    const folder = await run(['-o', '.', 'email.html'], dir);
    expect(folder).toMatchObject({ code: 2, stderr: `optout-lint: -o ${dir}: cannot write the report there (it is a folder).\n` });
  });

  it('usage errors are one plain line and a pointer to --help, never a stack', async () => {
    const dir = project('usage', SMALL_LINK);
    const help = 'Run "optout-lint --help" for usage.\n';
    expect(await run(['--nope', 'email.html'], dir)).toMatchObject({ code: 2, stderr: `optout-lint: unknown option --nope\n${help}` });
    expect(await run(['email.html', '-f'], dir)).toMatchObject({ code: 2, stderr: `optout-lint: option --format needs a value\n${help}` });
    expect(await run(['--max-warnings', 'lots', 'email.html'], dir)).toMatchObject({
      code: 2,
      stderr: `optout-lint: --max-warnings expects a whole number ≥ 0, or -1 for no limit (got "lots")\n${help}`,
    });
    const headers = await run(['--headers', 'missing.txt', 'email.html'], dir);
    expect(headers).toMatchObject({
      code: 2,
      stderr: `optout-lint: --headers ${path.join(dir, 'missing.txt')}: ENOENT: no such file or directory, open '${path.join(dir, 'missing.txt')}'\n${help}`,
    });
  });

  it("-f ./my-formatter.mjs loads a formatter with ESLint's signature (results, context)", async () => {
    const formatter = `export default function (results, context) {
      return results.map((r) => context.cwd === process.cwd() ? '' : r.filePath.split(/[\\\\/]/).pop() + ': ' + r.errorCount + ' error(s)').join('\\n');
    }`;
    const dir = project('formatter', NO_OPT_OUT, {
      'my-formatter.mjs': formatter,
      'async.mjs': 'export default async (results) => `${results.length} file(s)`;',
    });
    const r = await run(['-f', './my-formatter.mjs', 'email.html'], dir);
    expect(r).toMatchObject({ code: 1, stdout: 'email.html: 1 error(s)\n' });
    expect((await run(['-f', './async.mjs', 'email.html'], dir)).stdout).toBe('1 file(s)\n');
    const missing = await run(['-f', './nope.mjs', 'email.html'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^optout-lint: Cannot load the formatter "\.\/nope\.mjs": /);
  });

  it('all files a pattern matched are ignored: exit 2, as ESLint 9', async () => {
    const dir = project('all-ignored', NO_OPT_OUT, { '.optoutignore': 'legacy/\n', 'legacy/a.html': NO_OPT_OUT });
    expect(await run(['legacy'], dir)).toMatchObject({ code: 2, stderr: "optout-lint: All files matched by 'legacy' are ignored.\n" });
    expect((await run(['--no-error-on-unmatched-pattern', 'legacy'], dir)).code).toBe(0);
  });
});

describe("JSON output: ESLint's result shape", () => {
  it('suppressedMessages hold what optout-disable silenced, with the reason; usedDeprecatedRules is there', async () => {
    const dir = project('suppressed', `<!-- optout-disable unsubscribe-link-present -- transactional receipt -->\n${NO_OPT_OUT}`);
    const r = await run(['-f', 'json', 'email.html'], dir);
    expect(r.code).toBe(0);
    const [result] = json(r.stdout);
    expect(result!.messages).toEqual([]);
    expect(result!.usedDeprecatedRules).toEqual([]);
    expect(result!.suppressedMessages).toEqual([
      expect.objectContaining({
        ruleId: 'unsubscribe-link-present',
        severity: 2,
        suppressions: [{ kind: 'directive', justification: 'transactional receipt' }],
      }),
    ]);
    expect(readFileSync(path.join(dir, 'email.html'), 'utf8')).toBe(result!.source);
  });
});

describe('--fix and suggestions', () => {
  const UNUSED = `<!-- optout-disable postal-address -- old footer -->\n<html><body><p><a href="https://news.example.com/unsubscribe">Unsubscribe</a></p>${ADDRESS}</body></html>\n`;
  const CLICK_HERE = `<html><body><p>To opt out, <a href="https://news.example.com/unsubscribe">click here</a>.</p>${ADDRESS}</body></html>`;

  it('--fix removes an unused optout-disable comment (a comment is never shown: the one safe edit) and writes the file', async () => {
    const dir = project('fix', UNUSED);
    const report = await run(['--report-unused-disable-directives', 'email.html'], dir);
    expect(report.stdout).toContain('Unused optout-disable directive');
    expect(report.stdout).toContain('0 errors and 1 warning potentially fixable with the `--fix` option.');
    const fixed = await run(['--report-unused-disable-directives', '--fix', 'email.html'], dir);
    expect(fixed).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(path.join(dir, 'email.html'), 'utf8')).toBe(UNUSED.split('\n').slice(1).join('\n'));
  });

  it('--fix-dry-run puts the fixed text in the JSON output and writes nothing', async () => {
    const dir = project('fix-dry', UNUSED);
    const r = await run(['--report-unused-disable-directives', '--fix-dry-run', '-f', 'json', 'email.html'], dir);
    const [result] = json(r.stdout);
    expect(result!.output).toBe(UNUSED.split('\n').slice(1).join('\n'));
    expect(result!.messages).toEqual([]);
    expect(readFileSync(path.join(dir, 'email.html'), 'utf8')).toBe(UNUSED);
  });

  it('suggestions are offered in JSON and as SARIF fixes, and --fix never applies them', async () => {
    const dir = project('suggest', CLICK_HERE);
    const [result] = json((await run(['-f', 'json', 'email.html'], dir)).stdout);
    const message = result!.messages.find((m) => m.ruleId === 'unsubscribe-link-text')!;
    const at = CLICK_HERE.indexOf('click here');
    expect(message.suggestions).toEqual([
      { desc: 'Write "Unsubscribe" as the link text', fix: { range: [at, at + 'click here'.length], text: 'Unsubscribe' } },
    ]);
    expect(message.fix).toBeUndefined();
    const sarif = JSON.parse((await run(['-f', 'sarif', 'email.html'], dir)).stdout);
    const fix = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unsubscribe-link-text').fixes[0];
    expect(fix.description.text).toBe('Write "Unsubscribe" as the link text');
    expect(fix.artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: at + 1, endLine: 1, endColumn: at + 1 + 'click here'.length },
      insertedContent: { text: 'Unsubscribe' },
    });
    expect((await run(['--fix', 'email.html'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'email.html'), 'utf8')).toBe(CLICK_HERE);
  });

  it('--fix and --fix-dry-run together are a usage error', async () => {
    const dir = project('fix-both', CLICK_HERE);
    expect((await run(['--fix', '--fix-dry-run', 'email.html'], dir)).code).toBe(2);
  });
});

describe('--init', () => {
  it('writes a starter config from what the templates show: the ESP, the languages, a partial folder', async () => {
    const footer = `<p><a href="*|UNSUB|*">Disiscriviti</a> · *|LIST:ADDRESSLINE|*</p>`;
    const email = (n: number) =>
      `<html lang="it"><body><p>Ciao *|FNAME|*, ecco le novità della settimana numero ${n} per te.</p>{{> shared-footer}}</body></html>`;
    const dir = project('init', '<html lang="it"><body><p>Le nostre offerte per te.</p>' + footer + '</body></html>', {
      'campaigns/a.hbs': email(1),
      'campaigns/b.hbs': email(2),
      'blocks/shared-footer.hbs': footer,
    });
    const r = await run(['--init'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote optout.config.json.');
    expect(r.stdout).toContain('ESP: mailchimp');
    const written = JSON.parse(readFileSync(path.join(dir, 'optout.config.json'), 'utf8'));
    expect(written).toEqual({
      $schema: 'https://unpkg.com/optout-lint/schema.json',
      extends: ['optout-lint:recommended'],
      esp: 'mailchimp',
      locales: ['it'],
      partials: ['blocks'],
    });
    // The config it wrote is one the linter takes, and the project then lints.
    expect((await run(['-f', 'json', 'campaigns'], dir)).code).not.toBe(2);
  });

  it('a name with folders is read from a template root: above its includers it needs no config, elsewhere the root is named', async () => {
    const page = (include: string) => `{% extends "mail/base.html" %}{% block body %}<p>News.</p>{% include "${include}" %}{% endblock %}`;
    const base = '<html lang="en"><body>{% block body %}{% endblock %}</body></html>';
    const card = '<p>Book</p>';
    const above = project('init-django-above', NO_OPT_OUT, {
      'app/templates/mail/news.html': page('mail/_card.html'),
      'app/templates/mail/base.html': base,
      'app/templates/mail/_card.html': card,
    });
    expect((await run(['--init'], above)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(above, 'optout.config.json'), 'utf8')).partials).toBeUndefined();
    const elsewhere = project('init-django-elsewhere', NO_OPT_OUT, {
      'emails/news.html': page('cards/_card.html'),
      'emails/mail/base.html': base,
      'shared/templates/cards/_card.html': card,
    });
    expect((await run(['--init'], elsewhere)).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(elsewhere, 'optout.config.json'), 'utf8')).partials).toEqual(['shared/templates']);
  });

  it('never overwrites a config, exit 2', async () => {
    const dir = project('init-exists', NO_OPT_OUT, { '.optoutrc.json': '{}' });
    expect(await run(['--init'], dir)).toMatchObject({
      code: 2,
      stderr: 'optout-lint: .optoutrc.json already exists here; --init does not overwrite a config.\n',
    });
  });
});
