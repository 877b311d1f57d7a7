// Is a link really visible: hidden by CSS, tiny, low contrast, or shown only in one family of clients?
import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { forEachNode, type ClientFamily, type ConditionalBlock } from '../dom.ts';
import type { StyleRule } from './stylesheet.ts';
import { StyleResolver, parentElement, resolveFontSize, type Cascaded, type Origin } from './resolver.ts';
import { contrastRatio, type Rgba } from './color.ts';

export interface HidingCause {
  property: string;
  value: string;
  origin: Origin;
  /** The element whose declaration hides the content. */
  element: Element;
  rule?: StyleRule;
}

export interface Contrast {
  ratio: number;
  foreground: Rgba;
  background: Rgba;
  /** A background image sits behind the text: the ratio is against the fallback colour only. */
  backgroundUnknown: boolean;
}

export interface LinkVisibility {
  /** Set when no part of the link is visible in any client. */
  hidden?: HidingCause;
  /** Client families in which some visible part renders. */
  families: ClientFamily[];
  /** What limits the families: the conditional comment or `mso-hide:all`. */
  familyLimit?: { kind: 'conditional'; block: ConditionalBlock } | { kind: 'mso-hide'; element: Element };
  /** Largest rendered text size in px among visible text; undefined for image-only links. */
  fontSizePx?: number;
  /** Best contrast among visible text. */
  contrast?: Contrast;
}

interface Run {
  /** Element that styles the run (the text's parent, or the <img>). */
  element: Element;
  offset: number;
  isImage: boolean;
}

const ZERO = /^-?(?:0+(?:\.0*)?|\.0+)(?:px|em|rem|%|pt|vh|vw)?$/;

export class VisibilityJudge {
  private readonly styles: StyleResolver;
  private readonly conditionals: ConditionalBlock[];
  private readonly ownCauseCache = new Map<Element, HidingCause | null>();

  constructor(styles: StyleResolver, conditionals: ConditionalBlock[]) {
    this.styles = styles;
    this.conditionals = conditionals;
  }

  /** Judges the visible parts of a node (a link element, or a text node holding a bare URL). */
  judge(node: AnyNode): LinkVisibility {
    const runs = collectRuns(node);
    let firstHidden: HidingCause | undefined;
    const families = new Set<ClientFamily>();
    let familyLimit: LinkVisibility['familyLimit'];
    let fontSizePx: number | undefined;
    let contrast: Contrast | undefined;
    let anyVisible = false;
    for (const run of runs) {
      const cause = this.hidingCause(run);
      if (cause) {
        firstHidden ??= cause;
        continue;
      }
      anyVisible = true;
      const { families: runFamilies, limit } = this.familiesOf(run);
      for (const f of runFamilies) families.add(f);
      if (limit && !familyLimit) familyLimit = limit;
      if (run.isImage) continue;
      const size = this.styles.fontSizePx(run.element);
      fontSizePx = Math.max(fontSizePx ?? 0, size);
      const bg = this.styles.background(run.element);
      const fg = this.styles.color(run.element);
      const ratio = contrastRatio(fg, bg.color);
      if (!contrast || ratio > contrast.ratio) contrast = { ratio, foreground: fg, background: bg.color, backgroundUnknown: bg.unknown };
    }
    if (!anyVisible) {
      return { families: [], ...(firstHidden ? { hidden: firstHidden } : {}) };
    }
    // Only a single family matters when a limit was found in every visible run; recompute union order.
    const fam = [...families].sort() as ClientFamily[];
    return {
      families: fam,
      ...(fam.length === 1 && familyLimit ? { familyLimit } : {}),
      ...(fontSizePx !== undefined ? { fontSizePx } : {}),
      ...(contrast ? { contrast } : {}),
    };
  }

  /** The first thing, from the run outward, that hides it in every client. */
  hidingCause(run: Run): HidingCause | undefined {
    if (run.isImage) {
      const img = run.element;
      for (const dim of ['width', 'height']) {
        const c = this.styles.cascade(img).get(dim);
        if (c && ZERO.test(c.declaration.value.trim())) return causeOf(c);
      }
    } else if (this.styles.fontSizePx(run.element) <= 0.5) {
      return this.fontSizeCause(run.element);
    }
    const visibility = this.inheritedVisibility(run.element);
    if (visibility) return visibility;
    let cur: Element | undefined = run.element;
    while (cur) {
      const own = this.ownHidingCause(cur);
      if (own) return own;
      cur = parentElement(cur);
    }
    return undefined;
  }

  /** Non-inherited ways an element hides itself and everything in it. */
  ownHidingCause(el: Element): HidingCause | undefined {
    const cached = this.ownCauseCache.get(el);
    if (cached !== undefined) return cached ?? undefined;
    const cause = computeOwnCause(this.styles, el);
    this.ownCauseCache.set(el, cause ?? null);
    return cause;
  }

