// Functions that run inside the rendered email's page (page.evaluate serialises them: no runtime imports, no closures).
// JavaScript is off for the email's own scripts; these run in Playwright's evaluation, which it allows.
import type { LinkMeasure } from './judge.ts';

/** A link as measured in the page: the judge's fields, less the sampled colour, plus where its visible part is. */
export interface RawMeasure extends Omit<LinkMeasure, 'behind'> {
  /** The visible part in page coordinates, for the pixel sample and the outline. */
  visible: { x: number; y: number; width: number; height: number } | undefined;
}

/** Measures every stamped link (`data-optout-r="i"`): its box, what clips or covers it, its colour. */
export function measureLinks(): RawMeasure[] {
  const name = (el: Element) => {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
    return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}>`;
  };
  const doc = document.documentElement;
  // A phone's mail app shrinks a wider email to fit (or lets it scroll): the email's edge is its own width.
  const pageWidth = Math.max(doc.clientWidth, doc.scrollWidth);
  const out: RawMeasure[] = [];
  for (const a of document.querySelectorAll('[data-optout-r]')) {
    // Only the window scrolls (scrollIntoView would scroll an overflow:hidden cell too, and undo its clipping).
    const first = a.getBoundingClientRect();
    scrollTo(0, Math.max(0, first.top + scrollY - innerHeight / 2));
    const box = a.getBoundingClientRect();
    const style = getComputedStyle(a);
    let opacity = 1;
    for (let el: Element | null = a; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity) || 0;
    let vis = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    const area = (r: typeof vis) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
    let clippedBy: string | undefined;
    for (let el = a.parentElement; el && el !== doc; el = el.parentElement) {
      const cs = getComputedStyle(el);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible' && cs.clipPath === 'none') continue;
      const r = el.getBoundingClientRect();
      const before = area(vis);
      vis = { left: Math.max(vis.left, r.left), top: Math.max(vis.top, r.top), right: Math.min(vis.right, r.right), bottom: Math.min(vis.bottom, r.bottom) };
      if (area(vis) < before - 0.5) clippedBy ??= name(el);
    }
    // The email's own area: nothing left of 0 or right of the page's width is drawn by a mail client.
    const before = area(vis);
    vis = { left: Math.max(vis.left, 0), top: Math.max(vis.top, -scrollY), right: Math.min(vis.right, pageWidth), bottom: vis.bottom };
    if (area(vis) < before - 0.5) clippedBy ??= 'the edge of the email';
    const boxArea = box.width * box.height;
    const visibleShare = boxArea > 0 ? area(vis) / boxArea : 0;
    let covered = 0;
    let samples = 0;
    let coveredBy: string | undefined;
    if (area(vis) > 0) {
      for (const [fx, fy] of [
        [0.5, 0.5],
        [0.2, 0.5],
        [0.8, 0.5],
        [0.5, 0.2],
        [0.5, 0.8],
      ] as const) {
        const x = vis.left + (vis.right - vis.left) * fx;
        const y = vis.top + (vis.bottom - vis.top) * fy;
        if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
        samples++;
        const hit = document.elementFromPoint(x, y);
        if (hit && hit !== a && !a.contains(hit) && !hit.contains(a)) {
          covered++;
          coveredBy ??= name(hit);
        }
      }
    }
    out.push({
      index: Number(a.getAttribute('data-optout-r')),
      width: box.width,
      height: box.height,
      visibleShare,
      ...(clippedBy && visibleShare < 1 ? { clippedBy } : {}),
      coveredShare: samples > 0 ? covered / samples : 0,
      ...(coveredBy ? { coveredBy } : {}),
      visibility: style.visibility,
      opacity,
      color: style.color,
      fontSize: parseFloat(style.fontSize) || 0,
      hasText: (a.textContent ?? '').trim().length > 0,
      visible: area(vis) > 0 ? { x: vis.left + scrollX, y: vis.top + scrollY, width: vis.right - vis.left, height: vis.bottom - vis.top } : undefined,
    });
  }
  scrollTo(0, 0);
  return out;
}

/**
 * A style sheet added by id. (Playwright's addStyleTag waits for the element's load event, which a page with
 * JavaScript off never delivers.)
 */
export function addStyle({ id, css }: { id: string; css: string }): void {
  const style = document.createElement('style');
  style.id = id;
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
}

export function removeStyle(id: string): void {
  document.getElementById(id)?.remove();
}

/** The email's drawn height, for the screenshot of its footer. */
export function pageHeight(): number {
  return Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);
}

/**
 * In a helper page: the colour most pixels of a PNG have (quantised to 4 bits a channel, then averaged exactly
 * within the winning bucket). Decoding happens in the browser, so no image library is needed.
 */
export async function dominantColor(base64: string): Promise<{ r: number; g: number; b: number; a: number } | undefined> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  if (bitmap.width === 0 || bitmap.height === 0) return undefined;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(bitmap, 0, 0);
  const data = g.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
    const s = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    s.n++;
    s.r += data[i]!;
    s.g += data[i + 1]!;
    s.b += data[i + 2]!;
    buckets.set(key, s);
  }
  let best: { n: number; r: number; g: number; b: number } | undefined;
  for (const s of buckets.values()) if (!best || s.n > best.n) best = s;
  return best ? { r: Math.round(best.r / best.n), g: Math.round(best.g / best.n), b: Math.round(best.b / best.n), a: 1 } : undefined;
}
