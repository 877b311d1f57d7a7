// Human wording for style causes: "`.legal { display:none }` (line 9)", "inline `font-size:0` on <td> (line 12)".
import type { Element } from 'domhandler';
import type { HidingCause } from './visibility.ts';
import { toHex, type Rgba } from './color.ts';
import { OUTLOOK_COM_DARK } from './conditions.ts';

/** Where things are in the user's files (an EmailDocument is one): "line 9", or "partials/footer.hbs line 3". */
export interface LineLocator {
  placeOf(el: Element): string;
  placeAt(offset: number): string;
}

export function describeCause(doc: LineLocator, cause: HidingCause): string {
  const decl = `${cause.property}:${compact(cause.value)}`;
  switch (cause.origin) {
    case 'sheet': {
      const place = cause.rule ? doc.placeAt(cause.rule.offset) : doc.placeOf(cause.element);
      const selector = cause.rule?.selector ?? cause.element.name;
      const inMedia = cause.rule?.media;
      const media = inMedia && inMedia !== OUTLOOK_COM_DARK ? ` under @media ${inMedia}` : '';
      return `\`${selector} { ${decl} }\` (${place})${media}`;
    }
    case 'inline':
      return `inline \`${decl}\` on <${cause.element.name}> (${doc.placeOf(cause.element)})`;
    case 'attribute': {
      const attr = cause.property === 'display' ? '`hidden` attribute' : `\`${cause.property}="${compact(cause.value)}"\` attribute`;
      return `the ${attr} on <${cause.element.name}> (${doc.placeOf(cause.element)})`;
    }
    case 'ua':
      return `<${cause.element.name}> (${doc.placeOf(cause.element)}), which is never rendered`;
  }
}

function compact(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A colour as a reader would say it: `#rrggbb`, `transparent`, or `#rrggbb at 50% opacity`. */
export function describeColor(c: Rgba): string {
  if (c.a <= 0) return 'transparent';
  return c.a < 1 ? `${toHex(c)} at ${Math.round(c.a * 100)}% opacity` : toHex(c);
}
