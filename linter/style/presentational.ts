// What browsers and mail clients apply before any author CSS: legacy attributes and the UA stylesheet.
import type { Element } from 'domhandler';
import type { Declaration } from './declarations.ts';

/** `bgcolor`, `<font color size>`, `hidden`, zero `width`/`height`, `<body link text>`: presentational hints. */
export function presentationalHints(el: Element): readonly Declaration[] {
  const a = el.attribs;
  // Most elements have none of these: no allocation for them.
  if (
    a.bgcolor === undefined &&
    a.background === undefined &&
    a.hidden === undefined &&
    a.width === undefined &&
    a.height === undefined &&
    el.name !== 'font' &&
    el.name !== 'body'
  ) {
    return NO_DECLARATIONS;
  }
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
function fontElementSize(size: string): number | undefined {
  const s = size.trim();
  const n = Number.parseInt(s, 10);
  if (Number.isNaN(n)) return undefined;
  const level = Math.min(7, Math.max(1, s.startsWith('+') || s.startsWith('-') ? 3 + n : n));
  return [10, 13, 16, 18, 24, 32, 48][level - 1];
}

const NO_DECLARATIONS: readonly Declaration[] = Object.freeze([]);

const d = (property: string, value: string): Declaration => Object.freeze({ property, value, important: false });

/** By tag name; shared by every element (and document), so frozen. */
const USER_AGENT: Record<string, readonly Declaration[]> = Object.freeze({
  small: [d('font-size', 'smaller')],
  sub: [d('font-size', 'smaller')],
  sup: [d('font-size', 'smaller')],
  big: [d('font-size', 'larger')],
  h1: [d('font-size', '2em'), d('font-weight', 'bold')],
  h2: [d('font-size', '1.5em'), d('font-weight', 'bold')],
  h3: [d('font-size', '1.17em'), d('font-weight', 'bold')],
  h5: [d('font-size', '0.83em'), d('font-weight', 'bold')],
  h6: [d('font-size', '0.67em'), d('font-weight', 'bold')],
  b: [d('font-weight', 'bold')],
  strong: [d('font-weight', 'bold')],
  th: [d('font-weight', 'bold')],
  u: [d('text-decoration-line', 'underline')],
  ins: [d('text-decoration-line', 'underline')],
  head: [d('display', 'none')],
  style: [d('display', 'none')],
  script: [d('display', 'none')],
  title: [d('display', 'none')],
  template: [d('display', 'none')],
});
for (const list of Object.values(USER_AGENT)) Object.freeze(list);

const DEFAULT_LINK = Object.freeze([d('color', '#0000ee'), d('text-decoration-line', 'underline')]);

/** The user-agent defaults that matter for visibility (Chromium's html.css, abridged). */
export function userAgentDeclarations(el: Element, bodyLinkColor: string | undefined): readonly Declaration[] {
  if (el.name === 'a') {
    if (el.attribs.href === undefined) return NO_DECLARATIONS;
    return bodyLinkColor === undefined ? DEFAULT_LINK : [d('color', bodyLinkColor), d('text-decoration-line', 'underline')];
  }
  return Object.hasOwn(USER_AGENT, el.name) ? USER_AGENT[el.name]! : NO_DECLARATIONS;
}
