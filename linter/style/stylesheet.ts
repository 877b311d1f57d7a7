// `<style>` blocks → rules with compiled selectors, specificity and media condition.
import { scanStyleSheet, type CssAtRuleScope } from './css-scan.ts';
import { safeStyleSheet } from './css-safe.ts';
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
  let order = firstOrder;
  const mediaOf = mediaConditions();
  for (const rule of scanStyleSheet(css) ?? safeStyleSheet(css)) {
    const media = mediaOf(rule.atRules);
    if (media === NEVER) continue;
    const declarations: Declaration[] = [];
    for (const d of rule.declarations) declarations.push(...expandDeclaration(d.prop, d.value, d.important));
    if (declarations.length === 0) continue;
    const offset = base + rule.offset;
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

/** Marks rules that never apply on screen: inside `@media print`, `@font-face`, `@keyframes`… */
const NEVER = Symbol('never');

/**
 * The media condition of each at-rule scope (undefined: always applies), memoised per scope: the rules
 * of one block share it, and hostile sheets nest blocks thousands deep (so no recursion).
 */
function mediaConditions(): (scope: CssAtRuleScope | undefined) => string | undefined | typeof NEVER {
  const memo = new Map<CssAtRuleScope, string | undefined | typeof NEVER>();
  return (scope) => {
    if (!scope) return undefined;
    const known = memo.get(scope);
    if (known !== undefined || memo.has(scope)) return known;
    const unknown: CssAtRuleScope[] = [];
    let outer: CssAtRuleScope | undefined = scope;
    while (outer && !memo.has(outer)) {
      unknown.push(outer);
      outer = outer.outer;
    }
    let condition = outer ? memo.get(outer) : undefined;
    for (let i = unknown.length - 1; i >= 0; i--) {
      const { name, params } = unknown[i]!.head;
      const lower = name.toLowerCase();
      if (condition !== NEVER) {
        if (lower !== 'media' && lower !== 'supports') condition = NEVER; // @font-face, @keyframes style no element
        else if (lower === 'media') {
          const applies = mediaApplies(params);
          if (applies === 'never') condition = NEVER;
          else if (applies === 'conditional') condition = condition ? `${condition} and ${params.trim()}` : params.trim();
        }
      }
      memo.set(unknown[i]!, condition);
    }
    return condition;
  };
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
