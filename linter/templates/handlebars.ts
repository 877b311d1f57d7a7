// Handlebars and Mustache: partials read with Handlebars' own parser, so `{{> name}}`, `{{> "a/b"}}`,
// `{{> (dynamic)}}`, partial blocks `{{#> layout}}…{{/layout}}` and `{{> @partial-block}}` are found where
// Handlebars finds them (inside blocks and both branches of `{{#if}}` too, not inside `{{!-- comments --}}`).
import { computeLineStarts } from '../source.ts';
import type { Directive, TemplateLanguage } from './types.ts';

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };

let parser: { parseWithoutProcessing(text: string): hbs.AST.Program } | undefined;

export const handlebarsLanguage: TemplateLanguage = {
  name: 'handlebars',
  extensions: ['.hbs', '.handlebars', '.mustache'],
  partialExtensions: ['.hbs', '.handlebars', '.mustache', '.html'],
  async prepare() {
    const mod = (await import('handlebars')) as { default?: typeof parser } & NonNullable<typeof parser>;
    parser ??= typeof mod.parseWithoutProcessing === 'function' ? mod : mod.default;
  },
  scan(text) {
    if (!parser) throw new Error('the Handlebars parser is not loaded (call prepare() first)');
    const lineStarts = computeLineStarts(text);
    const offset = (p: hbs.AST.Position) => (lineStarts[p.line - 1] ?? 0) + p.column;
    const out: Directive[] = [];
    const visit = (node: Node | undefined | null): void => {
      if (!node) return;
      const n = node as Node & Record<string, unknown>;
      if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
        const loc = n.loc!;
        const start = offset(loc.start);
        const end = offset(loc.end);
        const tag = text.slice(start, Math.min(end, text.indexOf('}}', start) + 2 || end));
        const name = partialName(n['name'] as Node);
        if (n.type === 'PartialStatement') {
          if (name === '@partial-block') out.push({ kind: 'slot', start, end });
          else out.push({ kind: 'include', start, end, name, tag });
        } else {
          const program = n['program'] as hbs.AST.Program;
          out.push({ kind: 'partial-block', start, end, name, tag, body: bodyRange(text, start, end, program, offset) });
        }
      }
      if (n.type === 'DecoratorBlock' && (n['path'] as { original?: unknown }).original === 'inline') {
        const name = (n['params'] as { type: string; value?: unknown }[])[0];
        if (name?.type === 'StringLiteral' && typeof name.value === 'string') {
          const loc = n.loc!;
          const start = offset(loc.start);
          const end = offset(loc.end);
          out.push({ kind: 'define', start, end, name: name.value, body: bodyRange(text, start, end, n['program'] as hbs.AST.Program, offset) });
          return; // its body is expanded where it is included
        }
      }
      for (const key of ['body', 'program', 'inverse'] as const) {
        const child = n[key];
        if (Array.isArray(child)) for (const c of child as Node[]) visit(c);
        else if (child && typeof child === 'object') visit(child as Node);
      }
    };
    visit(parser.parseWithoutProcessing(text) as Node);
    return out.sort((a, b) => a.start - b.start);
  },
};

/** The partial's name when written out; undefined for `{{> (lookup . "x")}}` and other computed names. */
function partialName(node: Node): string | undefined {
  const n = node as Node & { original?: unknown; value?: unknown };
  if (n.type === 'PathExpression' && typeof n.original === 'string') return n.original;
  if (n.type === 'StringLiteral' && typeof n.value === 'string') return n.value;
  return undefined;
}

/** Between the opening tag's `}}` and the closing `{{/name}}`. */
function bodyRange(text: string, start: number, end: number, program: hbs.AST.Program, offset: (p: hbs.AST.Position) => number) {
  if (program.loc) return { start: offset(program.loc.start), end: offset(program.loc.end) };
  const open = text.indexOf('}}', start) + 2;
  const close = text.lastIndexOf('{{', end);
  return { start: open, end: Math.max(open, close) };
}
