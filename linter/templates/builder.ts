// The input builder of a template language: compose the entry with its partials (expand.ts), then lint the
// composed HTML with every position mapped back. Text written in the entry points at its line; text from a
// partial points at the include tag in the entry, and the message says where in the partial it is written
// (`origin`, SARIF `relatedLocations`). The host gives the loader (the CLI reads files; a browser has none).
import { EmailDocument, type MessageParts, type Notice } from '../document.ts';
import { Source, computeLineStarts, positionIn } from '../source.ts';
import type { InputBuilder } from '../builders/index.ts';
import type { Location, Range, ResolvedConfig } from '../types.ts';
import { expandTemplate, scanOnce, type Expansion, type Piece } from './expand.ts';
import type { TemplateLanguage, TemplateLoader } from './types.ts';

export interface TemplateHost {
  /** The loader for one entry (its config says where partials are and where the project ends). */
  loader(filename: string, config: ResolvedConfig): TemplateLoader;
  /** Whether the file is a partial by its place (a `partials/` folder, a `_name`): only the per-link rules run. */
  isPartial(filename: string, config: ResolvedConfig): boolean;
}

export function templateBuilder(language: TemplateLanguage, host: TemplateHost): InputBuilder {
  const claims = language.claims;
  return {
    name: language.name,
    extensions: language.extensions,
    ...(claims ? { sniff: { extensions: ['.html', '.htm'], claims: (text: string) => claims(text) } } : {}),
    async build({ text, filename, config }) {
      await language.prepare?.();
      const loader = host.loader(filename, config);
      const byContent = language.partialByContent?.(text, scanOnce(language, filename, text));
      const expansion = expandTemplate({
        entry: { path: filename, text },
        language,
        loader,
        maxLength: config.maxFileSize,
        ...(byContent ? { renderEntryDefines: true } : {}),
      });
      const mapper = new ExpansionMapper(expansion, filename, text, loader);
      // A style sheet the template system adds (Maizzle's Tailwind utilities): it points at the file's start.
      const prelude = language.prelude?.(expansion.text) ?? '';
      const source = new Source(prelude + expansion.text, filename, (range) =>
        range.start < prelude.length
          ? mapper.entryLocation({ start: 0, end: 0 })
          : mapper.locate({ start: range.start - prelude.length, end: range.end - prelude.length }),
      );
      const message: MessageParts = { rendered: false, dependencies: expansion.dependencies };
      if (expansion.problems.length > 0) {
        message.notices = includeNotices(expansion, mapper);
        message.unresolved = unresolvedNames(expansion);
      }
      if (host.isPartial(filename, config)) message.role = { kind: 'partial', reason: 'it is in a partials folder or its name starts with _' };
      else if (byContent) message.role = { kind: 'partial', reason: byContent };
      return EmailDocument.fromHtml(source, message, config.locales[0]);
    },
  };
}

/** Include problems as the builder's own messages: a dynamic name warns, anything else is an error. */
export function includeNotices(expansion: Expansion, mapper: ExpansionMapper): Notice[] {
  return expansion.problems.map((p) => ({
    ...mapper.entryLocation(p.site),
    message: p.message,
    severity: p.kind === 'dynamic' || p.kind === 'external' ? 1 : 2,
    ...(p.origin ? { origin: { filePath: p.origin.file, ...mapper.fileLocation(p.origin.file, p.origin.range) } } : {}),
  }));
}

/** What the email could not include (a cycle's repeat is not missing: its text is there once). */
export function unresolvedNames(expansion: Expansion): string[] {
  return expansion.problems.filter((p) => p.kind !== 'cycle').map((p) => p.name);
}

/** Maps offsets of the composed text to the entry file, or to the include tag plus the partial's position. */
export class ExpansionMapper {
  private readonly entryLines: number[];
  private readonly lineCache = new Map<string, number[]>();

  constructor(
    private readonly expansion: Expansion,
    private readonly entry: string,
    private readonly entryText: string,
    private readonly loader: TemplateLoader,
  ) {
    this.entryLines = computeLineStarts(entryText);
  }

  locate(range: Range): Location {
    const piece = this.pieceAt(range.start);
    if (!piece) return this.entryLocation({ start: this.entryText.length, end: this.entryText.length });
    const startInFile = piece.offset + (range.start - piece.start);
    const fileText = piece.file === this.entry ? this.entryText : (this.expansion.dependencies.get(piece.file) ?? '');
    if (piece.literal !== undefined && piece.sourceLength !== undefined) {
      // Text that stands for a tag (`{% trans "…" %}`): the whole tag, in the file that has it.
      const tag = { start: piece.offset, end: piece.offset + piece.sourceLength };
      if (piece.file === this.entry) return this.entryLocation(tag);
      return this.inPartial(piece, fileText, tag.start, tag.end);
    }
    const endPiece = range.end <= piece.start + piece.length ? piece : undefined;
    const endInFile = endPiece ? piece.offset + (range.end - piece.start) : endOfLine(fileText, startInFile);
    if (piece.file === this.entry) return this.entryLocation({ start: startInFile, end: endInFile });
    if (piece.literal !== undefined) return this.entryLocation(piece.site ?? { start: 0, end: 0 }); // markup around an include
    return this.inPartial(piece, fileText, startInFile, endInFile);
  }

  /** At the include tag in the entry, with where in the partial the text is written. */
  private inPartial(piece: Piece, fileText: string, startInFile: number, endInFile: number): Location {
    const origin = this.position(piece.file, fileText, startInFile, endInFile);
    const site = this.entryLocation(piece.site ?? { start: 0, end: 0 });
    return {
      ...site,
      note: `(in ${this.loader.display(piece.file)}:${origin.line}:${origin.column})`,
      origin: { filePath: piece.file, ...origin },
    };
  }

  entryLocation(range: Range): Location {
    const s = positionIn(this.entryLines, range.start);
    const e = positionIn(this.entryLines, Math.max(range.start, range.end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }

  /** A span of a partial, as lines and columns of that file. */
  fileLocation(file: string, range: Range) {
    return this.position(file, this.expansion.dependencies.get(file) ?? '', range.start, range.end);
  }

  private position(file: string, text: string, start: number, end: number) {
    let lines = this.lineCache.get(file);
    if (!lines) {
      lines = computeLineStarts(text);
      this.lineCache.set(file, lines);
    }
    const s = positionIn(lines, start);
    const e = positionIn(lines, Math.max(start, end));
    return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  }

  private pieceAt(offset: number): Piece | undefined {
    const pieces = this.expansion.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  }
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}
