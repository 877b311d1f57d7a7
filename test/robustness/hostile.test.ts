// Hostile input: every case bounded in time, handled with a clear message (never a stack trace), and
// the CLI goes on with the other files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { buildCli, runCli, tempDir } from '../cli/helpers.ts';
import { base64Garbage, deepMultipart, manyUris } from './eml-hostile.ts';

let cli: string;
let cleanupBuild: () => void;
const tmp = tempDir();
const FOOTER = '<p>Acme Inc., 400 Trailhead Road, Boulder, CO 80302</p>';
const GOOD = `<html><body><p><a href="*|UNSUB|*">Unsubscribe</a></p>${FOOTER}</body></html>`;

/** name → content (string, bytes, or null for a directory). */
const CASES: Record<string, string | Buffer | null> = {
  'a-good.html': GOOD,
  'deep-nesting.html': '<div>'.repeat(200_000) + GOOD + '</div>'.repeat(200_000),
  'huge-attribute.html': `<html><body><a title="${'x'.repeat(8 * 1024 * 1024)}" href="*|UNSUB|*">Unsubscribe</a>${FOOTER}</body></html>`,
  'many-css-rules.html': `<style>${Array.from({ length: 60_000 }, (_, i) => `.c${i} a{color:#${(i % 4096).toString(16).padStart(3, '0')}}`).join('\n')}</style>${GOOD}`,
  'random-bytes.html': Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919 + 13) % 256)),
  'invalid-utf8.html': Buffer.concat([
    Buffer.from('<html><body><p>caf'),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]),
    Buffer.from(`</p><a href="*|UNSUB|*">Unsubscribe</a>${FOOTER}</body></html>`),
  ]),
  'utf16-bom.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]),
  'unclosed-comment.html': `<html><body><p>Sale</p>${FOOTER}<!-- footer <a href="*|UNSUB|*">Unsubscribe</a></body></html>`,
  'broken.mjml': '<mjml><mj-body><mj-section><mj-column><mj-text>unclosed',
  'not-mjml.mjml': '<html><body>plain html in an .mjml file</body></html>',
  // One 2 MB paragraph: the text rules once overflowed the call stack on it.
  'huge-paragraph.html': `<html><body><p>${'Lorem ipsum dolor sit amet consectetur. '.repeat(50_000)}</p><p><a href="*|UNSUB|*">Unsubscribe</a></p>${FOOTER}</body></html>`,
  'empty.html': '',
  'x.html': null,
  'only-whitespace.htm': '   \n\t  ',
  'deep-multipart.eml': deepMultipart(3000),
  'many-uris.eml': manyUris(40_000),
  'base64-garbage.eml': base64Garbage(),
};

beforeAll(async () => {
  ({ cli, cleanup: cleanupBuild } = await buildCli());
  for (const [name, content] of Object.entries(CASES)) {
    const file = path.join(tmp.dir, name);
    if (content === null) mkdirSync(file);
    else writeFileSync(file, content);
  }
}, 60_000);
afterAll(() => {
  cleanupBuild?.();
  tmp.cleanup();
});

describe('hostile input through the CLI', () => {
  let results: LintResult[];
  let stderr: string;

  beforeAll(() => {
    const files = Object.keys(CASES).map((n) => path.join(tmp.dir, n));
    // The hook's timeout is the hang guard; speed is measured by `npm run bench`.
    const r = runCli(cli, ['-f', 'json', '--concurrency', 'off', ...files], { env: { NO_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(1);
    stderr = r.stderr;
    results = JSON.parse(r.stdout) as LintResult[];
  }, 120_000);

  const byName = (name: string) => results.find((r) => path.basename(r.filePath) === name)!;

  it('gives every file a result, in order', () => {
    expect(results.map((r) => path.basename(r.filePath))).toEqual(Object.keys(CASES));
    expect(stderr).toBe('');
  });

  it('never prints a stack trace', () => {
    for (const r of results) for (const m of r.messages) expect(m.message.split('\n').some((line) => line.trimStart().startsWith('at '))).toBe(false);
  });

  it('lints the good file among them', () => {
    expect(byName('a-good.html').messages).toEqual([]);
  });

  it.each([
    ['deep-nesting.html', /nest about 2000\d\d levels deep \(limit 10000\)/],
    ['random-bytes.html', /not text/],
    ['not-mjml.mjml', /MJML/],
    ['x.html', /directory/i],
    [
      'many-uris.eml',
      /^Could not parse EML: the List-Unsubscribe header \(line 7\) is \d+ characters long, over the limit of 1048576 \(set maxHeaderLength in the config to raise it\)$/,
    ],
  ])('%s gets one clear fatal message', (name, pattern) => {
    const r = byName(name);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
    expect(r.messages[0]!.message).toMatch(pattern);
  });

  it('lints MJML that mjml itself tolerates (unclosed tags are closed by its parser)', () => {
    expect(byName('broken.mjml').fatalErrorCount).toBe(0);
    // No opt-out and no legal footer in it: the document-level rules report, as for any template.
    expect(byName('broken.mjml').messages.map((m) => m.ruleId)).toEqual(['postal-address', 'sender-identity', 'unsubscribe-link-present']);
  });

  it('handles the rest as ordinary templates', () => {
    expect(byName('huge-attribute.html').messages).toEqual([]);
    // A 2 MB paragraph before the opt-out: Gmail would clip it away, which is a real finding.
    expect(byName('huge-paragraph.html').messages.map((m) => m.messageId)).toEqual(['clipped']);
    // 60,000 CSS rules are 1.2 MB of HTML before the link: clipped too (Gmail counts the <style> bytes).
    expect(byName('many-css-rules.html').messages.map((m) => m.messageId)).toEqual(['clipped']);
    expect(byName('invalid-utf8.html').messages).toEqual([]);
    expect(byName('utf16-bom.html').messages).toEqual([]);
    expect(byName('unclosed-comment.html').messages.map((m) => m.messageId)).toEqual(['onlyInComment']);
    // Nothing in them: every document-level rule reports what is missing.
    const nothing = ['postal-address', 'sender-identity', 'unsubscribe-link-present'];
    expect(byName('empty.html').messages.map((m) => m.ruleId)).toEqual(nothing);
    expect(byName('only-whitespace.htm').messages.map((m) => m.ruleId)).toEqual(nothing);
  });

  it('3,000-deep multipart nesting: read to depth 20, then a warning says the rest is not checked', () => {
    const r = byName('deep-multipart.eml');
    expect(r.fatalErrorCount).toBe(0);
    const notices = r.messages.filter((m) => m.ruleId === null);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 1, message: 'MIME parts nest deeper than 20; the rest is not checked.' });
  });

  it('a base64 HTML part of garbage is decoded as best it can and linted', () => {
    const r = byName('base64-garbage.eml');
    expect(r.fatalErrorCount).toBe(0);
    expect(r.messages.every((m) => m.ruleId !== null)).toBe(true);
  });
});
