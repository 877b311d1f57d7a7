// `<style>` blocks → rules with compiled selectors, specificity and media condition.
import { scanStyleSheet, type CssAtRuleScope, type CssRule } from './css-scan.ts';
import { safeStyleSheet } from './css-safe.ts';
import { compileSelector, type CompiledSelector } from './selectors.ts';
import type { Element } from 'domhandler';
import { expandDeclarationInto, type Declaration } from './declarations.ts';
import { OUTLOOK_COM_DARK } from './conditions.ts';

/** One selector of a style rule, with what the cascade needs to rank and apply it. */
export class StyleRule {
  readonly selector: string;
  readonly matches: (el: Element) => boolean;
  /** Index key from the rightmost compound: `#id`, `.class`, a tag name, or `*`. */
  readonly key: string;
  readonly bucket: CompiledSelector['bucket'];
  readonly bucketName: string;
  /** Matches every element of its bucket (no need to run `matches`). */
  readonly keyOnly: boolean;
  readonly specificity: [number, number, number];
  /** Media condition for rules that apply only in some clients (`screen and (max-width:600px)`, dark mode). */
  readonly media: string | undefined;
  /** Offset of the rule in the document text (for "(line 9)" in messages). */
  readonly offset: number;
  readonly order: number;
  private readonly block: RuleDeclarations;

  constructor(selector: string, compiled: CompiledSelector, block: RuleDeclarations, media: string | undefined, offset: number, order: number) {
    this.selector = selector;
    this.matches = compiled.matches;
    this.key = compiled.key;
    this.bucket = compiled.bucket;
    this.bucketName = compiled.bucketName;
    this.keyOnly = compiled.keyOnly;
    this.specificity = compiled.specificity;
    this.block = block;
    this.media = media;
    this.offset = offset;
    this.order = order;
  }

  /** The tracked declarations (longhands), read on first use. */
  get declarations(): Declaration[] {
    return this.block.expanded();
  }
}

/** The tracked declarations of a rule block, expanded on first use and shared by its selectors. */
class RuleDeclarations {
  private readonly rule: CssRule;
  private list: Declaration[] | undefined;

  constructor(rule: CssRule) {
    this.rule = rule;
  }

  expanded(): Declaration[] {
    if (!this.list) {
      const list: Declaration[] = [];
      for (const d of this.rule.declarations) expandDeclarationInto(list, d.prop, d.value, d.important);
      this.list = list;
    }
    return this.list;
  }
}

/**
 * Parses one `<style>` element's text; `base` is the offset of that text in the document. Declarations
 * are read when a rule first matches: most rules of a template's sheet style elements nobody asks about.
 */
export function parseStyleSheet(css: string, base: number, firstOrder: number): StyleRule[] {
  const out: StyleRule[] = [];
  let order = firstOrder;
  const mediaOf = mediaConditions();
  for (const rule of scanStyleSheet(css) ?? safeStyleSheet(css)) {
    const media = mediaOf(rule.atRules);
    if (media === NEVER) continue;
    let block: RuleDeclarations | undefined;
    const offset = base + rule.offset;
    for (const selectorText of splitSelectors(rule.selector)) {
      const outlookDark = media === undefined ? outlookDarkTarget(selectorText) : undefined;
      const compiled = compileSelector(outlookDark ?? selectorText);
      if (!compiled) continue;
      block ??= new RuleDeclarations(rule);
      out.push(new StyleRule(selectorText, compiled, block, outlookDark ? OUTLOOK_COM_DARK : media, offset, order++));
    }
  }
  return out;
}

/**
 * Outlook.com marks the elements it recolours in dark mode with `data-ogsc` (text) and `data-ogsb`
 * (background); templates restyle them with `[data-ogsc] .footer a { … }`. Such a rule matches nothing in
 * the template itself: it is the selector without that first compound, applying only in Outlook.com's dark mode.
 */
function outlookDarkTarget(selector: string): string | undefined {
  if (!selector.includes('data-ogs')) return undefined;
  const m = /^([a-z]*|\*)\[data-ogs[cb]\]/i.exec(selector.trim());
  if (!m) return undefined;
  let rest = selector.trim().slice(m[0].length).trim();
  if (rest.startsWith('>')) rest = rest.slice(1).trim();
  return rest !== '' ? rest : m[1] && m[1] !== '*' ? m[1] : undefined;
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
        if (lower !== 'media' && lower !== 'supports')
          condition = NEVER; // @font-face, @keyframes style no element
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
  let quote = 0;
  let from = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39)
      quote = c; // " '
    else if (c === 40 || c === 91)
      depth++; // ( [
    else if (c === 41 || c === 93)
      depth--; // ) ]
    else if (c === 44 && depth === 0) {
      // ,
      const part = selector.slice(from, i).trim();
      if (part) parts.push(part);
      from = i + 1;
    }
  }
  const last = selector.slice(from).trim();
  if (last) parts.push(last);
  return parts;
}
