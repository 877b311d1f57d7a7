// Colours and WCAG contrast.
import { colord, extend } from 'colord';
import namesPlugin from 'colord/plugins/names';

extend([namesPlugin]);

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const WHITE: Rgba = Object.freeze({ r: 255, g: 255, b: 255, a: 1 });

// Parsed colours by text, shared across documents (templates repeat a handful of colours; colord is not
// cheap). Bounded; entries are frozen because callers share them.
const MAX_CACHED = 2048;
const cache = new Map<string, Readonly<Rgba> | null>();

/** A CSS or legacy-attribute colour; undefined when it is not one (or says to inherit). */
export function parseColor(value: string): Rgba | undefined {
  let parsed = cache.get(value);
  if (parsed === undefined) {
    const fresh = parseColorUncached(value);
    parsed = fresh ? Object.freeze(fresh) : null;
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(value, parsed);
  }
  return parsed ?? undefined;
}

function parseColorUncached(value: string): Rgba | undefined {
  let v = value.trim().toLowerCase();
  if (v.endsWith('!important')) v = v.slice(0, -'!important'.length).trim();
  if (v === '' || v === 'inherit' || v === 'currentcolor' || v === 'initial' || v === 'unset' || v === 'none') return undefined;
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  // Legacy attributes often drop the '#': bgcolor="ffffff".
  const candidate = /^[\da-f]{6}$|^[\da-f]{3}$/.test(v) ? `#${v}` : v;
  const c = colord(candidate);
  return c.isValid() ? c.toRgb() : undefined;
}

/** `top` painted over an opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: Math.round(top.r * a + bottom.r * (1 - a)),
    g: Math.round(top.g * a + bottom.g * (1 - a)),
    b: Math.round(top.b * a + bottom.b * (1 - a)),
    a: 1,
  };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

// Luminance of the whole-number colours (nearly all), by packed r, g, b: three powers each otherwise.
const luminances = new Map<number, number>();

export function relativeLuminance(c: Rgba): number {
  const { r, g, b } = c;
  if (!(Number.isInteger(r) && Number.isInteger(g) && Number.isInteger(b) && r >= 0 && r <= 255 && g >= 0 && g <= 255 && b >= 0 && b <= 255)) {
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }
  const key = (r << 16) | (g << 8) | b;
  let l = luminances.get(key);
  if (l === undefined) {
    l = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    if (luminances.size >= 4096) luminances.clear();
    luminances.set(key, l);
  }
  return l;
}

/** WCAG 2 contrast ratio, 1–21. A translucent foreground is blended over the background first. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const f = fg.a < 1 ? blend(fg, bg) : fg;
  const l1 = relativeLuminance(f);
  const l2 = relativeLuminance(bg);
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `#rrggbb`, as colord's toHex() writes it (clamped to 0–255, rounded; NaN is 0), without building a colord. */
export function toHex(c: Rgba): string {
  return `#${hexChannel(c.r)}${hexChannel(c.g)}${hexChannel(c.b)}`;
}

function hexChannel(x: number): string {
  return HEX[Math.round(x > 255 ? 255 : x > 0 ? x : 0)]!;
}

/** Dark text: what forced dark mode lightens. */
export function isDarkText(c: Rgba): boolean {
  return colord(c).toHsl().l < 50;
}

/**
 * The colour closest to `fg` (same hue and saturation, lightness moved away from the background's) whose
 * contrast on `bg` reaches `min`; black or white when no lightness of that hue does.
 */
export function nearestReadable(fg: Rgba, bg: Rgba, min: number): Rgba {
  const hsl = colord({ ...fg, a: 1 }).toHsl();
  const towardDark = relativeLuminance(bg) > 0.18;
  for (let step = 1; step <= 100; step++) {
    const l = towardDark ? hsl.l - step : hsl.l + step;
    if (l < 0 || l > 100) break;
    const candidate = colord({ ...hsl, l }).toRgb();
    if (contrastRatio(candidate, bg) >= min) return candidate;
  }
  return towardDark ? { r: 0, g: 0, b: 0, a: 1 } : { ...WHITE };
}
