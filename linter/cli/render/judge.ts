// What a rendering of the email says about its opt-out links: from the measurements taken in the browser (page.ts)
// to findings. Pure, so the judgment is tested without a browser. A condition is reported only when no opt-out
// link is readable in it, as the static rule does (a second, working link is enough).
import { contrastRatio, parseColor, toHex, type Rgba } from '../../style/color.ts';

/** One opt-out link as the browser drew it in one condition. */
export interface LinkMeasure {
  /** Index of the link among the document's opt-out links. */
  index: number;
  /** Its border box, px. */
  width: number;
  height: number;
  /** Share of the box inside the email's drawn area and every clipping ancestor (0…1). */
  visibleShare: number;
  /** The ancestor that cuts it off (`<td class="cell">`), when one does. */
  clippedBy?: string;
  /** Share of sample points inside the visible part where another element is on top (0…1). */
  coveredShare: number;
  /** The element on top, when one is. */
  coveredBy?: string;
  /** `visibility`, the product of the opacities up the tree, and whether the text is drawn at all. */
  visibility: string;
  opacity: number;
  /** Computed text colour (CSS), its font size in px, and whether it has text to read. */
  color: string;
  fontSize: number;
  hasText: boolean;
  /** The colour most of the pixels behind the text have (the text made transparent), when sampled. */
  behind?: Rgba;
}

export type RenderProblem =
  | { kind: 'not-drawn' }
  | { kind: 'clipped'; by?: string }
  | { kind: 'covered'; by?: string }
  | { kind: 'invisible'; why: string }
  | { kind: 'tiny'; px: number }
  | { kind: 'contrast'; ratio: number; text: string; behind: string };

/** Below this the link text is hard to read (WCAG's minimum for large text and UI parts, as the static rule). */
const MIN_CONTRAST = 3;
/** Text drawn smaller than this is unreadable whatever the rule's own minimum (which the static judgment applies). */
const MIN_DRAWN_PX = 6;

/** What keeps a measured link from being read, or undefined when it is readable. */
export function problemOf(m: LinkMeasure): RenderProblem | undefined {
  if (m.width < 1 || m.height < 1) return { kind: 'not-drawn' };
  if (m.visibility !== 'visible') return { kind: 'invisible', why: `visibility:${m.visibility}` };
  if (m.opacity < 0.1) return { kind: 'invisible', why: `opacity ${round(m.opacity)}` };
  if (m.visibleShare < 0.5) return m.clippedBy ? { kind: 'clipped', by: m.clippedBy } : { kind: 'clipped' };
  if (m.coveredShare > 0.5) return m.coveredBy ? { kind: 'covered', by: m.coveredBy } : { kind: 'covered' };
  if (m.hasText && m.fontSize < MIN_DRAWN_PX) return { kind: 'tiny', px: m.fontSize };
  const text = parseColor(m.color);
  if (m.hasText && text && m.behind) {
    const drawn = { ...text, a: text.a * m.opacity };
    const ratio = contrastRatio(drawn, m.behind);
    if (ratio < MIN_CONTRAST) return { kind: 'contrast', ratio, text: toHex(text), behind: toHex(m.behind) };
  }
  return undefined;
}

/** The words of a problem, after "the link …". */
export function describeProblem(p: RenderProblem): string {
  switch (p.kind) {
    case 'not-drawn':
      return 'is not drawn: the layout gives it no width or height';
    case 'clipped':
      return `is cut off: most of it lies outside the email's visible area${p.by ? ` (clipped by ${p.by})` : ''}`;
    case 'covered':
      return `is covered by another element${p.by ? ` (${p.by})` : ''}, so it cannot be seen or clicked`;
    case 'invisible':
      return `is not visible (${p.why})`;
    case 'tiny':
      return `is drawn at ${round(p.px)}px, too small to read`;
    case 'contrast':
      return `is hard to see: its text ${p.text} on the pixels behind it (${p.behind}) has contrast ${round(p.ratio)}:1 (minimum ${MIN_CONTRAST}:1)`;
  }
}

/** For one condition: undefined when some link is readable; else the first link's problem. */
export function conditionVerdict(measures: readonly LinkMeasure[]): { index: number; problem: RenderProblem } | undefined {
  let first: { index: number; problem: RenderProblem } | undefined;
  for (const m of measures) {
    const problem = problemOf(m);
    if (!problem) return undefined;
    first ??= { index: m.index, problem };
  }
  return first;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
