import type { Element } from 'domhandler';
import {
  BLOCKS,
  contrastRatio,
  defineRule,
  docsUrl,
  forEachNode,
  isTag,
  isText,
  parentElement,
  toHex,
  type EmailDocument,
  type Rgba,
} from '../../linter/rule-api.ts';

/** Less surrounding text than this says nothing about the footer's style. */
const MIN_AROUND = 12;

interface Around {
  size: number;
  color: Rgba;
  contrast: number;
  bold: boolean;
}

export default defineRule<{ minSizeRatio: number; minContrastRatio: number }>({
  meta: {
    id: 'unsubscribe-link-prominent',
    description:
      'The opt-out link is not much less conspicuous than the footer text around it: not smaller, not fainter, and not the same colour without an underline.',
    severity: 'warn',
    scope: 'body',
    docs: { url: docsUrl('unsubscribe-link-prominent') },
    regulations: ['can-spam', 'casl', 'gdpr'],
    messages: {
      smaller:
        'Opt-out link text is {{size}}px, smaller than the {{around}}px text around it: the FTC asks for a "clear and conspicuous" opt-out; make it at least as large.',
      fainter:
        'Opt-out link contrast is {{ratio}}:1, much fainter than the {{around}}:1 of the text around it: make it at least as readable ("clear and conspicuous", FTC CAN-SPAM guide).',
      blends:
        'Opt-out link has the colour of the text around it ({{color}}) and no underline: nothing shows it is a link; underline it or give it a link colour ("clear and conspicuous", FTC CAN-SPAM guide).',
    },
    schema: {
      type: 'object',
      properties: {
        minSizeRatio: { type: 'number', default: 0.8, minimum: 0, maximum: 1, description: 'Smallest link size as a fraction of the surrounding text size.' },
        minContrastRatio: {
          type: 'number',
          default: 0.67,
          minimum: 0,
          maximum: 1,
          description: 'Smallest link contrast as a fraction of the surrounding text contrast (only below 4.5:1).',
        },
      },
      additionalProperties: false,
    },
  },
  check(doc, ctx) {
    const minSize = ctx.options.minSizeRatio;
    const minContrast = ctx.options.minContrastRatio;
    for (const link of doc.optOutLinks()) {
      if (link.kind !== 'unsubscribe' || !isTag(link.node) || link.signals.includes('bare-url')) continue;
      const v = doc.visibility(link.node);
      if (v.hidden || v.fontSizePx === undefined || !v.contrast) continue; // unsubscribe-link-visible's job
      const around = surrounding(doc, link.node);
      if (!around) continue;
      const at = { node: link.node, range: link.range };
      if (v.fontSizePx < around.size * minSize && around.size - v.fontSizePx >= 2) {
        ctx.report({ ...at, messageId: 'smaller', data: { size: round(v.fontSizePx), around: round(around.size) } });
      } else if (v.contrast.ratio < 4.5 && !v.contrast.backgroundUnknown && v.contrast.ratio < around.contrast * minContrast) {
        ctx.report({ ...at, messageId: 'fainter', data: { ratio: round(v.contrast.ratio), around: round(around.contrast) } });
      } else if (sameColor(v.contrast.foreground, around.color) && !underlined(doc, link.node) && !(isBold(doc, link.node) && !around.bold)) {
        ctx.report({ ...at, messageId: 'blends', data: { color: toHex(v.contrast.foreground) } });
      }
    }
  },
});

/** The dominant style of the text around a link (its block, widened until there is enough text). */
function surrounding(doc: EmailDocument, link: Element): Around | undefined {
  let block: Element | undefined = parentElement(link);
  for (let level = 0; block && level < 3; level++) {
    while (block && !BLOCKS.has(block.name)) block = parentElement(block);
    if (!block) return undefined;
    const weights = new Map<string, { el: Element; weight: number }>();
    let total = 0;
    forEachNode(block.children, (n) => {
      if (isTag(n) && (n.attribs.href !== undefined || n.name === 'style' || n.name === 'script')) return 'skip';
      if (!isText(n) || !n.parent || !isTag(n.parent)) return undefined;
      const len = nonSpaceLength(n.data);
      if (len === 0) return undefined;
      const el = n.parent;
      if (doc.visibility(n).hidden) return undefined;
      const key = `${doc.styles.fontSizePx(el)}|${toHex(doc.styles.color(el))}`;
      const w = weights.get(key) ?? { el, weight: 0 };
      w.weight += len;
      weights.set(key, w);
      total += len;
      return undefined;
    });
    if (total >= MIN_AROUND) {
      const best = [...weights.values()].sort((a, b) => b.weight - a.weight)[0]!.el;
      const color = doc.styles.color(best);
      return { size: doc.styles.fontSizePx(best), color, contrast: contrastRatio(color, doc.styles.background(best).color), bold: isBold(doc, best) };
    }
    block = parentElement(block);
  }
  return undefined;
}

/** Characters that are not white space (as /\s/ has it), without building the stripped string. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      if (c !== 32 && (c < 9 || c > 13)) n++; // \t \n \v \f \r and space are white space
    } else if (c < 127 || !/\s/.test(text[i]!)) n++;
  }
  return n;
}

function sameColor(a: Rgba, b: Rgba): boolean {
  return Math.abs(a.r - b.r) <= 16 && Math.abs(a.g - b.g) <= 16 && Math.abs(a.b - b.b) <= 16;
}

/** Underlined by the link itself, an element inside it, or an ancestor (decorations propagate). */
function underlined(doc: EmailDocument, link: Element): boolean {
  let found = false;
  forEachNode([link], (n) => {
    if (isTag(n) && doc.styles.value(n, 'text-decoration-line')?.includes('underline')) found = true;
  });
  for (let p = parentElement(link); p && !found; p = parentElement(p)) {
    if (doc.styles.value(p, 'text-decoration-line')?.includes('underline')) found = true;
  }
  return found;
}

function isBold(doc: EmailDocument, el: Element): boolean {
  for (let cur: Element | undefined = el; cur; cur = parentElement(cur)) {
    const w = doc.styles.value(cur, 'font-weight');
    if (w !== undefined) return w === 'bold' || w === 'bolder' || Number(w) >= 600;
  }
  return false;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
