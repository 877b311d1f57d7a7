import { describe, it, expect } from 'vitest';
import { lintText } from '../test/support/lint.ts';
import { parseDirectiveComment } from './directives.ts';
import { rules } from '../rules/index.ts';
import type { ResolvedConfig, Severity } from './types.ts';

// Every rule at its default severity, except the legal-footer rules: these snippets are not whole emails,
// and a postal address or sender name in each would only add noise to what the directives do.
const FOOTER_RULES = new Set(['postal-address', 'sender-identity']);
const config: ResolvedConfig = {
  rules: Object.fromEntries(
    rules.filter((r) => !FOOTER_RULES.has(r.meta.id)).map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: {} }]),
  ),
  locales: [],
  maxFileSize: 1 << 24,
};

const lint = (text: string, filename = 'email.html', reportUnused: Severity = 0) =>
  lintText(text, { filename, config, rules, reportUnusedDisableDirectives: reportUnused });
const ids = (r: { messages: { ruleId: string | null; line: number }[] }) => r.messages.map((m) => `${m.line}:${m.ruleId}`);

// Line 2: a "#" link that says "click here" → unsubscribe-link-href (error) and unsubscribe-link-text (warn).
const BAD_LINK = 'To unsubscribe, <a href="#">click here</a>.';

describe('parseDirectiveComment', () => {
  it('reads the kind, the rules and the reason', () => {
    expect(parseDirectiveComment(' optout-disable unsubscribe-link-href, unsubscribe-link-text -- footer is added by the ESP ')).toEqual({
      kind: 'disable',
      rules: ['unsubscribe-link-href', 'unsubscribe-link-text'],
      reason: 'footer is added by the ESP',
    });
    expect(parseDirectiveComment('optout-disable-next-line unsubscribe-link-text')).toEqual({ kind: 'disable-next-line', rules: ['unsubscribe-link-text'] });
    expect(parseDirectiveComment(' optout-enable ')).toEqual({ kind: 'enable', rules: [] });
    expect(parseDirectiveComment(' optout-disabled x ')).toBeUndefined();
    expect(parseDirectiveComment(' a comment about optout-disable ')).toBeUndefined();
  });
});

describe('directives in HTML', () => {
  it('reports both rules without directives (baseline)', async () => {
    const r = await lint(`<body>\n<p>${BAD_LINK}</p>\n</body>`);
    expect(ids(r)).toEqual(['2:unsubscribe-link-href', '2:unsubscribe-link-text']);
  });

  it('optout-disable … optout-enable silences exactly the rules it names, only inside the block', async () => {
    const html = [
      '<body>',
      '<!-- optout-disable unsubscribe-link-text -- the ESP rewrites this footer -->',
      `<p>${BAD_LINK}</p>`,
      '<!-- optout-enable -->',
      `<p>${BAD_LINK}</p>`,
      '</body>',
    ].join('\n');
    const r = await lint(html);
    expect(ids(r)).toEqual(['3:unsubscribe-link-href', '5:unsubscribe-link-href', '5:unsubscribe-link-text']);
  });

  it('optout-disable without rules silences every rule until the end', async () => {
    const r = await lint(`<body>\n<p>ok</p>\n<!-- optout-disable -->\n<p>${BAD_LINK}</p>\n</body>`);
    expect(ids(r)).toEqual([]);
  });

  it('optout-enable with a rule reopens only that rule', async () => {
    const html = [
      '<body><p>hi</p>',
      '<!-- optout-disable unsubscribe-link-text, unsubscribe-link-href -->',
      '<!-- optout-enable unsubscribe-link-href -->',
      `<p>${BAD_LINK}</p>`,
      '</body>',
    ].join('\n');
    expect(ids(await lint(html))).toEqual(['4:unsubscribe-link-href']);
  });

  it('optout-disable-next-line covers the next line only', async () => {
    const html = ['<body><p>hi</p>', '<!-- optout-disable-next-line unsubscribe-link-href -->', `<p>${BAD_LINK}</p>`, `<p>${BAD_LINK}</p>`, '</body>'].join(
      '\n',
    );
    expect(ids(await lint(html))).toEqual(['3:unsubscribe-link-text', '4:unsubscribe-link-href', '4:unsubscribe-link-text']);
  });

  it('a directive before the first element covers document-level rules', async () => {
    const noOptOut =
      '<html><head><title>x</title><!-- optout-disable unsubscribe-link-present -- transactional --></head>\n<body><p>Your receipt</p></body></html>';
    expect(ids(await lint(noOptOut))).toEqual([]);
    const first = '<!-- optout-disable unsubscribe-link-present -->\n<p>Your receipt</p>';
    expect(ids(await lint(first))).toEqual([]);
  });

  it('a directive after content does not cover document-level findings', async () => {
    const html = '<html><body>\n<p>Your receipt</p>\n<!-- optout-disable unsubscribe-link-present -->\n</body></html>';
    expect(ids(await lint(html))).toEqual(['1:unsubscribe-link-present']);
  });

  it('never silences fatal messages', async () => {
    const r = await lint('<!-- optout-disable -->\u0000');
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.fatal).toBe(true);
  });
});

