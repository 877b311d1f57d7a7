// Pattern expansion and decoding, in-process.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NoFilesError, decodeText, expandPatterns, readTemplate } from '../../linter/cli/files.ts';
import { useColor } from '../../linter/cli/main.ts';
import { mapLimit } from '../../linter/cli/optout-lint.ts';
import { parseCliArgs, UsageError } from '../../linter/cli/args.ts';
import { tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('decodeText', () => {
  it('decodes UTF-8 (BOM stripped) and UTF-16 with a BOM', () => {
    const text = 'Per non ricevere più <a>disiscriviti</a>';
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

describe('expandPatterns', () => {
  const dir = tmp.dir;
  mkdirSync(path.join(dir, 'emails/deep'), { recursive: true });
  mkdirSync(path.join(dir, 'emails/.git'), { recursive: true });
  mkdirSync(path.join(dir, 'emails/dir.html'), { recursive: true });
  for (const f of ['emails/b.html', 'emails/a.mjml', 'emails/deep/c.eml', 'emails/.git/d.html', 'emails/e.txt', 'emails/dir.html/f.txt']) {
    writeFileSync(path.join(dir, f), 'x');
  }

  it('walks directories in name order and keeps input order across patterns, without duplicates', async () => {
    const targets = await expandPatterns(['emails/b.html', 'emails', 'emails/e.txt'], dir);
    expect(targets.map((t) => path.relative(dir, t.path))).toEqual(['emails/b.html', 'emails/a.mjml', 'emails/deep/c.eml', 'emails/e.txt']);
    expect(targets.every((t) => t.problem === undefined)).toBe(true);
  });

  it('a missing path or an empty match throws (ESLint 9), unless told to skip it; a directory named like a template is a problem target', async () => {
    await expect(expandPatterns(['nope.html', 'emails/dir.html'], dir)).rejects.toThrow("No files matching 'nope.html' were found.");
    const [namedDir, ...rest] = await expandPatterns(['nope.html', 'emails/dir.html', 'nothing/**/*.html'], dir, { errorOnUnmatchedPattern: false });
    expect(rest).toEqual([]);
    expect(namedDir?.problem).toMatch(/directory/);
    await expect(expandPatterns(['**/*.mjml.nope'], dir)).rejects.toBeInstanceOf(NoFilesError);
    await expect(expandPatterns(['emails/dir.html/'], dir)).resolves.toHaveLength(1);
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    await expect(expandPatterns(['empty'], dir)).rejects.toThrow("No files matching 'empty' were found.");
  });

  it('globs are filtered to templates and skip dot-folders', async () => {
    const targets = await expandPatterns(['emails/**/*'], dir);
    expect(targets.map((t) => path.relative(dir, t.path))).toEqual(['emails/a.mjml', 'emails/b.html', 'emails/deep/c.eml']);
  });

  it('readTemplate refuses files over the size limit before reading them', async () => {
    const big = path.join(dir, 'big.html');
    writeFileSync(big, '<p>0123456789</p>');
    expect(await readTemplate(big, 10)).toEqual({ problem: 'File is 17 bytes, over the limit of 10 (set maxFileSize in the config to raise it).' });
    expect(await readTemplate(big, 17)).toEqual({ text: '<p>0123456789</p>' });
  });
});

describe('helpers', () => {
  it('mapLimit keeps input order and bounds concurrency', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([50, 10, 30, 0, 20, 5, 1, 2, 3, 4, 5], 3, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([100, 20, 60, 0, 40, 10, 2, 4, 6, 8, 10]);
    expect(peak).toBe(3);
  });

  it('useColor: flags, then NO_COLOR / FORCE_COLOR, then TTY', () => {
    expect(useColor(undefined, {}, { isTTY: true })).toBe(true);
    expect(useColor(undefined, {}, { isTTY: false })).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, { isTTY: true })).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, { isTTY: false })).toBe(true);
    expect(useColor(true, { NO_COLOR: '1' }, { isTTY: false })).toBe(true);
    expect(useColor(false, {}, { isTTY: true })).toBe(false);
  });

  it('parseCliArgs: repeatable --rule, last of --color/--no-color wins, bad input is a UsageError', () => {
    const o = parseCliArgs(['-f', 'json', '--rule', 'a:off', '--rule', 'b:warn', '--no-color', '--color', 'x.html']);
    expect(o).toMatchObject({ format: 'json', rules: ['a:off', 'b:warn'], color: true, patterns: ['x.html'], stdinFilename: 'stdin.html' });
    expect(parseCliArgs(['--max-warnings', '-1']).maxWarnings).toBeUndefined(); // ESLint's -1: no limit
    expect(parseCliArgs(['--max-warnings=3']).maxWarnings).toBe(3);
    expect(() => parseCliArgs(['--max-warnings', '-2'])).toThrow('--max-warnings expects a whole number ≥ 0, or -1 for no limit (got "-2")');
    expect(() => parseCliArgs(['--bogus'])).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseCliArgs(['-f'])).toThrow(new UsageError('option --format needs a value'));
    expect(() => parseCliArgs(['--quiet=yes'])).toThrow(new UsageError('option --quiet takes no value'));
  });
});
