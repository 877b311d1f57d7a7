import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mjml2html from 'mjml';
import { lintText } from '../../test/support/lint.ts';
import { mjmlBuilder } from './mjml.ts';
import { compileMjmlInThread } from '../cli/builders.ts';
import { rules } from '../../rules/index.ts';
import type { ResolvedConfig } from '../types.ts';

// The legal-footer rules (postal address, sender) would add a document-level warning to every snippet here.
const FOOTER_RULES = new Set(['postal-address', 'sender-identity']);
const config: ResolvedConfig = {
  rules: Object.fromEntries(
    rules.filter((r) => !FOOTER_RULES.has(r.meta.id)).map((r) => [r.meta.id, { severity: r.meta.severity === 'error' ? 2 : 1, options: {} }]),
  ),
  locales: [],
  maxFileSize: 1 << 24,
};

const lint = (text: string) => lintText(text, { filename: 'email.mjml', config, rules });

describe('MJML input', () => {
  it('maps a link inside mj-text back to its line and column in the .mjml file', async () => {
    const mjml = [
      '<mjml>',
      '  <mj-body>',
      '    <mj-section>',
      '      <mj-column>',
      '        <mj-text font-size="6px">',
      '          Bye: <a href="*|UNSUB|*">Unsubscribe</a>',
      '        </mj-text>',
      '      </mj-column>',
      '    </mj-section>',
      '  </mj-body>',
      '</mjml>',
    ].join('\n');
    const result = await lint(mjml);
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['unsubscribe-link-visible', 'tiny', 6, 16, 6, 51],
    ]);
  });

  it('maps generated markup (mj-button) to the MJML element', async () => {
    const mjml = [
      '<mjml><mj-body><mj-section><mj-column>',
      '<mj-text>Hello</mj-text>',
      '<mj-button href="#" font-size="13px">Unsubscribe</mj-button>',
      '</mj-column></mj-section></mj-body></mjml>',
    ].join('\n');
    const result = await lint(mjml);
    const href = result.messages.find((m) => m.ruleId === 'unsubscribe-link-href');
    expect(href).toMatchObject({ messageId: 'fragment', line: 3, column: 1 });
  });

  it('a template without opt-out points at mj-body', async () => {
    const result = await lint('<mjml>\n<mj-body>\n<mj-section><mj-column><mj-text>Sale</mj-text></mj-column></mj-section>\n</mj-body>\n</mjml>');
    expect(result.messages).toMatchObject([{ ruleId: 'unsubscribe-link-present', line: 2, column: 1 }]);
  });

  it('reports broken MJML as one fatal message', async () => {
    const result = await lint('<mjml><mj-body><mj-section>');
    expect(result.fatalErrorCount + result.messages.length).toBeGreaterThan(0);
    const notMjml = await lint('<html><body>not mjml</body></html>');
    expect(notMjml.messages).toMatchObject([{ ruleId: null, fatal: true }]);
    expect(notMjml.messages[0]!.message).toMatch(/MJML/);
  });
});

describe('MJML compile', () => {
  const root = join(import.meta.dirname, '..', '..');
  const dirs = [join(root, 'examples', 'good'), join(root, 'examples', 'bad'), join(root, '..', 'shared', 'corpus', 'mjml')];
  const files = dirs.filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.mjml'))
      .map((f) => join(d, f)),
  );
  // mj-carousel and friends draw random ids on every compile.
  const stable = (html: string) => html.replace(/\b([\w-]*?)[0-9a-f]{16}\b/g, '$1ID');

  it('finds the examples (and the corpus, when ../shared is there)', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)("lints exactly the HTML of mjml's normal compile: %s", async (file) => {
    const text = readFileSync(file, 'utf8');
    const ours = await mjmlBuilder(compileMjmlInThread).build({ text, filename: file, config });
    const theirs = await mjml2html(text, { validationLevel: 'soft' });
    expect(stable(ours.source.text)).toBe(stable(theirs.html));
  });
});
