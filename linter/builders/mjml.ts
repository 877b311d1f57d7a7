// MJML input: a builder around an MJML compiler that the host provides (the CLI and API compile with mjml,
// in this thread or a worker; the engine never imports mjml). The builder lints the compiled HTML and maps
// every finding back to the .mjml file.
import { Source, computeLineStarts, positionIn } from '../source.ts';
import { EmailDocument } from '../document.ts';
import type { Location, Range } from '../types.ts';
import type { InputBuilder } from './index.ts';

/** A stretch of compiled HTML copied verbatim from the MJML source (mj-text, mj-raw, mj-style content). */
export interface Segment {
  compiled: number;
  source: number;
  length: number;
}

/** What linting a compiled template needs besides its source: structured-cloneable (it crosses threads). */
export interface CompiledMjml {
  html: string;
  segments: Segment[];
}

/** Compiles MJML text to HTML plus its verbatim segments; throws with a readable message on broken MJML. */
export type MjmlCompiler = (text: string) => Promise<CompiledMjml>;

export function mjmlBuilder(compile: MjmlCompiler): InputBuilder {
  return {
    name: 'mjml',
    extensions: ['.mjml'],
    async build({ text, filename }) {
      return documentFromCompiled(text, filename, await compile(text));
    },
  };
}

/** The document of a compiled template: the HTML the rules read, positions mapped to the .mjml. */
function documentFromCompiled(mjml: string, filename: string, compiled: CompiledMjml): EmailDocument {
  const mapper = new MjmlPositionMapper(mjml, compiled);
  const source = new Source(compiled.html, filename, (range) => mapper.locate(range));
  return EmailDocument.fromHtml(source, { rendered: false });
}

class MjmlPositionMapper {
  private readonly mjml: string;
  private readonly html: string;
  private readonly mjmlLines: number[];
  private readonly segments: Segment[];
  private readonly bodyTag: Range | undefined;

  constructor(mjml: string, compiled: CompiledMjml) {
    this.mjml = mjml;
    this.html = compiled.html;
    this.segments = compiled.segments;
    this.mjmlLines = computeLineStarts(mjml);
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
