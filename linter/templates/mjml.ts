// MJML's `<mj-include path="…">`, resolved as mjml resolves it: relative to the including file, `.mjml` added
// when the path has no extension, a partial's `<mjml><mj-body>` wrapper dropped, `type="css"` read into an
// `<mj-style>` (`css-inline="inline"` kept) and `type="html"` into an `<mj-raw>`. Includes inside comments do not count.
import type { Range } from '../types.ts';
import type { Directive, TemplateLanguage } from './types.ts';

const INCLUDE = /<mj-include\b([^>]*)>(?:\s*<\/mj-include>)?/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

export const mjmlLanguage: TemplateLanguage = {
  name: 'mjml',
  extensions: ['.mjml'],
  partialExtensions: ['.mjml'],
  scan(text) {
    const comments: Range[] = [];
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) comments.push({ start: m.index, end: m.index + m[0].length });
    const inComment = (at: number) => comments.some((c) => at >= c.start && at < c.end);
    const out: Directive[] = [];
    INCLUDE.lastIndex = 0;
    for (let m = INCLUDE.exec(text); m; m = INCLUDE.exec(text)) {
      if (inComment(m.index)) continue;
      const attrs = m[1]!;
      const name = attribute(attrs, 'path');
      const type = (attribute(attrs, 'type') ?? 'mjml').toLowerCase();
      const base = { kind: 'include' as const, start: m.index, end: m.index + m[0].length, name, tag: m[0] };
      if (type === 'css') {
        const inline = attribute(attrs, 'css-inline') === 'inline' ? ' inline="inline"' : '';
        out.push({ ...base, verbatim: true, wrap: { before: `<mj-style${inline}>`, after: '</mj-style>' } });
      } else if (type === 'html') out.push({ ...base, verbatim: true, wrap: { before: '<mj-raw>', after: '</mj-raw>' } });
      else out.push(base);
    }
    return out;
  },
  includedRange(text) {
    // A partial written as a whole document: mjml keeps what is inside its <mj-body>.
    if (!/<mjml[\s>]/i.test(text)) return { start: 0, end: text.length };
    for (const part of ['mj-body', 'mj-head']) {
      const open = new RegExp(`<${part}\\b[^>]*>`, 'i').exec(text);
      const close = text.search(new RegExp(`</${part}\\s*>`, 'i'));
      if (open && close >= open.index) return { start: open.index + open[0].length, end: close };
    }
    return { start: 0, end: text.length };
  },
};
