// `<style>` blocks → rules with compiled selectors, specificity and media condition.
import safeParse from 'postcss-safe-parser';
import type { AtRule, ChildNode, Declaration as PostcssDeclaration, Rule as PostcssRule } from 'postcss';
import { compile } from 'css-select';
import { parse as parseSelector, type Selector } from 'css-what';
import type { Element } from 'domhandler';
import { expandDeclaration, type Declaration } from './declarations.ts';

export interface StyleRule {
  selector: string;
  matches: (el: Element) => boolean;
  /** Index key from the rightmost compound: `#id`, `.class`, a tag name, or `*`. */
  key: string;
  specificity: [number, number, number];
  declarations: Declaration[];
  /** Media condition for rules that apply only in some clients (`screen and (max-width:600px)`, dark mode). */
  media?: string;
  /** Offset of the rule in the document text (for "(line 9)" in messages). */
  offset: number;
  order: number;
}

/** Parses one `<style>` element's text; `base` is the offset of that text in the document. */
export function parseStyleSheet(css: string, base: number, firstOrder: number): StyleRule[] {
  const out: StyleRule[] = [];
  let root;
  try {
    root = safeParse(css);
  } catch {
    return out; // even the safe parser can give up on garbage; a broken sheet styles nothing
  }
  const lineOffsets = lineStartOffsets(css);
  let order = firstOrder;
  // Iterative walk over rules and at-rules, carrying the media condition down.
  const stack: { node: ChildNode; media: string | undefined }[] = [];
  for (let i = root.nodes.length - 1; i >= 0; i--) stack.push({ node: root.nodes[i]!, media: undefined });
  while (stack.length > 0) {
    const { node, media } = stack.pop()!;
    if (node.type === 'atrule') {
      const at = node as AtRule;
      const name = at.name.toLowerCase();
      if (name !== 'media' && name !== 'supports') continue; // @font-face, @import, @keyframes style no element
      let condition = media;
      if (name === 'media') {
        const applies = mediaApplies(at.params);
        if (applies === 'never') continue;
        if (applies === 'conditional') condition = media ? `${media} and ${at.params.trim()}` : at.params.trim();
      }
      const children = at.nodes ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, media: condition });
      continue;
    }
    if (node.type !== 'rule') continue;
    const rule = node as PostcssRule;
    const declarations: Declaration[] = [];
    for (const child of rule.nodes ?? []) {
      if (child.type !== 'decl') continue;
      const d = child as PostcssDeclaration;
      declarations.push(...expandDeclaration(d.prop, d.value, d.important === true));
    }
    if (declarations.length === 0) continue;
    const start = rule.source?.start;
    const offset = base + (start ? (lineOffsets[start.line - 1] ?? 0) + start.column - 1 : 0);
    for (const selectorText of splitSelectors(rule.selector)) {
      const compiled = compileSelector(selectorText);
      if (!compiled) continue;
      out.push({
        selector: selectorText,
        matches: compiled.matches,
        key: compiled.key,
        specificity: compiled.specificity,
        declarations,
        ...(media ? { media } : {}),
        offset,
        order: order++,
      });
    }
  }
  return out;
}

/** `print` never applies to what a reader sees on screen; `screen`/`all` always; anything with features only sometimes. */
function mediaApplies(params: string): 'always' | 'never' | 'conditional' {
  const p = params.trim().toLowerCase();
  if (p === '' || /^(?:only\s+)?(?:screen|all)$/.test(p)) return 'always';
  const queries = p.split(',').map((q) => q.trim());
  if (queries.every((q) => /^(?:only\s+)?print\b/.test(q) || /^not\s+(?:screen|all)\b/.test(q))) return 'never';
  return 'conditional';
}

/** Splits a selector list on top-level commas (css-what parses it but loses the original text). */
function splitSelectors(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

const PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter', 'selection', 'placeholder', 'marker']);
// States a reader's mouse or keyboard puts a link in: not how the email looks when opened.
const DYNAMIC_PSEUDOS = new Set(['hover', 'active', 'focus', 'focus-within', 'focus-visible', 'visited', 'target']);

function compileSelector(text: string): { matches: (el: Element) => boolean; key: string; specificity: [number, number, number] } | undefined {
  let parsed: Selector[][];
  try {
    parsed = parseSelector(text);
  } catch {
    return undefined;
  }
  const tokens = parsed[0];
  if (!tokens) return undefined;
  for (const t of tokens) {
    if (t.type === 'pseudo-element') return undefined;
    if (t.type === 'pseudo' && (PSEUDO_ELEMENTS.has(t.name) || DYNAMIC_PSEUDOS.has(t.name))) return undefined;
  }
  // Compiled on first use: a sheet of 60,000 rules mostly holds rules no asked-about element can match.
  let fn: ((el: Element) => boolean) | undefined;
  const matches = (el: Element): boolean => {
    if (!fn) {
      try {
        const compiled = compile<import('domhandler').AnyNode, Element>(text);
        fn = (e) => compiled(e);
      } catch {
        fn = () => false; // unsupported selector syntax: it styles nothing we can know about
      }
    }
    return fn(el);
  };
  return { matches, key: indexKey(tokens), specificity: specificityOf(tokens) };
}

/** The most selective simple selector of the rightmost compound, for bucketing rules by element. */
function indexKey(tokens: Selector[]): string {
  let start = tokens.length;
  while (start > 0 && !isCombinator(tokens[start - 1]!)) start--;
  const compound = tokens.slice(start);
  for (const t of compound) if (t.type === 'attribute' && t.name === 'id' && t.action === 'equals' && !t.ignoreCase) return `#${t.value}`;
  for (const t of compound) if (t.type === 'attribute' && t.name === 'class' && t.action === 'element' && !t.ignoreCase) return `.${t.value}`;
  for (const t of compound) if (t.type === 'tag') return t.name.toLowerCase();
  return '*';
}

function isCombinator(t: Selector): boolean {
  return t.type === 'child' || t.type === 'parent' || t.type === 'sibling' || t.type === 'adjacent' || t.type === 'descendant' || t.type === 'column-combinator';
}

export function specificityOf(tokens: Selector[]): [number, number, number] {
  let a = 0;
  let b = 0;
  let c = 0;
  for (const t of tokens) {
    switch (t.type) {
      case 'attribute':
        if (t.name === 'id' && t.action === 'equals') a++;
        else b++;
        break;
      case 'pseudo':
        if (Array.isArray(t.data)) {
          // :not(), :is(), :has() count as their most specific argument; :where() as nothing.
          if (t.name !== 'where') {
            const inner = t.data.map(specificityOf).sort(compareSpecificity).pop();
            if (inner) {
              a += inner[0];
              b += inner[1];
              c += inner[2];
            }
          }
        } else b++;
        break;
      case 'tag':
        c++;
        break;
      case 'pseudo-element':
        c++;
        break;
      default:
        break;
    }
  }
  return [a, b, c];
}

export function compareSpecificity(x: [number, number, number], y: [number, number, number]): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

function lineStartOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}
