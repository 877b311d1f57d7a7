// What browsers and mail clients apply before any author CSS: legacy attributes and the UA stylesheet.
import type { Element } from 'domhandler';
import type { Declaration } from './declarations.ts';

/** `bgcolor`, `<font color size>`, `hidden`, zero `width`/`height`, `<body link text>`: presentational hints. */
export function presentationalHints(el: Element): Declaration[] {
  const a = el.attribs;
  const out: Declaration[] = [];
  const add = (property: string, value: string) => out.push({ property, value, important: false });
  if (a.bgcolor) add('background-color', a.bgcolor);
  if (a.background && el.name !== 'a') add('background-image', `url(${a.background})`);
  if (el.name === 'font') {
    if (a.color) add('color', a.color);
    if (a.size) {
      const px = fontElementSize(a.size);
      if (px !== undefined) add('font-size', `${px}px`);
    }
  }
  if (el.name === 'body' && a.text) add('color', a.text);
  if (a.hidden !== undefined) add('display', 'none');
  for (const dim of ['width', 'height'] as const) {
    const v = a[dim];
    if (v !== undefined && /^\s*0+(?:px)?\s*$/i.test(v)) add(dim, '0');
  }
  return out;
}

/** `<font size>`: 1–7, or relative to the default 3 (`+1`, `-2`). */
export function fontElementSize(size: string): number | undefined {
  const s = size.trim();
  const n = Number.parseInt(s, 10);
  if (Number.isNaN(n)) return undefined;
  const level = Math.min(7, Math.max(1, s.startsWith('+') || s.startsWith('-') ? 3 + n : n));
  return [10, 13, 16, 18, 24, 32, 48][level - 1];
}

/** The user-agent defaults that matter for visibility (Chromium's html.css, abridged). */
export function userAgentDeclarations(el: Element, bodyLinkColor: string | undefined): Declaration[] {
  const d = (property: string, value: string): Declaration => ({ property, value, important: false });
  switch (el.name) {
    case 'a':
      return el.attribs.href !== undefined
        ? [d('color', bodyLinkColor ?? '#0000ee'), d('text-decoration-line', 'underline')]
        : [];
    case 'small':
    case 'sub':
    case 'sup':
      return [d('font-size', 'smaller')];
    case 'big':
      return [d('font-size', 'larger')];
    case 'h1':
      return [d('font-size', '2em'), d('font-weight', 'bold')];
    case 'h2':
      return [d('font-size', '1.5em'), d('font-weight', 'bold')];
    case 'h3':
      return [d('font-size', '1.17em'), d('font-weight', 'bold')];
    case 'h5':
      return [d('font-size', '0.83em'), d('font-weight', 'bold')];
    case 'h6':
      return [d('font-size', '0.67em'), d('font-weight', 'bold')];
    case 'b':
    case 'strong':
    case 'th':
      return [d('font-weight', 'bold')];
    case 'u':
    case 'ins':
      return [d('text-decoration-line', 'underline')];
    case 'head':
    case 'style':
    case 'script':
    case 'title':
    case 'template':
      return [d('display', 'none')];
    default:
      return [];
  }
}
