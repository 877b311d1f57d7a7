// Maizzle (v3, v4, v5): layouts by posthtml-extend, `<extends src="…">` with `<block name="…">` (append and
// prepend kept), components by `<component src="…">` (posthtml-modules: `<content>` in the component takes the
// body) and by `<x-name>` tags (`<x-footer>` is `components/footer.html`, `<x-main>` `layouts/main.html`,
// `<x-emails.footer>` `emails/footer.html`; `<yield />` takes the body). The front matter renders nothing.
// Tailwind utilities on the composed email are read as a style sheet (tailwind.ts). Named slots (`<fill:x>`) are
// read where the body goes, not at their `<slot:x>`.
import type { Directive, TemplateLanguage } from './types.ts';
import { tailwindStyles } from './tailwind.ts';
import { commentRanges, inRanges } from './comments.ts';

/**
 * The tags that compose. Attribute values may hold `>`; a tag's attributes are read up to 2,000 characters, so a
 * tag left open costs a bounded scan, not one to the end of the file.
 */
const TAG = /<(\/?)(extends|block|component|content|yield|x-[a-z][\w.:-]{0,100})((?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000}?)(\/?)>/gi;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `x-footer` → `footer`, `x-emails.footer` → `emails/footer`. */
function componentName(tag: string): string {
  return tag.slice(2).replace(/\./g, '/');
}

interface Open {
  name: string;
  start: number;
  bodyStart: number;
  attrs: string;
}

export const maizzleLanguage: TemplateLanguage = {
  name: 'maizzle',
  extensions: [],
  partialExtensions: ['.html'],
  scan(text) {
    const out: Directive[] = [];
    const front = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(text);
    if (front) out.push({ kind: 'text', start: 0, end: front[0].length, value: '' });
    const open: Open[] = [];
    const comments = commentRanges(text);
    TAG.lastIndex = front?.[0].length ?? 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      if (inRanges(comments, m.index)) continue; // tags in a comment count for nothing
      const [whole, closing, rawName, attrs = '', selfClosing] = m as unknown as [string, string, string, string, string];
      const name = rawName.toLowerCase();
      const start = m.index;
      const end = start + whole.length;
      if (closing) {
        const at = open.map((o) => o.name).lastIndexOf(name);
        if (at < 0) continue;
        const o = open.splice(at)[0]!;
        const body = { start: o.bodyStart, end: start };
        closeElement(out, o, body, end, text);
        continue;
      }
      if (name === 'content' || name === 'yield') {
        out.push({ kind: 'slot', start, end });
        if (!selfClosing && name === 'content') open.push({ name, start, bodyStart: end, attrs }); // `<content></content>`: its close tag is dropped below
        continue;
      }
      if (name === 'extends') {
        out.push({ kind: 'extends', start, end, name: attribute(attrs, 'src'), tag: whole });
        continue;
      }
      if (selfClosing) {
        if (name === 'component') out.push({ kind: 'include', start, end, name: attribute(attrs, 'src'), tag: whole });
        else if (name.startsWith('x-')) out.push({ kind: 'include', start, end, name: componentName(name), tag: whole });
        continue;
      }
      open.push({ name, start, bodyStart: end, attrs });
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
  claims: (text) => /<(?:extends|component)\s[^>]{0,500}\bsrc\s*=|<x-[a-z][\w.-]{0,100}[\s/>]/i.test(text),
  prelude(composed) {
    const css = tailwindStyles(composed);
    return css ? `<style data-optout-source="tailwind">${css}</style>` : '';
  },
};

/** A closed `<block>`, `<component>` or `<x-…>`: its directive, with the body between the tags. */
function closeElement(out: Directive[], o: Open, body: { start: number; end: number }, end: number, text: string): void {
  const tag = text.slice(o.start, o.bodyStart);
  if (o.name === 'block') {
    const name = attribute(o.attrs, 'name') ?? '';
    const type = attribute(o.attrs, 'type');
    out.push({ kind: 'block', start: o.start, end, name, body });
    // posthtml-extend's `type="append"` / `"prepend"`: the layout's own block content after / before this one.
    if (type === 'append') out.push({ kind: 'super', start: body.start, end: body.start });
    else if (type === 'prepend') out.push({ kind: 'super', start: body.end, end: body.end });
  } else if (o.name === 'component') out.push({ kind: 'partial-block', start: o.start, end, name: attribute(o.attrs, 'src'), tag, body });
  else if (o.name === 'content') out.push({ kind: 'text', start: body.end, end, value: '' });
  else out.push({ kind: 'partial-block', start: o.start, end, name: componentName(o.name), tag, body });
}
