// The fast scanner must read every sheet it accepts exactly as postcss-safe-parser does (css-safe.ts),
// and hand everything else back. Checked on hand-picked cases, real templates, generated and hostile CSS.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growth, linearBound } from '../../test/support/growth.ts';
import fc from 'fast-check';
import { scanDeclarationList, scanStyleSheet, type CssAtRuleHead, type CssRule } from './css-scan.ts';
import { safeDeclarationList, safeStyleSheet } from './css-safe.ts';

/** What a rule holds, as plain data (the scanner's rules read their declarations on first use). */
function plain(rules: CssRule[]) {
  return rules.map((r) => {
    const atRules: CssAtRuleHead[] = [];
    for (let scope = r.atRules; scope; scope = scope.outer) atRules.unshift(scope.head);
    return { selector: r.selector, offset: r.offset, declarations: r.declarations, atRules };
  });
}

/** The scanner's reading, or 'fallback'; and it must equal the safe parser's whenever it reads. */
function agree(css: string): 'fast' | 'fallback' {
  const fast = scanStyleSheet(css);
  if (fast === undefined) return 'fallback';
  expect(plain(fast), JSON.stringify(css)).toEqual(plain(safeStyleSheet(css)));
  return 'fast';
}

function agreeDeclarations(css: string): 'fast' | 'fallback' {
  const fast = scanDeclarationList(css);
  if (fast === undefined) return 'fallback';
  expect(fast, JSON.stringify(css)).toEqual(safeDeclarationList(css));
  return 'fast';
}

describe('plain sheets take the fast path and read as the safe parser reads them', () => {
  it.each([
    ['rules, lists and combinators', '.a{color:red} td > a, .b .c { font-size : 12px ; display:none }'],
    ['comments between statements', '/* head */ .a{/* x */color:red;/* y */} /* tail */'],
    ['!important in its spellings', '.a{color:red!important; width: 0 !IMPORTANT ;height:1px !important}'],
    ['nested @media and @supports', '@media screen { @supports (display:grid) { .a { display:none } } .b{color:red} } .c{color:blue}'],
    [
      '@media with a feature, @import, @font-face and @keyframes',
      '@import url(x.css); @media only screen and (max-width:600px){.a{display:none !important}} @font-face{font-family:"X";src:url(data:font/woff2;base64,AAA=) format("woff2")} @keyframes k{from{opacity:0}50%{opacity:1}}',
    ],
    [
      'strings and brackets holding special characters',
      `a[href*="x;y{z}"] , a[title='a:b'] { background: url("http://x/y.png") no-repeat; font-family: 'A;B', serif }`,
    ],
    ['raw url() holding ; { } and quotes', '.a{background:url(a;b{c}d"e) red}'],
    ['the HTML comment wrapper of old templates', '<!--\n.a{color:red}\n.b{display:none}\n-->'],
    ['empty values and blocks', '.a{} .b{color:} .c{color: ;} .d{;;color:red;;}'],
    ['old IE hacks', '.a{*zoom:1;_height:1px}'],
    ['custom properties', '.a{--x: 1px ;--y: ;--z:a !important}'],
    ['no trailing semicolon, odd white space', '.a{color:red}\r\n\f\t.b{\n\tcolor : blue\n}'],
    ['parenthesised selectors', 'a:not(.b):nth-child(2n+1) , p:is(.c, .d) { color: red }'],
    ['selectors that are not CSS but still parse', '<!-- .a , --> .b {color:red}'],
    ['comments inside selectors next to white space', '.a:link, /* Yahoo! */ .a .y /* x */{color:red} .b /* c */ , .c{color:blue}'],
  ])('%s', (_name, css) => {
    expect(agree(css)).toBe('fast');
  });

  it('offsets are those of the selector, in the scanned text', () => {
    const css = '  /* c */\n  .a , .b {color:red}\n@media screen{\n .c{color:red}}';
    const rules = scanStyleSheet(css)!;
    expect(rules.map((r) => css.slice(r.offset, r.offset + 2))).toEqual(['.a', '.c']);
  });
});

describe('odd declarations in a block the scanner set aside go to the safe parser, for that block only', () => {
  it.each([
    ['`! important` spelt apart', '.a{color:red ! important} .b{color:blue}'],
    ['a missed semicolon', '.a{color:red background:blue} .b{color:blue}'],
    ['a comment inside a declaration', '.a{color:/* x */red} .b{color:blue}'],
    ['a declaration without colon', '.a{color red;display:none} .b{color:blue}'],
    ['a word between property and colon', '.a{font size:1px} .b{color:blue}'],
    ['progid filters', '.a{filter:progid:DXImageTransform.Microsoft.Alpha(Opacity=80);color:red} .b{color:blue}'],
    ['a property that is not a word', '.a{(x):1;color:red}'],
  ])('%s', (_name, css) => {
    expect(agree(css)).toBe('fast');
  });
});

