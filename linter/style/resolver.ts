// On-demand cascade: styles are computed only for the elements a rule asks about (and their ancestors).
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { elements } from '../dom.ts';
import { parseInlineStyle, FONT_SIZE_KEYWORDS, type Declaration } from './declarations.ts';
import { parseStyleSheet, type StyleRule } from './stylesheet.ts';
import { compareSpecificity } from './selectors.ts';
import { presentationalHints, userAgentDeclarations } from './presentational.ts';
import { parseColor, blend, WHITE, type Rgba } from './color.ts';

export type Origin = 'ua' | 'attribute' | 'sheet' | 'inline';

/** The declaration that won the cascade for one property of one element. */
export interface Cascaded {
  declaration: Declaration;
  origin: Origin;
  element: Element;
  rule?: StyleRule;
}

const ORIGIN_RANK: Record<Origin, number> = { ua: 0, attribute: 1, sheet: 2, inline: 3 };

const DEFAULT_FONT_SIZE = 16;

export interface EffectiveBackground {
  color: Rgba;
  /** The element that paints it, or undefined for the default white canvas. */
  element?: Element;
  /** True when an image paints behind the text first: the real background cannot be known. */
  unknown: boolean;
}

export class StyleResolver {
  private readonly root: Document;
  /** Which `@media` texts hold (none: only unconditional rules apply). */
  private readonly applies: ((media: string) => boolean) | undefined;
  /** The resolver whose parsed sheet this one shares (for conditions). */
  private readonly base: StyleResolver | undefined;
  private sheet: StyleRule[] | undefined;
  /** Rules that apply here: the unconditional ones and those whose media holds. */
  private index: RuleIndex | undefined;
  private readonly cascadeCache = new Map<Element, ReadonlyMap<string, Cascaded>>();
  private readonly fontSizeCache = new Map<Element, number>();
  private readonly colorCache = new Map<Element, Rgba>();
  private readonly backgroundCache = new Map<Element, EffectiveBackground>();
  private bodyLinkColor: string | undefined;

  constructor(root: Document, applies?: (media: string) => boolean, base?: StyleResolver) {
    this.root = root;
    this.applies = applies;
    this.base = base;
  }

  /** The cascade under a client condition: the same sheet, plus the `@media` rules that hold there. */
  under(applies: (media: string) => boolean): StyleResolver {
    return new StyleResolver(this.root, applies, this);
  }

  /** The distinct `@media` texts of the conditional rules, in source order. */
  mediaTexts(): string[] {
    const seen = new Set<string>();
    for (const rule of this.rules()) if (rule.media) seen.add(rule.media);
    return [...seen];
  }

  /** All rules of all `<style>` elements, parsed on first use. */
  rules(): StyleRule[] {
    if (this.sheet) return this.sheet;
    if (this.base) {
      this.sheet = this.base.rules();
      this.bodyLinkColor = this.base.bodyLinkColor;
      // Only the rules of the media that hold: the unconditional ones are in the base's cascade already.
      this.index = indexRules(this.sheet, this.applies, true);
      return this.sheet;
    }
    const out: StyleRule[] = [];
    for (const el of elements(this.root)) {
      if (el.name === 'body' && el.attribs.link) this.bodyLinkColor = el.attribs.link;
      if (el.name !== 'style') continue;
      const type = (el.attribs.type ?? 'text/css').toLowerCase();
      if (type !== 'text/css' && type !== '') continue;
      if (el.attribs.media && /^\s*print\s*$/i.test(el.attribs.media)) continue;
      const textNode = el.children[0];
      if (!textNode || textNode.type !== 'text') continue;
      const css = el.children.length === 1 ? textNode.data : el.children.map((c) => ('data' in c ? c.data : '')).join('');
      for (const rule of parseStyleSheet(css, textNode.startIndex ?? 0, out.length)) out.push(rule);
    }
    this.sheet = out;
    this.index = indexRules(out, this.applies);
    return out;
  }

  /** Winning declarations of an element (read-only: resolvers share them). */
  cascade(el: Element): ReadonlyMap<string, Cascaded> {
    const cached = this.cascadeCache.get(el);
    if (cached) return cached;
    this.rules(); // first: it also reads <body link>, which the UA link colour needs
    if (this.base) return this.conditionalCascade(el, this.base);
    const winners = new Map<string, Winner>();
    for (const d of userAgentDeclarations(el, this.bodyLinkColor)) offer(winners, el, d, 'ua', NO_SPECIFICITY, 0, undefined);
    for (const d of presentationalHints(el)) offer(winners, el, d, 'attribute', NO_SPECIFICITY, 0, undefined);
    if (this.index!.size > 0) {
      const candidates = this.index!.candidates(el);
      for (const rule of candidates) {
        if (!rule.keyOnly && !rule.matches(el)) continue;
        for (const d of rule.declarations) offer(winners, el, d, 'sheet', rule.specificity, rule.order, rule);
      }
    }
    const style = el.attribs.style;
    if (style) for (const d of parseInlineStyle(style)) offer(winners, el, d, 'inline', NO_SPECIFICITY, 0, undefined);
    this.cascadeCache.set(el, winners);
    return winners;
  }

