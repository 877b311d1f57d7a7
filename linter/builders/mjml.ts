// MJML input: a builder around an MJML compiler that the host provides (the CLI and API compile with mjml,
// in this thread or a worker; the engine never imports mjml). The builder lints the compiled HTML and maps
// every finding back to the .mjml file.
import { Source, computeLineStarts, positionIn } from '../source.ts';
import { EmailDocument } from '../document.ts';
import type { Location, Range } from '../types.ts';
import type { InputBuilder } from './index.ts';
import { expandTemplate } from '../templates/expand.ts';
import { ExpansionMapper, includeNotices, unresolvedNames, type TemplateHost } from '../templates/builder.ts';
import { mjmlLanguage } from '../templates/mjml.ts';

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

export function mjmlBuilder(compile: MjmlCompiler, templates?: TemplateHost): InputBuilder {
  return {
    name: 'mjml',
    extensions: ['.mjml'],
    async build({ text, filename, config }) {
      // <mj-include> resolved first (when the host can read files), then a fragment wrapped into a document.
      const loader = templates?.loader(filename, config);
      const expansion = loader ? expandTemplate({ entry: { path: filename, text }, language: mjmlLanguage, loader, maxLength: config.maxFileSize }) : undefined;
      const composed = expansion?.text ?? text;
      // A fragment (a partial) has MJML elements but no <mjml> root; a file with neither is not MJML at all.
      const fragment = !/<mjml[\s>]/i.test(composed) && /<mj-[\w-]+/i.test(composed);
      const wrap = fragment ? fragmentWrapper(composed) : { before: '', after: '' };
      const source = wrap.before + composed + wrap.after;
      const compiled = await compile(source);
      const toComposed = (r: Range): Range => {
        const clamp = (n: number) => Math.min(Math.max(n - wrap.before.length, 0), composed.length);
        return { start: clamp(r.start), end: clamp(r.end) };
      };
      const expansionMapper = expansion && loader ? new ExpansionMapper(expansion, filename, text, loader) : undefined;
      const direct = computeLineStarts(text);
      const toLocation = (r: Range): Location => {
        const inComposed = toComposed(r);
        if (expansionMapper) return expansionMapper.locate(inComposed);
        const s = positionIn(direct, inComposed.start);
        const e = positionIn(direct, Math.max(inComposed.start, inComposed.end));
        return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
      };
      const doc = documentFromCompiled(source, filename, compiled, toLocation);
      if (expansion) {
        doc.message.dependencies = expansion.dependencies;
        if (expansion.problems.length > 0) {
          doc.message.notices = includeNotices(expansion, expansionMapper!);
          doc.message.unresolved = unresolvedNames(expansion);
        }
      }
      if (fragment) doc.message.role = { kind: 'partial', reason: 'it has no <mjml> root: a fragment other templates include' };
      else if (templates?.isPartial(filename, config)) doc.message.role = { kind: 'partial', reason: 'it is in a partials folder or its name starts with _' };
      return doc;
    },
  };
}

/** mj-head content (attributes, styles, fonts) goes in <mj-head>; anything else in <mj-body>. */
function fragmentWrapper(text: string): { before: string; after: string } {
  const first = /<(mj-[\w-]+)/i.exec(text)?.[1]?.toLowerCase();
  const head =
    first !== undefined && ['mj-head', 'mj-attributes', 'mj-style', 'mj-font', 'mj-breakpoint', 'mj-title', 'mj-preview', 'mj-html-attributes'].includes(first);
  if (first === 'mj-head') return { before: '<mjml>', after: '<mj-body></mj-body></mjml>' };
  if (first === 'mj-body') return { before: '<mjml>', after: '</mjml>' };
  return head ? { before: '<mjml><mj-head>', after: '</mj-head><mj-body></mj-body></mjml>' } : { before: '<mjml><mj-body>', after: '</mj-body></mjml>' };
}

/** The document of a compiled template: the HTML the rules read, positions mapped to the .mjml (or through `toLocation`). */
function documentFromCompiled(mjml: string, filename: string, compiled: CompiledMjml, toLocation?: (range: Range) => Location): EmailDocument {
  const mapper = new MjmlPositionMapper(mjml, compiled);
  const lines = computeLineStarts(mjml);
  const locate =
    toLocation ??
    ((r: Range): Location => {
      const s = positionIn(lines, r.start);
      const e = positionIn(lines, r.end);
      return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    });
  const source = new Source(compiled.html, filename, (range) => locate(mapper.span(range)));
  return EmailDocument.fromHtml(source, { rendered: false });
}

class MjmlPositionMapper {
  private readonly mjml: string;
  private readonly html: string;
  private readonly segments: Segment[];
  private readonly bodyTag: Range | undefined;

  constructor(mjml: string, compiled: CompiledMjml) {
    this.mjml = mjml;
    this.html = compiled.html;
    this.segments = compiled.segments;
    const body = /<mj-body\b[^>]*>/.exec(mjml);
    this.bodyTag = body ? { start: body.index, end: body.index + body[0].length } : undefined;
  }

  /** Where a range of the compiled HTML is in the MJML source: its verbatim copy, else the element that made it. */
  span(range: Range): Range {
    const start = this.mapOffset(range.start);
    const end = this.mapOffset(Math.max(range.start, range.end));
    if (start !== undefined) {
      const endOffset = end !== undefined && end >= start && this.sameSegment(range.start, range.end) ? end : this.endOfLine(start);
      return { start, end: endOffset };
    }
    return this.elementFor(range.start) ?? this.bodyTag ?? { start: 0, end: 0 };
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
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}
