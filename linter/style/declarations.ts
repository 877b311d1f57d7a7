// Declarations: inline `style` parsing and the shorthands whose longhands visibility depends on.
import { scanDeclarationList } from './css-scan.ts';
import { safeDeclarationList } from './css-safe.ts';

export interface Declaration {
  property: string;
  value: string;
  important: boolean;
}

/** The longhands we resolve; everything else is dropped early to keep the cascade small. */
const TRACKED = new Set([
  'display',
  'visibility',
  'opacity',
  'font-size',
  'color',
  'background-color',
  'background-image',
  'mso-hide',
  'max-height',
  'height',
  'width',
  'max-width',
  'overflow',
  'text-indent',
  'clip',
  'clip-path',
  'position',
  'left',
  'top',
  'line-height',
  'text-decoration-line',
  'font-weight',
  'transform',
]);

const inlineCache = new Map<string, Declaration[]>();

/** Parses a `style="…"` attribute value. Cached: templates repeat the same inline styles a lot. */
export function parseInlineStyle(style: string): Declaration[] {
  const cached = inlineCache.get(style);
  if (cached) return cached;
  const out: Declaration[] = [];
  for (const d of scanDeclarationList(style) ?? safeDeclarationList(style)) expandDeclarationInto(out, d.prop, d.value, d.important);
  if (inlineCache.size > 5000) inlineCache.clear();
  inlineCache.set(style, out);
  return out;
}

/** Lower-cases the property, expands `font`, `background`, `overflow-x/y` and `text-decoration`, drops untracked ones; appends to `out` (no array per declaration). */
export function expandDeclarationInto(out: Declaration[], property: string, rawValue: string, important: boolean): void {
  let prop = property.trim();
  // Most properties are plain lower case; skip the copy then (any other character may lower-case).
  if (/[^a-z-]/.test(prop)) prop = prop.toLowerCase();
  switch (prop) {
    case 'font': {
      const size = fontShorthandSize(rawValue.trim());
      if (size) out.push({ property: 'font-size', value: size, important });
      return;
    }
    case 'background': {
      const value = rawValue.trim();
      const color = backgroundShorthandColor(value);
      out.push({ property: 'background-color', value: color ?? 'transparent', important });
      if (/url\(/i.test(value) || /gradient\(/i.test(value)) out.push({ property: 'background-image', value, important });
      return;
    }
    case 'overflow-x':
    case 'overflow-y':
      out.push({ property: 'overflow', value: rawValue.trim(), important });
      return;
    case 'text-decoration':
      out.push({ property: 'text-decoration-line', value: rawValue.trim(), important });
      return;
    default:
      if (TRACKED.has(prop)) out.push({ property: prop, value: rawValue.trim(), important });
  }
}

/**
 * The size inside a `font` shorthand: `bold 12px/1.4 Arial` → `12px`. The size is the first token
 * that is a length, percentage or size keyword, optionally followed by `/line-height`.
 */
export function fontShorthandSize(value: string): string | undefined {
  for (const token of value.split(/\s+/)) {
    const size = token.split('/')[0]!.toLowerCase();
    if (/^(?:\d+(?:\.\d*)?|\.\d+)(?:px|pt|em|rem|%|pc|mm|cm|in|ex|ch|vw|vh)$/.test(size) || /^0$/.test(size)) return size;
    if (FONT_SIZE_KEYWORDS[size] !== undefined || size === 'smaller' || size === 'larger') return size;
  }
  return undefined;
}

const COLOR_TOKEN = /^(?:#[\da-f]{3,8}|(?:rgba?|hsla?)\([^)]*\)|[a-z]+)$/i;

function backgroundShorthandColor(value: string): string | undefined {
  // Drop url(...) and gradients first so their insides are not mistaken for colours.
  const cleaned = value.replace(/url\([^)]*\)/gi, ' ').replace(/(?:repeating-)?(?:linear|radial|conic)-gradient\((?:[^()]|\([^()]*\))*\)/gi, ' ');
  const tokens = cleaned.match(/(?:rgba?|hsla?)\([^)]*\)|#[\da-f]{3,8}|[a-z]+/gi) ?? [];
  for (const t of tokens) {
    if (COLOR_TOKEN.test(t) && isColorWord(t)) return t;
  }
  return undefined;
}

const NON_COLOR_WORDS = new Set([
  'none',
  'no',
  'repeat',
  'repeat-x',
  'repeat-y',
  'no-repeat',
  'scroll',
  'fixed',
  'local',
  'top',
  'bottom',
  'left',
  'right',
  'center',
  'cover',
  'contain',
  'auto',
  'border',
  'padding',
  'content',
  'box',
  'initial',
  'inherit',
  'unset',
  'x',
  'y',
  'px',
]);

function isColorWord(token: string): boolean {
  return token.startsWith('#') || /^(?:rgb|hsl)/i.test(token) || !NON_COLOR_WORDS.has(token.toLowerCase());
}

export const FONT_SIZE_KEYWORDS: Record<string, number> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
};
