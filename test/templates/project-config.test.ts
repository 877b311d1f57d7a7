// Project config like ESLint's: overrides per folder, ignore patterns (config, .optoutignore, --ignore-pattern,
// --no-ignore) and --ext, through the CLI.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { runCliInProcess, tempDir } from '../cli/helpers.ts';

const NO_OPTOUT = '<html lang="en"><body><p>Your order has shipped.</p><p>Acme Inc., 1 Main Street, Springfield, IL 62701</p></body></html>\n';
const IN_HOUSE =
  '<html lang="en"><body><p>News.</p><p>Acme Inc., 1 Main Street, Springfield, IL 62701</p><p><a href="{{unsubscribe_url}}">Unsubscribe</a></p></body></html>\n';

let tmp: { dir: string; cleanup(): void };
beforeEach(() => {
  tmp = tempDir();
  mkdirSync(path.join(tmp.dir, 'emails', 'transactional'), { recursive: true });
  mkdirSync(path.join(tmp.dir, 'emails', 'marketing'), { recursive: true });
  writeFileSync(path.join(tmp.dir, 'emails', 'transactional', 'shipped.html'), NO_OPTOUT);
  writeFileSync(path.join(tmp.dir, 'emails', 'marketing', 'news.html'), IN_HOUSE);
});
afterEach(() => tmp.cleanup());

const config = (value: unknown) => writeFileSync(path.join(tmp.dir, 'optout.config.json'), JSON.stringify(value));
async function lint(args: string[]) {
  const r = await runCliInProcess(['-f', 'json', ...args], { cwd: tmp.dir });
  const results = r.stdout ? (JSON.parse(r.stdout) as LintResult[]) : [];
  return {
    code: r.code,
    stderr: r.stderr,
    by: Object.fromEntries(results.map((x) => [path.relative(tmp.dir, x.filePath), x.messages.map((m) => m.ruleId ?? m.message)])),
  };
}

describe('overrides', () => {
  it('turn rules off for a folder, and set placeholders for another; later entries win', async () => {
    config({
      overrides: [
        { files: ['emails/transactional/**'], rules: { 'unsubscribe-link-present': 'error' } },
        { files: ['emails/transactional/**'], rules: { 'unsubscribe-link-present': 'off' } },
        { files: ['emails/marketing/*.html'], placeholders: { unsubscribe: ['{{ unsubscribe_url }}'] } },
      ],
    });
    const { code, by } = await lint(['emails', '--max-warnings', '0']);
    expect(by).toEqual({ 'emails/marketing/news.html': [], 'emails/transactional/shipped.html': [] });
    expect(code).toBe(0);
  });

  it('excludedFiles keeps a file out of an override', async () => {
    config({ overrides: [{ files: ['emails/**'], excludedFiles: ['shipped.html'], rules: { 'unsubscribe-link-present': 'off' } }] });
    expect((await lint(['emails'])).by['emails/transactional/shipped.html']).toEqual(['unsubscribe-link-present']);
  });

  it('a mistake in an override names it', async () => {
    config({ overrides: [{ files: ['x'], rulez: {} }] });
    const r = await lint(['emails']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('overrides[0].rulez: not allowed in overrides (did you mean "rules"?)');
    config({ overrides: [{ rules: {} }] });
    expect((await lint(['emails'])).stderr).toContain('overrides[0].files: required');
  });
});

describe('ignores', () => {
  it('config ignorePatterns, .optoutignore and --ignore-pattern leave files out; --no-ignore brings them back', async () => {
    config({ ignorePatterns: ['transactional/'] });
    expect(Object.keys((await lint(['.'])).by)).toEqual(['emails/marketing/news.html']);
    config({});
    writeFileSync(path.join(tmp.dir, '.optoutignore'), '# receipts are transactional\nemails/transactional/\n');
    expect(Object.keys((await lint(['.'])).by)).toEqual(['emails/marketing/news.html']);
    expect(Object.keys((await lint(['.', '--no-ignore'])).by).sort()).toEqual(['emails/marketing/news.html', 'emails/transactional/shipped.html']);
    expect(Object.keys((await lint(['.', '--ignore-pattern', 'marketing/'])).by)).toEqual([]);
  });

  it('a file named on the command line that is ignored gets ESLint’s warning', async () => {
    writeFileSync(path.join(tmp.dir, '.optoutignore'), 'shipped.html\n');
    const { by, code } = await lint(['emails/transactional/shipped.html']);
    expect(by).toEqual({ 'emails/transactional/shipped.html': ['File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'] });
    expect(code).toBe(0);
  });
});

describe('--ext', () => {
  it('changes which endings are searched in folders', async () => {
    writeFileSync(path.join(tmp.dir, 'emails', 'marketing', 'promo.tpl'), IN_HOUSE);
    expect(Object.keys((await lint(['emails', '--ext', '.tpl'])).by)).toEqual(['emails/marketing/promo.tpl']);
    const bad = await lint(['emails', '--ext', '']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--ext expects file endings such as .html,.hbs');
  });
});
