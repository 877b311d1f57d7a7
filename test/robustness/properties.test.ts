// Property-based tests: whatever the input, the engine returns (never throws), terminates, and gives the
// same result twice.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lintText } from '../support/lint.ts';
import { rules } from '../../rules/index.ts';
import type { LintResult, ResolvedConfig } from '../../linter/types.ts';

const config: ResolvedConfig = {
  rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: {} }])),
  locales: [],
  maxFileSize: 1 << 24,
};

async function lintTwice(text: string, filename = 'x.html'): Promise<LintResult> {
  const a = await lintText(text, { filename, config, rules });
  const b = await lintText(text, { filename, config, rules });
  expect(b).toEqual(a);
  for (const m of a.messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(typeof m.message).toBe('string');
    if (m.ruleId !== null && !m.fatal) expect(m.messageId).toBeTruthy();
  }
  return a;
}

const word = fc.constantFrom(
  'Unsubscribe',
  'click here',
  'qui',
  'Disiscriviti',
  'abmelden',
  'Manage preferences',
  'Sale',
  '*|UNSUB|*',
  '{{{unsubscribe}}}',
  '',
  ' ',
  '&amp;',
  '<',
  '>',
  '"',
);
const cssValue = fc.constantFrom(
  'none',
  '0',
  '0px',
  '6px',
  '1em',
  '50%',
  'hidden',
  'block',
  '#fff',
  'rgba(0,0,0,0)',
  'transparent',
  '-9999px',
  'rect(0 0 0 0)',
  'all',
  'inherit',
  'bold 9px/1 Arial',
  'url(x.png)',
  '!important',
);
const cssProp = fc.constantFrom(
  'display',
  'visibility',
  'opacity',
  'font-size',
  'font',
  'color',
  'background',
  'background-color',
  'max-height',
  'height',
  'overflow',
  'text-indent',
  'clip',
  'position',
  'mso-hide',
  'left',
);
const declaration = fc.tuple(cssProp, cssValue).map(([p, v]) => `${p}:${v}`);
const style = fc.array(declaration, { maxLength: 4 }).map((d) => d.join(';'));
const tag = fc.constantFrom('a', 'div', 'td', 'table', 'tr', 'span', 'font', 'p', 'small', 'img', 'center', 'unsubscribe', 'mj-text');
const attrs = fc.record(
  {
    style,
    class: fc.constantFrom('legal', 'hide', 'footer', 'x'),
    href: fc.constantFrom('#', '', '*|UNSUB|*', 'https://x.com/unsubscribe', 'javascript:void(0)', '/u', 'http://x', '{{ unsub }}', 'mailto:a@b.c'),
    bgcolor: fc.constantFrom('#000', 'fff', 'red', 'nonsense'),
    size: fc.constantFrom('1', '7', '-2', '+9', 'x'),
    hidden: fc.constant(''),
    alt: word,
  },
  { requiredKeys: [] },
);

interface Tree {
  html: string;
}
const tree = fc.letrec<{ node: Tree; children: Tree[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    word.map((w) => ({ html: w })),
    fc.tuple(tag, attrs, tie('children')).map(([t, a, kids]) => ({
      html: `<${t}${Object.entries(a)
        .map(([k, v]) => ` ${k}="${String(v).replace(/"/g, '&quot;')}"`)
        .join('')}>${kids.map((k) => k.html).join('')}</${t}>`,
    })),
    tie('children').map((kids) => ({ html: `<!--[if mso]>${kids.map((k) => k.html).join('')}<![endif]-->` })),
    tie('children').map((kids) => ({ html: `<!--[if !mso]><!-->${kids.map((k) => k.html).join('')}<!--<![endif]-->` })),
    tie('children').map((kids) => ({ html: `<!-- ${kids.map((k) => k.html).join('')} -->` })),
  ),
  children: fc.array(tie('node'), { maxLength: 4 }),
})).node;

const sheet = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', '.legal', '#x', 'td a', '.hide', '*', 'a:hover', '@media print{.x', '@media (max-width:600px){.legal', '}}', '::before'),
      style,
    ),
    { maxLength: 6 },
  )
  .map((rules) => `<style>${rules.map(([sel, st]) => `${sel}{${st}}`).join('\n')}</style>`);

describe('engine properties', () => {
  it('any string: returns, terminates, same result twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000 }), async (s) => void (await lintTwice(s))),
      { numRuns: 150 },
    );
  });

  it('any bytes read as text: same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => void (await lintTwice(new TextDecoder().decode(bytes)))),
      { numRuns: 100 },
    );
  });

  it('generated HTML-like trees with styles, conditionals and comments', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, tree, async (css, t) => void (await lintTwice(`<html><head>${css}</head><body>${t.html}</body></html>`))),
      { numRuns: 200 },
    );
  });

  it('arbitrary CSS in a style block', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 500 }),
        async (css) => void (await lintTwice(`<style>${css}</style><p class="a"><a href="*|UNSUB|*" style="${css.replace(/"/g, '')}">Unsubscribe</a></p>`)),
      ),
      { numRuns: 150 },
    );
  });

  it('an opt-out link added to any generated tree is always found', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        const result = await lintTwice(`<html><body>${t.html}<p><a href="https://x.com/unsubscribe">Unsubscribe</a></p></body></html>`);
        expect(result.messages.some((m) => m.ruleId === 'unsubscribe-link-present')).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('generated MJML-ish input never crashes', async () => {
    await fc.assert(
      fc.asyncProperty(
        tree,
        async (t) =>
          void (await lintTwice(`<mjml><mj-body><mj-section><mj-column><mj-text>${t.html}</mj-text></mj-column></mj-section></mj-body></mjml>`, 'x.mjml')),
      ),
      { numRuns: 25 },
    );
  });
});