  /**
   * Under a condition: the base cascade, with the `@media` rules that hold here offered on top. A winner is the
   * highest-ranked offer whatever the order of offering, so this is the cascade computed from scratch, without
   * matching every unconditional rule again. An element no conditional rule matches shares the base's map.
   */
  private conditionalCascade(el: Element, base: StyleResolver): ReadonlyMap<string, Cascaded> {
    const inherited = base.cascade(el) as ReadonlyMap<string, Winner>;
    let winners: Map<string, Winner> | undefined;
    if (this.index!.size > 0) {
      for (const rule of this.index!.candidates(el)) {
        if (!rule.keyOnly && !rule.matches(el)) continue;
        winners ??= new Map(inherited);
        for (const d of rule.declarations) offer(winners, el, d, 'sheet', rule.specificity, rule.order, rule);
      }
    }
    const result = winners ?? inherited;
    this.cascadeCache.set(el, result);
    return result;
  }

  value(el: Element, property: string): string | undefined {
    return this.cascade(el).get(property)?.declaration.value.toLowerCase();
  }

  /** Computed font size in px (inherited; em/% relative to the parent). */
  fontSizePx(el: Element): number {
    const cached = this.fontSizeCache.get(el);
    if (cached !== undefined) return cached;
    // Iterate from the outermost uncached ancestor down, so deep trees do not recurse.
    const chain: Element[] = [];
    let cur: Element | undefined = el;
    while (cur && !this.fontSizeCache.has(cur)) {
      chain.push(cur);
      cur = parentElement(cur);
    }
    let parentSize = cur ? this.fontSizeCache.get(cur)! : DEFAULT_FONT_SIZE;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const specified = this.value(node, 'font-size');
      const size = specified === undefined ? parentSize : resolveFontSize(specified, parentSize);
      this.fontSizeCache.set(node, size);
      parentSize = size;
    }
    return this.fontSizeCache.get(el)!;
  }

  /** Computed text colour (inherited; `<a>` gets the UA link colour unless the author sets one). */
  color(el: Element): Rgba {
    const cached = this.colorCache.get(el);
    if (cached) return cached;
    const chain: Element[] = [];
    let cur: Element | undefined = el;
    while (cur && !this.colorCache.has(cur)) {
      chain.push(cur);
      cur = parentElement(cur);
    }
    let parentColor: Rgba = cur ? this.colorCache.get(cur)! : { r: 0, g: 0, b: 0, a: 1 };
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const specified = this.value(node, 'color');
      let color = parentColor;
      if (specified && specified !== 'inherit' && specified !== 'currentcolor') color = parseColor(specified) ?? parentColor;
      this.colorCache.set(node, color);
      parentColor = color;
    }
    return this.colorCache.get(el)!;
  }

  /** The colour behind an element's text: the nearest ancestor-or-self that paints one (alpha blended). */
  background(el: Element): EffectiveBackground {
    let cached = this.backgroundCache.get(el);
    if (!cached) {
      cached = this.computeBackground(el);
      this.backgroundCache.set(el, cached);
    }
    return cached;
  }

  private computeBackground(el: Element): EffectiveBackground {
    const layers: { color: Rgba; element: Element }[] = [];
    let cur: Element | undefined = el;
    while (cur) {
      const cascade = this.cascade(cur);
      const image = cascade.get('background-image')?.declaration.value;
      const color = parseColor(cascade.get('background-color')?.declaration.value ?? '');
      if (color && color.a > 0) {
        layers.push({ color, element: cur });
        if (color.a >= 1) break;
      } else if (image && image.toLowerCase() !== 'none') {
        return { color: WHITE, element: cur, unknown: true };
      }
      cur = parentElement(cur);
    }
    let result = WHITE;
    for (let i = layers.length - 1; i >= 0; i--) result = blend(layers[i]!.color, result);
    const top = layers[0];
    return { color: result, ...(top ? { element: top.element } : {}), unknown: false };
  }
}