describe('anything else unusual sends the whole sheet to the safe parser', () => {
  it.each([
    ['`! important` next to a string', '.a{font-family:"x" ! important}'],
    ['a missed semicolon next to brackets', '.a{color:rgba(0,0,0,1) background:url("x")}'],
    ['an unclosed block', '.a{color:red'],
    ['an unclosed @media block', '@media screen{.a{color:red}'],
    ['a stray closing brace', '.a{color:red}} .b{color:blue}'],
    ['a comment inside a declaration with a string', '.a{content:"x" /* x */}'],
    ['a comment inside a selector with no white space around it', '.a/* x */.b {color:red}'],
    ['two comments in a row inside a selector', '.a /* x *//* y */ .b {color:red}'],
    ['an escape', '.a\\:b{color:red}'],
    ['an unclosed string', '.a{content:"x}'],
    ['an unclosed comment', '.a{color:red} /* x'],
    ['a nested rule', '.a{color:red; .b{color:blue}}'],
    ['a rule without selector', '{color:red}'],
    ['a declaration without colon next to a string', '.a{content "x"}'],
    ['a custom property holding a block', '--x: {a:b} .a{color:red}'],
    ['a byte order mark', '\uFEFF.a{color:red}'],
    ['a brace inside an open bracket', '.a{background:foo("x" {)}'],
    ['progid filters with a string', '.a{filter:progid:DXImageTransform.Microsoft.AlphaImageLoader(src="x.png")}'],
  ])('%s', (_name, css) => {
    expect(agree(css)).toBe('fallback');
  });
});

describe('style attributes', () => {
  it.each([
    'color:red',
    ' color : red ; font-size:0 !important; ',
    '*zoom:1;--x: a ',
    'background:url(a;b) red;;',
    '/* c */color:red/* d */'.replace('/* d */', ';/* d */'),
  ])('%s takes the fast path', (css) => {
    expect(agreeDeclarations(css)).toBe('fast');
  });
  it.each(['color:red ! important', 'color:red background:blue', 'a{color:red}', 'color:"x', 'color:/*x*/red', 'foo; color:red', '@x; color:red'])(
    '%s falls back',
    (css) => {
      expect(agreeDeclarations(css)).toBe('fallback');
    },
  );
});

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

describe.skipIf(!existsSync(CORPUS))('real templates', () => {
  it('every sheet reads the same both ways, and nearly all take the fast path', () => {
    const dirs = [join(import.meta.dirname, '..', '..', 'examples', 'good'), join(import.meta.dirname, '..', '..', 'examples', 'bad'), join(CORPUS, 'html')];
    const paths = { fast: 0, fallback: 0 };
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(dir, name), 'utf8');
        for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) paths[agree(m[1]!)]++;
        for (const m of html.matchAll(/style="([^"]*)"/g)) paths[agreeDeclarations(m[1]!.replaceAll('&quot;', '"'))]++;
      }
    }
    expect(paths.fast).toBeGreaterThan(20 * paths.fallback);
  });
});

// Generated CSS: well-formed sheets (which must mostly take the fast path) and token soup (which must agree).
const ident = fc.constantFrom('a', 'td', '.c', '#x', '*', 'p.c', 'a:hover', '[href]', '[title="a;b"]', ':not(.x)', '<!--', '-->', '_x', '--v');
const selector = fc
  .array(fc.tuple(ident, fc.constantFrom(' ', ' > ', ',', ', ', '', ' /* c */ ', '/* c */ ', ', /* c */', '/* c */')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([a, b], i) => (i < parts.length - 1 ? a + b : a)).join(''));
const prop = fc.constantFrom('color', 'display', 'font-size', 'background', 'font', 'COLOR', '*zoom', '_height', '--v', 'mso-hide');
const value = fc.constantFrom(
  'red',
  'none',
  '0',
  '12px',
  'url(a.png)',
  'url("a b.png")',
  'url(data:x;base64,A)',
  'rgba(0,0,0,.5)',
  '"A B", serif',
  'bold 9px/1 Arial',
  '',
  ' ',
  'x!important',
  'x !important',
  'x ! important',
  'a:b',
  'calc(1px + (2px))',
  'important',
);
const space = fc.constantFrom('', ' ', '\n', '\t', ' /* c */ ', '\r\n');
const declaration = fc
  .tuple(space, prop, space, value, space, fc.constantFrom(';', ';', '', ';;'))
  .map(([s1, p, s2, v, s3, end]) => `${s1}${p}${s2.includes('/*') ? ' ' : s2}:${v}${s3.includes('/*') ? '' : s3}${end}`);
