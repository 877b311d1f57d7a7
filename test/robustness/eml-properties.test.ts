// Property-based tests for .eml input: generated header blocks and MIME trees (random boundaries, transfer
// encodings, charsets, line endings, truncation). The engine returns (never throws), terminates, gives the same
// result twice, and the raw MIME walk finds the leaves that were generated.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../support/lint.ts';
import { rules } from '../../rules/index.ts';
import { parseHeaderBlock } from '../../linter/headers/fields.ts';
import { walkMime } from '../../linter/eml/mime.ts';
import type { LintResult, ResolvedConfig } from '../../linter/types.ts';

const config: ResolvedConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: {} }])),
  locales: [],
  maxFileSize: 1 << 24,
};

// "Terminates": the test's timeout (vitest.config.ts) is the hang guard; speed is measured by `npm run bench`.
async function lintTwice(text: string): Promise<LintResult> {
  const a = await lintText(text, { filename: 'x.eml', config, rules });
  const b = await lintText(text, { filename: 'x.eml', config, rules });
  expect(b).toEqual(a);
  for (const m of a.messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.message.split('\n').some((line) => line.trimStart().startsWith('at '))).toBe(false);
    if (m.fatal) expect(m.message).not.toContain('\n');
  }
  return a;
}

// ---- header blocks ----------------------------------------------------------------------------------------

const headerName = fc.constantFrom(
  'From',
  'To',
  'Subject',
  'Date',
  'Message-ID',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'List-Id',
  'DKIM-Signature',
  'Content-Type',
  'Content-Transfer-Encoding',
  'Content-Language',
  'Precedence',
  'Sender',
  'Reply-To',
  'X-Mailer',
  'list-unsubscribe',
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom(
    '<https://x.example/u?a=1>, <mailto:u@x.example?subject=unsub>',
    '<https://x.example/u',
    'List-Unsubscribe=One-Click',
    '=?utf-8?B?PGh0dHBzOi8veC5leGFtcGxlL3U+?=',
    '=?iso-8859-1?Q?caf=E9?=',
    'v=1; a=rsa-sha256; d=x.example; h=from:list-unsubscribe; b=abc',
    'Shop <news@shop.example>',
    '"a, b" <a@b.example>',
    'text/html; charset="utf-8"',
    'multipart/alternative; boundary=',
    '',
    'Mon, 2 Mar 2026 10:00:00 +0000',
    '<>',
    'mailto:',
    'https://',
    '<https://a.example/' + 'x'.repeat(2000) + '>',
  ),
);
/** One field, sometimes folded, with LF or CRLF line ends. */
const field = fc.tuple(headerName, headerValue, fc.array(fc.nat(80), { maxLength: 3 }), fc.constantFrom(' ', '\t')).map(([name, value, folds, ws]) => {
  let v = value.replace(/[\r\n]/g, ' ');
  for (const at of [...folds].sort((x, y) => y - x)) if (at < v.length) v = `${v.slice(0, at)}\n${ws}${v.slice(at)}`;
  return `${name}: ${v}`;
});
const junkLine = fc.constantFrom('From someone Mon Mar  2 10:00:00 2026', 'no colon here', ' continuation first', ':empty name', 'Bad Name: x');
const headerBlock = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: field }, { weight: 1, arbitrary: junkLine }), { maxLength: 25 }), fc.boolean())
  .map(([lines, crlf]) => ({ lines, eol: crlf ? '\r\n' : '\n' }));

