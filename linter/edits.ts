// Edits rules can suggest, as spans of the parsed text: the engine maps them into the user's file (run.ts).
import type { Element, Text } from 'domhandler';
import { isText, startTagRange } from './dom.ts';
import type { Range } from './types.ts';

export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * Sets one CSS property in an element's inline style: the whole start tag is rewritten, so the edit only
 * applies where the file holds that very tag (not in compiled MJML, where the tag is generated).
 */
export function setInlineStyle(source: string, el: Element, property: string, value: string): TextEdit | undefined {
  const range = startTagRange(el, source);
  const tag = source.slice(range.start, range.end);
  if (!tag.startsWith('<') || !tag.endsWith('>')) return undefined;
  const attr = /\sstyle\s*=\s*(["'])/i.exec(tag);
  if (attr) {
    const open = attr.index + attr[0].length;
    const close = tag.indexOf(attr[1]!, open);
    if (close < 0) return undefined;
    const declarations = withDeclaration(tag.slice(open, close), property, value);
    return { range, text: tag.slice(0, open) + declarations + tag.slice(close) };
  }
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return { range, text: `${tag.slice(0, end).trimEnd()} style="${property}:${value}"${tag.slice(end)}` };
}

/** A style attribute's declarations with `property` set to `value` (replaced in place, or appended). */
function withDeclaration(style: string, property: string, value: string): string {
  const parts = style.split(';');
  const at = parts.findIndex((p) => p.split(':')[0]!.trim().toLowerCase() === property);
  if (at >= 0) {
    const lead = /^\s*/.exec(parts[at]!)![0];
    parts[at] = `${lead}${property}:${value}`;
    return parts.join(';');
  }
  const trimmed = style.trimEnd();
  return trimmed === '' ? `${property}:${value}` : `${trimmed}${trimmed.endsWith(';') ? '' : ';'}${property}:${value}`;
}

/** The element's only text, when it has nothing else: the span of its words, without the spaces around them. */
export function soleTextSpan(el: Element): { node: Text; range: Range } | undefined {
  if (el.children.length !== 1) return undefined;
  const node = el.children[0]!;
  if (!isText(node) || node.startIndex == null || node.endIndex == null) return undefined;
  const lead = node.data.length - node.data.trimStart().length;
  const trail = node.data.length - node.data.trimEnd().length;
  const start = node.startIndex + lead;
  const end = node.endIndex + 1 - trail;
  return end > start ? { node, range: { start, end } } : undefined;
}
