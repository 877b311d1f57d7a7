// `<style>` blocks → rules with compiled selectors, specificity and media condition.
import { scanStyleSheet, type CssAtRuleScope } from './css-scan.ts';
import { safeStyleSheet } from './css-safe.ts';
import { compileSelector } from './selectors.ts';
import type { Element } from 'domhandler';
import { expandDeclarationInto, type Declaration } from './declarations.ts';

export interface StyleRule {
  selector: string;
  matches: (el: Element) => boolean;
  /** Index key from the rightmost compound: `#id`, `.class`, a tag name, or `*`. */
  key: string;
  specificity: [number, number, number];
  declarations: Declaration[];
  /** Media condition for rules that apply only in some clients (`screen and (max-width:600px)`, dark mode). */
  media: string | undefined;
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
    for (const d of rule.declarations) expandDeclarationInto(declarations, d.prop, d.value, d.important);
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
        media,
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
  if (!selector.includes(',')) {
    const only = selector.trim();
    return only ? [only] : [];
  }
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