describe('unused directives', () => {
  const html = [
    '<body>',
    '<!-- optout-disable unsubscribe-link-visible, unsubscribe-link-text -->',
    `<p>${BAD_LINK}</p>`,
    '<!-- optout-enable -->',
    '<!-- optout-disable-next-line unsubscribe-link-href -->',
    '<p><a href="https://example.com/unsubscribe">Unsubscribe</a></p>',
    '</body>',
  ].join('\n');

  it('are not reported by default', async () => {
    expect(ids(await lint(html))).toEqual(['3:unsubscribe-link-href']);
  });

  it('are reported on request, ESLint-style, with ruleId null and the chosen severity', async () => {
    const r = await lint(html, 'email.html', 1);
    expect(r.messages.map((m) => [m.line, m.column, m.ruleId, m.severity, m.message])).toEqual([
      [2, 1, null, 1, "Unused optout-disable directive (no problems were reported from 'unsubscribe-link-visible')."],
      [3, 20, 'unsubscribe-link-href', 2, expect.any(String)],
      [5, 1, null, 1, "Unused optout-disable-next-line directive (no problems were reported from 'unsubscribe-link-href')."],
    ]);
    expect(r.warningCount).toBe(2);
  });

  it('names every rule when none of them was used', async () => {
    const r = await lint(
      '<body><!-- optout-disable unsubscribe-link-text, unsubscribe-link-href -->\n<a href="https://e.com/u">Unsubscribe</a></body>',
      'e.html',
      2,
    );
    expect(r.messages.map((m) => m.message)).toEqual([
      "Unused optout-disable directive (no problems were reported from 'unsubscribe-link-text' or 'unsubscribe-link-href').",
    ]);
  });

  it('reports an enable without a matching disable', async () => {
    const r = await lint('<body><a href="https://e.com/u">Unsubscribe</a><!-- optout-enable --></body>', 'e.html', 1);
    expect(r.messages.map((m) => m.message)).toEqual(['Unused optout-enable directive (no matching optout-disable directives were found).']);
  });

  it('reports an unknown rule id (a typo silences nothing)', async () => {
    const r = await lint(`<body><p>hi</p>\n<!-- optout-disable-next-line unsubscribe-link-hreff -->\n<p>${BAD_LINK}</p></body>`);
    expect(r.messages.map((m) => [m.line, m.ruleId, m.message])).toEqual([
      [2, null, "Unknown rule 'unsubscribe-link-hreff' in optout-disable-next-line directive."],
      [3, 'unsubscribe-link-href', expect.any(String)],
      [3, 'unsubscribe-link-text', expect.any(String)],
    ]);
  });
});

describe('directives in MJML (<mj-raw>)', () => {
  const mjml = (raw: string) =>
    [
      '<mjml>',
      '  <mj-body>',
      '    <mj-section>',
      '      <mj-column>',
      `        <mj-raw>${raw}</mj-raw>`,
      '        <mj-text>',
      `          ${BAD_LINK}`,
      '        </mj-text>',
      '      </mj-column>',
      '    </mj-section>',
      '  </mj-body>',
      '</mjml>',
    ].join('\n');

  it('reports both rules at the .mjml line without a directive', async () => {
    expect(ids(await lint(mjml('<p>hi</p>'), 'e.mjml'))).toEqual(['7:unsubscribe-link-href', '7:unsubscribe-link-text']);
  });

  it('an mj-raw comment survives compilation and silences the named rule at its mapped position', async () => {
    const r = await lint(mjml('<!-- optout-disable unsubscribe-link-text -- legal approved -->'), 'e.mjml', 1);
    expect(ids(r)).toEqual(['7:unsubscribe-link-href']);
  });

  it('an unused mj-raw directive is reported at its line in the .mjml file', async () => {
    const r = await lint(mjml('<!-- optout-disable unsubscribe-link-visible -->'), 'e.mjml', 1);
    const unused = r.messages.find((m) => m.ruleId === null);
    expect(unused).toMatchObject({
      line: 5,
      column: 17,
      message: "Unused optout-disable directive (no problems were reported from 'unsubscribe-link-visible').",
    });
  });

  it('an mj-raw directive first in mj-body covers document-level rules', async () => {
    const text = [
      '<mjml><mj-body>',
      '<mj-raw><!-- optout-disable unsubscribe-link-present -- transactional receipt --></mj-raw>',
      '<mj-section><mj-column><mj-text>Your receipt</mj-text></mj-column></mj-section>',
      '</mj-body></mjml>',
    ].join('\n');
    expect(ids(await lint(text, 'e.mjml', 1))).toEqual([]);
  });
});