const rule = fc
  .tuple(selector, space, fc.array(declaration, { maxLength: 4 }))
  .map(([sel, s, decls]) => `${sel}${s.includes('/*') ? ' ' : s}{${decls.join('')}}`);
const atRule = fc
  .tuple(
    fc.constantFrom('@media screen', '@media print', '@media (max-width:600px)', '@supports (display:grid)', '@font-face', '@MEDIA all'),
    fc.array(rule, { maxLength: 3 }),
  )
  .map(([head, rules]) => `${head}{${rules.join('\n')}}`);
const sheet = fc
  .array(fc.oneof(rule, rule, atRule, space, fc.constantFrom('@import url(x.css);', '@charset "utf-8";')), { maxLength: 8 })
  .map((parts) => parts.join('\n'));
const soupToken = fc.constantFrom(
  'a',
  '.c',
  ' ',
  '\n',
  '{',
  '}',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"x"',
  "'y'",
  '"',
  '/*c*/',
  '/*',
  '*/',
  '@media',
  '@',
  'screen',
  '!important',
  '! important',
  'important',
  'url(',
  'url(a;b)',
  'red',
  'color',
  'font-size',
  ',',
  '--v',
  '*',
  '_',
  '\\',
  '-->',
  '<!--',
  'rgba(0,0,0,.5)',
  '/',
  '\uFEFF',
  'progid',
  '\u00a0',
  '\u2028',
  '(\u2028\n)',
  'url(\u2028)',
  '\t(a\n)',
);
const soup = fc.array(soupToken, { maxLength: 40 }).map((t) => t.join(''));

describe('generated CSS', () => {
  it('well-formed sheets: the fast path reads them as the safe parser does, and takes most of them', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(sheet, (css) => {
        runs++;
        if (agree(css) === 'fast') fast++;
      }),
      { numRuns: 1500 },
    );
    expect(fast).toBeGreaterThan(runs / 3);
  });
  it('a string swallows the block after it, in both readers (found by the soup below)', () => {
    expect(agree('"a{url("')).toBe('fast');
    expect(plain(safeStyleSheet('"a{color:red}'))).toEqual([]);
    expect(plain(safeStyleSheet("a[title='x]{color:red}"))).toEqual([]);
  });
  it('token soup: whenever the fast path reads, it agrees', () => {
    fc.assert(
      fc.property(soup, (css) => void agree(css)),
      { numRuns: 4000 },
    );
  });
  it('style attributes: declarations and soup', () => {
    fc.assert(
      fc.property(fc.array(declaration, { maxLength: 5 }), (d) => void agreeDeclarations(d.join(''))),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(soup, (css) => void agreeDeclarations(css)),
      { numRuns: 3000 },
    );
  });
  it('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (css) => {
        agree(css);
        agreeDeclarations(css);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hostile sheets', () => {
  it('60,000 rules: the same as the safe parser, in linear time', () => {
    const sheet = (n: number) => Array.from({ length: n }, (_, i) => `.c${i} a{color:#${(i % 4096).toString(16).padStart(3, '0')}}`).join('\n');
    const css = sheet(60_000);
    const fast = scanStyleSheet(css)!;
    expect(fast).toHaveLength(60_000);
    expect(plain(fast)).toEqual(plain(safeStyleSheet(css)));
    expect(growth((k) => sheet(7_500 * k), scanStyleSheet)).toBeLessThan(linearBound());
  });
  it('at-rules nested 20,000 deep do not overflow the stack', () => {
    const css = `${'@media screen{'.repeat(20_000)}.a{color:red}${'}'.repeat(20_000)}`;
    const fast = scanStyleSheet(css)!;
    expect(fast).toHaveLength(1);
    let depth = 0;
    for (let scope = fast[0]!.atRules; scope; scope = scope.outer) depth++;
    expect(depth).toBe(20_000);
    expect(scanStyleSheet(css.slice(0, -1))).toBeUndefined(); // one block left open
  });
  it('long runs of unclosed brackets and strings give up in linear time', () => {
    const hostile = (n: number) => [`.a{b:${'('.repeat(n)}}`, `.a{b:${'"'.repeat(n + 1)}}`, `.a{b:${'url('.repeat(n / 2)}}`, `${'['.repeat(n)}{}`];
    for (const css of hostile(50_000)) agree(css);
    for (let i = 0; i < 4; i++) {
      const both = (css: string) => scanStyleSheet(css) ?? safeStyleSheet(css);
      // Factor 8: postcss's token objects for megabyte sheets measure the heap more than the parser.
      expect(
        growth((k) => hostile(6_250 * k)[i]!, both, 8),
        hostile(8)[i],
      ).toBeLessThan(linearBound(8));
    }
  });
});