function indexRules(rules: readonly StyleRule[], applies: ((media: string) => boolean) | undefined, conditionalOnly = false): RuleIndex {
  const index = new RuleIndex();
  for (const rule of rules) if (rule.media ? applies?.(rule.media) : !conditionalOnly) index.add(rule);
  return index;
}
const NO_SPECIFICITY: [number, number, number] = [0, 0, 0];

/** A cascade winner with the rank it won by. */
interface Winner extends Cascaded {
  /** Importance and origin: `!important` adds 10 to the origin's rank. */
  level: number;
  specificity: [number, number, number];
  order: number;
}

/** Offers a declaration to the cascade: it wins unless the current winner ranks higher (later wins ties). */
function offer(
  winners: Map<string, Winner>,
  element: Element,
  declaration: Declaration,
  origin: Origin,
  specificity: [number, number, number],
  order: number,
  rule: StyleRule | undefined,
): void {
  const level = (declaration.important ? 10 : 0) + ORIGIN_RANK[origin];
  const current = winners.get(declaration.property);
  // Importance and origin first, then specificity, then source order.
  if (current && (current.level - level || compareSpecificity(current.specificity, specificity) || current.order - order) > 0) return;
  winners.set(declaration.property, { declaration, origin, element, rule, level, specificity, order });
}

/** Rules bucketed by the key of their rightmost compound, so an element is tried only against rules it may match. */
class RuleIndex {
  size = 0;
  private readonly universal: StyleRule[] = [];
  private readonly byTag = new Map<string, StyleRule[]>();
  private readonly byId = new Map<string, StyleRule[]>();
  private readonly byClass = new Map<string, StyleRule[]>();

  add(rule: StyleRule): void {
    this.size++;
    if (rule.bucket === 'universal') {
      this.universal.push(rule);
      return;
    }
    const map = rule.bucket === 'id' ? this.byId : rule.bucket === 'class' ? this.byClass : this.byTag;
    const bucket = map.get(rule.bucketName);
    if (bucket) bucket.push(rule);
    else map.set(rule.bucketName, [rule]);
  }

  /** The rules of the universal, tag, id and class buckets of the element, in that order. */
  candidates(el: Element): StyleRule[] {
    const out: StyleRule[] = [];
    append(out, this.universal);
    append(out, this.byTag.get(el.name));
    const { id, class: cls } = el.attribs;
    if (id && this.byId.size > 0) append(out, this.byId.get(id));
    if (cls && this.byClass.size > 0) {
      if (!/\s/.test(cls)) append(out, this.byClass.get(cls));
      else {
        const seen = new Set<string>();
        for (const c of cls.split(/\s+/)) {
          if (!c || seen.has(c)) continue;
          seen.add(c);
          append(out, this.byClass.get(c));
        }
      }
    }
    return out;
  }
}

function append(out: StyleRule[], bucket: StyleRule[] | undefined): void {
  if (bucket) for (let i = 0; i < bucket.length; i++) out.push(bucket[i]!);
}

export function parentElement(el: Element): Element | undefined {
  const p = el.parent;
  return p && isTag(p) ? p : undefined;
}

/** A `font-size` value in px given the parent's size. Unknown units keep the parent's size. */
export function resolveFontSize(value: string, parentPx: number): number {
  const v = value.trim().toLowerCase();
  const keyword = FONT_SIZE_KEYWORDS[v];
  if (keyword !== undefined) return keyword;
  if (v === 'smaller') return parentPx / 1.2;
  if (v === 'larger') return parentPx * 1.2;
  if (v === 'inherit' || v === 'unset' || v === 'initial' || v === '') return v === 'initial' ? DEFAULT_FONT_SIZE : parentPx;
  const m = /^(-?(?:\d+(?:\.\d*)?|\.\d+))(px|pt|em|rem|%|pc|mm|cm|in|ex|ch)?$/.exec(v);
  if (!m) return parentPx;
  const n = Number.parseFloat(m[1]!);
  switch (m[2]) {
    case undefined:
      return n === 0 ? 0 : parentPx; // unitless non-zero is invalid for font-size
    case 'px':
      return n;
    case 'pt':
      return (n * 4) / 3;
    case 'pc':
      return n * 16;
    case 'em':
      return n * parentPx;
    case 'rem':
      return n * DEFAULT_FONT_SIZE;
    case '%':
      return (n / 100) * parentPx;
    case 'ex':
    case 'ch':
      return n * parentPx * 0.5;
    case 'mm':
      return (n * 96) / 25.4;
    case 'cm':
      return (n * 96) / 2.54;
    case 'in':
      return n * 96;
    default:
      return parentPx;
  }
}