  private inheritedVisibility(el: Element): HidingCause | undefined {
    let cur: Element | undefined = el;
    while (cur) {
      const c = this.styles.cascade(cur).get('visibility');
      if (c) {
        const v = c.declaration.value.toLowerCase();
        if (v === 'hidden' || v === 'collapse') return causeOf(c);
        if (v === 'visible') return undefined;
      }
      cur = parentElement(cur);
    }
    return undefined;
  }

  /** The declaration that made the text size 0: the nearest specified font-size up the tree. */
  private fontSizeCause(el: Element): HidingCause {
    let cur: Element | undefined = el;
    while (cur) {
      const c = this.styles.cascade(cur).get('font-size');
      if (c) return causeOf(c);
      cur = parentElement(cur);
    }
    return { property: 'font-size', value: '0', origin: 'ua', element: el };
  }

  private familiesOf(run: Run): { families: ClientFamily[]; limit?: LinkVisibility['familyLimit'] } {
    let families: ClientFamily[] = ['outlook', 'others'];
    let limit: LinkVisibility['familyLimit'];
    for (const block of this.conditionals) {
      if (run.offset >= block.start && run.offset < block.end) {
        families = [block.onlyIn];
        limit = { kind: 'conditional', block };
      }
    }
    let cur: Element | undefined = run.element;
    while (cur) {
      const c = this.styles.cascade(cur).get('mso-hide');
      if (c && c.declaration.value.toLowerCase() === 'all') {
        families = families.filter((f) => f !== 'outlook');
        limit = { kind: 'mso-hide', element: cur };
        break;
      }
      cur = parentElement(cur);
    }
    return { families, ...(limit ? { limit } : {}) };
  }
}

function computeOwnCause(styles: StyleResolver, el: Element): HidingCause | undefined {
  const cascade = styles.cascade(el);
  const get = (p: string) => cascade.get(p);
  const display = get('display');
  if (display && display.declaration.value.toLowerCase() === 'none') return causeOf(display);
  const opacity = get('opacity');
  if (opacity) {
    const raw = opacity.declaration.value.trim();
    const n = raw.endsWith('%') ? Number.parseFloat(raw) / 100 : Number.parseFloat(raw);
    if (!Number.isNaN(n) && n <= 0.05) return causeOf(opacity);
  }
  const overflow = get('overflow')?.declaration.value.toLowerCase();
  if (overflow === 'hidden' || overflow === 'clip') {
    for (const p of ['max-height', 'height', 'max-width', 'width']) {
      const c = get(p);
      if (c && ZERO.test(c.declaration.value.trim())) return causeOf(c);
    }
  }
  const transform = get('transform');
  if (transform && /scale[xy]?\(\s*0(?:\.0+)?\s*[,)]/i.test(transform.declaration.value)) return causeOf(transform);
  const indent = get('text-indent');
  if (indent) {
    const px = resolveFontSize(indent.declaration.value.replace(/^-/, ''), styles.fontSizePx(el));
    if (px >= 500 && /^-?\d/.test(indent.declaration.value.trim())) return causeOf(indent);
  }
  const position = get('position')?.declaration.value.toLowerCase();
  if (position === 'absolute' || position === 'fixed') {
    for (const p of ['left', 'top']) {
      const c = get(p);
      if (c && /^-\d/.test(c.declaration.value.trim()) && resolveFontSize(c.declaration.value.slice(1), styles.fontSizePx(el)) >= 500) return causeOf(c);
    }
    const clip = get('clip');
    if (clip && /rect\(\s*(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)[\s,]+(?:0|1px)\s*\)/i.test(clip.declaration.value)) return causeOf(clip);
  }
  const clipPath = get('clip-path');
  if (clipPath && /inset\(\s*50%|circle\(\s*0/i.test(clipPath.declaration.value)) return causeOf(clipPath);
  return undefined;
}

function causeOf(c: Cascaded): HidingCause {
  return {
    property: c.declaration.property,
    value: c.declaration.value,
    origin: c.origin,
    element: c.element,
    ...(c.rule ? { rule: c.rule } : {}),
  };
}

/** The text runs and images of a node, in document order. */
function collectRuns(node: AnyNode): Run[] {
  const runs: Run[] = [];
  forEachNode([node], (n) => {
    if (isText(n)) {
      const parent = n.parent;
      if (n.data.trim() !== '' && parent && isTag(parent)) runs.push({ element: parent, offset: n.startIndex ?? 0, isImage: false });
    } else if (isTag(n)) {
      if (n.name === 'style' || n.name === 'script') return 'skip';
      if (n.name === 'img') runs.push({ element: n, offset: n.startIndex ?? 0, isImage: true });
    }
    return undefined;
  });
  return runs;
}
