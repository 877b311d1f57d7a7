// Liquid (Shopify, Jekyll, liquidjs): tags read with liquidjs's own tokenizer. `{% include %}`, `{% render %}`
// and Shopify's `{% section %}` pull in a partial; `{% layout %}` (and Jekyll's front-matter `layout:`) wraps the
// file in a layout whose `{{ content_for_layout }}` / `{{ content }}` receives it and whose `{% block %}`s it may
// fill. Nothing inside `{% raw %}` or `{% comment %}` counts.
import type * as Liquid from 'liquidjs';
import type { Directive, TemplateLanguage } from './types.ts';

/** Output tags that stand for the wrapped template in a layout. */
const SLOTS = new Set(['content_for_layout', 'content']);
const SKIPPED: Record<string, string> = { raw: 'endraw', comment: 'endcomment' };

let liquid: typeof Liquid | undefined;

export const liquidLanguage: TemplateLanguage = {
  name: 'liquid',
  extensions: ['.liquid'],
  partialExtensions: ['.liquid', '.html'],
  underscorePartials: true,
  async prepare() {
    // Bundled for Node, liquidjs is CommonJS: its exports may come as the namespace or as its default.
    const mod = (await import('liquidjs')) as typeof Liquid & { default?: typeof Liquid };
    liquid ??= typeof mod.Tokenizer === 'function' ? mod : mod.default;
  },
  scan(text) {
    if (!liquid) throw new Error('the Liquid tokenizer is not loaded (call prepare() first)');
    const { TagToken, TokenKind, Tokenizer } = liquid;
    const out: Directive[] = [];
    const front = frontMatterLayout(text);
    if (front) out.push(front);
    const blocks: { name: string; start: number; bodyStart: number }[] = [];
    let skipUntil: string | undefined;
    for (const token of new Tokenizer(text).readTopLevelTokens()) {
      if (token instanceof TagToken) {
        if (skipUntil) {
          if (token.name === skipUntil) skipUntil = undefined;
          continue;
        }
        const { begin: start, end, name, args } = token;
        const tag = text.slice(start, end);
        if (Object.hasOwn(SKIPPED, name)) skipUntil = SKIPPED[name];
        else if (name === 'include' || name === 'render') out.push({ kind: 'include', start, end, name: partialName(args), tag });
        else if (name === 'section') out.push({ kind: 'include', start, end, name: prefixed('sections/', partialName(args)), tag });
        else if (name === 'layout') {
          const layout = partialName(args);
          // `{% layout none %}` switches the layout off.
          if (layout !== 'none') out.push({ kind: 'extends', start, end, name: layout, tag, body: { start: end, end: text.length } });
        } else if (name === 'block') blocks.push({ name: args.trim().split(/\s+/)[0] ?? '', start, bodyStart: end });
        else if (name === 'endblock') {
          const open = blocks.pop();
          if (open) out.push({ kind: 'block', start: open.start, end, name: open.name, body: { start: open.bodyStart, end: start } });
        }
      } else if (
        token.kind === TokenKind.Output &&
        !skipUntil &&
        SLOTS.has(
          text
            .slice(token.begin + 2, token.end - 2)
            .replace(/^-|-$/g, '')
            .trim(),
        )
      ) {
        out.push({ kind: 'slot', start: token.begin, end: token.end });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** `'footer'`, `"footer"`, Jekyll's bare `footer.html`; undefined for a variable or `{{ computed }}` name. */
function partialName(args: string): string | undefined {
  const arg = args.trim();
  const quoted = /^(["'])([^"']+)\1/.exec(arg);
  if (quoted) return quoted[2];
  const bare = /^[\w./-]+\.\w+(?=\s|,|$)/.exec(arg); // Jekyll: a file name with its extension
  return bare ? bare[0] : undefined;
}

function prefixed(prefix: string, name: string | undefined): string | undefined {
  return name === undefined ? undefined : `${prefix}${name}`;
}

/** Jekyll: `layout: default` in the front matter wraps the file in `_layouts/default.html`. */
function frontMatterLayout(text: string): Directive | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!fm) return undefined;
  const layout = /^layout:\s*["']?([\w./-]+)["']?\s*$/m.exec(fm[1]!);
  if (!layout || layout[1] === 'none' || layout[1] === 'null') return undefined;
  const end = fm[0].length;
  return { kind: 'extends', start: 0, end, name: layout[1]!, tag: `layout: ${layout[1]}`, body: { start: end, end: text.length } };
}