describe('header block properties', () => {
  it('parseHeaderBlock: every field has a name, lines increase, the body starts after the block', () => {
    fc.assert(
      fc.property(headerBlock, fc.string({ maxLength: 100 }), ({ lines, eol }, body) => {
        const text = `${lines.join('\n').replace(/\n/g, eol)}${eol}${eol}${body}`;
        const block = parseHeaderBlock(text);
        let last = 0;
        for (const f of block.fields) {
          expect(f.name.length).toBeGreaterThan(0);
          expect(f.key).toBe(f.name.toLowerCase());
          expect(f.line).toBeGreaterThan(last);
          expect(f.endLine).toBeGreaterThanOrEqual(f.line);
          last = f.endLine;
        }
        expect(block.bodyOffset).toBeLessThanOrEqual(text.length);
        expect(parseHeaderBlock(text)).toEqual(block);
      }),
      { numRuns: 300 },
    );
  });

  it('lintText on generated header blocks over an HTML body: returns, same result twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        headerBlock,
        fc.constantFrom('', '<p>Hi</p>', '<a href="https://x.example/unsubscribe">Unsubscribe</a>'),
        async ({ lines, eol }, html) => {
          await lintTwice(`From: a@b.example${eol}${lines.join('\n').replace(/\n/g, eol)}${eol}Content-Type: text/html${eol}${eol}${html}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---- MIME structures ---------------------------------------------------------------------------------------

interface Leaf {
  kind: 'leaf';
  type: string;
  encoding: string;
  charset: string;
  body: string;
  attachment: boolean;
}
interface Multi {
  kind: 'multi';
  subtype: string;
  boundary: string;
  children: Node[];
}
type Node = Leaf | Multi;

const boundaryChars = "abcXYZ0123456789'()+_,-./:=?";
const boundary = fc.array(fc.constantFrom(...boundaryChars.split('')), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));
const bodyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '<html><body><p><a href="https://x.example/unsubscribe">Unsubscribe</a></p></body></html>',
    'Unsubscribe: https://x.example/u',
    '<p>caf\u00e9 \u2014 \u00fcber</p>',
  ),
);
const leaf: fc.Arbitrary<Leaf> = fc.record({
  kind: fc.constant('leaf' as const),
  type: fc.constantFrom('text/html', 'text/plain', 'application/octet-stream', 'image/png', 'text/calendar'),
  encoding: fc.constantFrom('', '7bit', '8bit', 'quoted-printable', 'base64', 'x-uuencode', 'BASE64', 'garbage'),
  charset: fc.constantFrom('utf-8', 'iso-8859-1', 'windows-1252', 'shift_jis', 'utf-16', 'x-bogus', ''),
  body: bodyText,
  attachment: fc.boolean(),
});
const mimeTree = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    leaf,
    fc.record({
      kind: fc.constant('multi' as const),
      subtype: fc.constantFrom('mixed', 'alternative', 'related', 'digest', 'signed'),
      boundary,
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function encode(l: Leaf): string {
  const enc = l.encoding.toLowerCase();
  if (enc === 'base64')
    return (
      Buffer.from(l.body, 'utf8')
        .toString('base64')
        .match(/.{1,76}/g) ?? ['']
    ).join('\n');
  if (enc === 'quoted-printable')
    return l.body.replace(/[=\r\n]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/.{73}/g, '$&=\n');
  // Keep boundary-looking lines out of raw bodies: the walk property needs the generated structure.
  return l.body.replace(/\r?\n-/g, '\n -');
}

/** Serialises a tree; boundaries are made unique per path so a nested one never closes its parent. */
function render(n: Node, path: string, leaves: Leaf[]): string {
  if (n.kind === 'leaf') {
    leaves.push(n);
    const ct = `Content-Type: ${n.type}${n.charset ? `; charset="${n.charset}"` : ''}`;
    const cte = n.encoding ? `\nContent-Transfer-Encoding: ${n.encoding}` : '';
    const cd = n.attachment ? '\nContent-Disposition: attachment; filename="a.bin"' : '';
    return `${ct}${cte}${cd}\n\n${encode(n)}`;
  }
  const b = `${n.boundary}${path}`;
  const parts = n.children.map((c, i) => `--${b}\n${render(c, `${path}.${i}`, leaves)}\n`).join('');
  return `Content-Type: multipart/${n.subtype}; boundary="${b}"\n\npreamble\n${parts}--${b}--\nepilogue`;
}

const HEAD = 'From: Shop <news@shop.example>\nTo: a@b.example\nSubject: Hi\nMIME-Version: 1.0\n';

describe('MIME structure properties', () => {
  it('the raw walk finds the generated leaves, in order, iteratively', () => {
    fc.assert(
      fc.property(mimeTree, (tree) => {
        const leaves: Leaf[] = [];
        const text = HEAD + render(tree, 'p', leaves);
        const walk = walkMime(text);
        // multipart/digest makes untyped children message/rfc822, but every generated leaf has a Content-Type.
        expect(walk.cut).toEqual([]);
        expect(walk.leaves.map((l) => l.type)).toEqual(leaves.map((l) => l.type));
        expect(walk.leaves.map((l) => l.attachment)).toEqual(leaves.map((l) => l.attachment));
        for (const l of walk.leaves) {
          expect(l.bodyStart).toBeLessThanOrEqual(l.bodyEnd);
          expect(l.bodyLine).toBeGreaterThanOrEqual(l.headerLine);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lintText on generated MIME trees (CRLF or LF, sometimes truncated): returns, same result twice', async () => {
    await fc.assert(
      fc.asyncProperty(mimeTree, fc.boolean(), fc.option(fc.nat(), { nil: undefined }), async (tree, crlf, cut) => {
        let text = HEAD + render(tree, 'p', []);
        if (cut !== undefined) text = text.slice(0, HEAD.length + (cut % Math.max(1, text.length - HEAD.length)));
        if (crlf) text = text.replace(/\n/g, '\r\n');
        await lintTwice(text);
      }),
      { numRuns: 200 },
    );
  });

  it('deep chains past the depth limit: a warning, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 15, max: 400 }), boundary, async (depth, b) => {
        let text = HEAD;
        for (let i = 0; i < depth; i++) text += `Content-Type: multipart/mixed; boundary="${b}${i}"\n\n--${b}${i}\n`;
        text += 'Content-Type: text/html\n\n<a href="https://x.example/unsubscribe">Unsubscribe</a>';
        const result = await lintTwice(text);
        const notices = result.messages.filter((m) => m.ruleId === null);
        expect(notices.map((m) => m.message)).toEqual(depth > 20 ? ['MIME parts nest deeper than 20; the rest is not checked.'] : []);
      }),
      { numRuns: 40 },
    );
  });
});
