// MJML input: compile with mjml, lint the HTML, and map every finding back to the .mjml file.
// Imported lazily by run.ts so HTML-only runs never pay mjml's import cost.
import mjml2html from 'mjml';
import * as mjmlCore from 'mjml-core';
import parseMjml from 'mjml-parser-xml';
import { Source, computeLineStarts, positionIn } from './source.ts';
import { EmailDocument } from './document.ts';
import type { Location, Range } from './types.ts';

interface MjmlNode {
  tagName: string;
  line: number;
  content?: string;
  attributes?: Record<string, string>;
  children?: MjmlNode[];
}

/** A stretch of compiled HTML copied verbatim from the MJML source (mj-text, mj-raw, mj-style content). */
interface Segment {
  compiled: number;
  source: number;
  length: number;
}

export async function compileMjml(text: string, filename: string): Promise<EmailDocument> {
  const components = (mjmlCore as unknown as { components: Record<string, unknown> }).components;
  let json: MjmlNode;
  try {
    json = parseMjml(text, { keepComments: true, components, ignoreIncludes: true }) as MjmlNode;
  } catch (error) {
    throw new Error(`broken MJML: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!json || json.tagName !== 'mjml') throw new Error('broken MJML: the root element is not <mjml>');
  // validationLevel 'skip': mjml's validator only reports (it never changes the HTML) and we do not use its
  // errors; it is ~10% of the compile. The other options are mjml's defaults, spelled out.
  const result = await mjml2html(json as never, { validationLevel: 'skip', keepComments: true, minify: false, beautify: false });
  const html = result.html;
  const mapper = new MjmlPositionMapper(text, html, json);
  const source = new Source(html, filename, (range) => mapper.locate(range));
  return EmailDocument.fromHtml(source, { rendered: false });
}

class MjmlPositionMapper {
  private readonly mjml: string;
  private readonly html: string;
  private readonly mjmlLines: number[];
  private readonly segments: Segment[] = [];
  private readonly bodyTag: Range | undefined;

  constructor(mjml: string, html: string, root: MjmlNode) {
    this.mjml = mjml;
    this.html = html;
    this.mjmlLines = computeLineStarts(mjml);
    this.collectSegments(root);
    const body = /<mj-body\b[^>]*>/.exec(mjml);
    this.bodyTag = body ? { start: body.index, end: body.index + body[0].length } : undefined;
  }

  locate(range: Range): Location {
    const start = this.mapOffset(range.start);
    const end = this.mapOffset(Math.max(range.start, range.end));
    if (start !== undefined) {
      const endOffset = end !== undefined && end >= start && this.sameSegment(range.start, range.end) ? end : this.endOfLine(start);
      return this.toLocation(start, endOffset);
    }
    const tag = this.elementFor(range.start) ?? this.bodyTag ?? { start: 0, end: 0 };
    return this.toLocation(tag.start, tag.end);
  }

  /** Offset in the .mjml of a compiled offset inside a verbatim segment. */
  private mapOffset(offset: number): number | undefined {
    for (const s of this.segments) {
      if (offset >= s.compiled && offset <= s.compiled + s.length) return s.source + (offset - s.compiled);
    }
    return undefined;
  }

  private sameSegment(a: number, b: number): boolean {
    return this.segments.some((s) => a >= s.compiled && b <= s.compiled + s.length);
  }

  /**
   * For generated markup (mj-button's <a>, mj-image's <img>): find the MJML element that carries the
   * same href/src, taking the same occurrence index as in the compiled HTML.
   */
  private elementFor(offset: number): Range | undefined {
    const tagEnd = this.html.indexOf('>', offset);
    const startTag = this.html.slice(offset, tagEnd < 0 ? offset + 500 : tagEnd + 1);
    const attr = /\s(href|src)\s*=\s*"([^"]*)"/i.exec(startTag);
    if (!attr) return undefined;
    const needle = `${attr[1]!.toLowerCase()}="${attr[2]}"`;
    const occurrence = countOccurrences(this.html.slice(0, offset), needle);
    let at = -1;
    for (let i = 0, from = 0; i <= occurrence; i++) {
      const next = this.mjml.indexOf(needle, from);
      if (next < 0) break;
      at = next;
      from = next + 1;
    }
    if (at < 0) return undefined;
    const open = this.mjml.lastIndexOf('<', at);
    const close = this.mjml.indexOf('>', at);
    return { start: Math.max(0, open), end: close < 0 ? at + needle.length : close + 1 };
  }

  private collectSegments(root: MjmlNode): void {
    let compiledCursor = 0;
    const stack: MjmlNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.content && node.content.trim().length > 0) {
        const lineStart = this.mjmlLines[Math.max(0, node.line - 1)] ?? 0;
        const inSource = this.mjml.indexOf(node.content, lineStart);
        let inHtml = this.html.indexOf(node.content, compiledCursor);
        if (inHtml < 0) inHtml = this.html.indexOf(node.content);
        if (inSource >= 0 && inHtml >= 0) {
          this.segments.push({ compiled: inHtml, source: inSource, length: node.content.length });
          if (!node.tagName.startsWith('mj-style') && !node.tagName.startsWith('mj-attributes')) compiledCursor = inHtml + node.content.length;
        }
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  private endOfLine(offset: number): number {
    const nl = this.mjml.indexOf('\n', offset);
    return nl < 0 ? this.mjml.length : nl;
  }

  private toLocation(start: number, end: number): Location {
    const s = positionIn(this.mjmlLines, start);
    const e = positionIn(this.mjmlLines, end);
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}
