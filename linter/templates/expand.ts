// Composes a template with its partials and layouts as the template systems do, keeping for every character of the
// result the file and offset it came from, so findings point at the line where the text is written. Includes are
// replaced by the partial, partial blocks wrap their body in the layout, `extends` fills a layout's blocks with the
// child's (a child's block replaces the layout's, `super()` keeps it). Expressions and both branches of
// conditionals stay in the text, as placeholders.
import { BuilderError } from '../builders/index.ts';
import type { Range } from '../types.ts';
import type { Directive, LoadedTemplate, TemplateLanguage, TemplateLoader } from './types.ts';
import { commentRanges, inRanges } from './comments.ts';

/** Includes nested deeper than this are refused (a cycle the names hide, or a runaway layout chain). */
const MAX_INCLUDE_DEPTH = 32;
/** Runs of text the composed template may have: a one-character partial included a million times is refused early. */
const MAX_PIECES = 100_000;

/** A run of the composed text, copied from `file` at `offset` (or markup the language adds: `literal`). */
export interface Piece {
  literal?: string;
  /** Offset in the composed text. */
  start: number;
  length: number;
  file: string;
  offset: number;
  /** For text from another file: the include tag in the entry that brought it in (outermost). */
  site?: Range;
  /** A literal that stands for a tag of `file` (`{% trans "…" %}`): the tag's length there, from `offset`. */
  sourceLength?: number;
}

export interface IncludeProblem {
  message: string;
  /** The tag's span in the entry (the outermost include when the problem is in a partial). */
  site: Range;
  /** When the tag is written in a partial: that file and the tag's span in it. */
  origin?: { file: string; range: Range };
  /**
   * `dynamic`: the name is computed when the email is sent (not a mistake, only something the linter cannot follow);
   * `missing`: not found or outside the project; `cycle`: included again inside itself (left out once);
   * `unparsable`: found but its template could not be read; `external`: a name the sender fills in (Go's
   * `{{ template "content" . }}` defined nowhere in the project).
   */
  kind: 'dynamic' | 'missing' | 'cycle' | 'unparsable' | 'external';
  /** How the template names it (the tag, for a dynamic name). */
  name: string;
}

export interface Expansion {
  text: string;
  pieces: Piece[];
  /** Every partial and layout used, by path, with its text (the cache keys on them). */
  dependencies: Map<string, string>;
  problems: IncludeProblem[];
}

/**
 * Directives of the files scanned lately, by language and path, kept while the text is the same: a footer that
 * 200 emails include is scanned once per run, not 200 times.
 */
const scans = new Map<string, { text: string; directives: Directive[] }>();
const MAX_SCANS = 500;

export function scanOnce(language: TemplateLanguage, path: string, text: string): Directive[] {
  const key = `${language.name}\0${path}`;
  const hit = scans.get(key);
  if (hit && hit.text === text) return hit.directives;
  const directives = withStyleSheetLinks(language.scan(text), text);
  if (scans.size >= MAX_SCANS) scans.delete(scans.keys().next().value!);
  scans.set(key, { text, directives });
  return directives;
}

/** A `<link>` tag; its attributes are read up to 2,000 characters (a tag left open costs a bounded scan). */
const LINK = /<link\b((?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,2000})>/gi;

/**
 * `<link rel="stylesheet" href="css/email.css">` with a path in the project: the build inlines that sheet (juice,
 * premailer, Maizzle), so it is read as a `<style>` in place of the tag. Remote sheets and computed hrefs are left.
 */
function withStyleSheetLinks(directives: Directive[], text: string): Directive[] {
  if (!/<link\b/i.test(text)) return directives;
  const links: Directive[] = [];
  const comments = commentRanges(text);
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
    const attrs = m[1];
    if (attrs === undefined || inRanges(comments, m.index) || !/\brel\s*=\s*["']?stylesheet\b/i.test(attrs)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const value = href?.[1] ?? href?.[2] ?? href?.[3] ?? '';
    const cut = value.search(/[?#]/);
    const name = cut < 0 ? value : value.slice(0, cut);
    if (!name || /^(?:[a-z][\w+.-]*:|\/\/)|[{}%<>]/i.test(name)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (directives.some((d) => d.start < end && start < d.end && !(d.start <= start && end <= d.end && d.kind !== 'include'))) continue;
    links.push({ kind: 'include', start, end, name, tag: m[0], verbatim: true, wrap: { before: '<style>', after: '</style>' } });
  }
  return links.length === 0 ? directives : [...directives, ...links].sort((a, b) => a.start - b.start || b.end - a.end);
}

export class ExpansionError extends BuilderError {
  override name = 'ExpansionError';
}

interface FileInfo {
  path: string;
  text: string;
  directives: Directive[];
}

/** The blocks a descendant defined, by name: where each body is, to expand in its own file. */
type Overrides = Map<string, { file: FileInfo; body: Range; parent?: Overrides; inlines: Frame['inlines'] }>;

interface Frame {
  file: FileInfo;
  /** Files being expanded, outermost first (cycle detection and messages). */
  chain: string[];
  /** The entry's include tag this file's text hangs from (undefined while expanding the entry's own text). */
  site: Range | undefined;
  overrides: Overrides;
  /** What `{{> @partial-block}}` / `content_for_layout` stands for here. */
  slot: { file: FileInfo; body: Range; frame: Frame } | undefined;
  /** Inside an overriding block: the block body `super()` stands for. */
  superBody: { file: FileInfo; body: Range; frame: Frame } | undefined;
  /** Inline partials in scope (Handlebars `{{#*inline}}`): defined by this template or the ones that called it. */
  inlines: ReadonlyMap<string, { body: Range; frame: Frame }>;
}

export interface ExpandOptions {
  entry: LoadedTemplate;
  language: TemplateLanguage;
  loader: TemplateLoader;
  /** The composed text may not grow past this (a partial included twice per level, 24 levels deep, is 16 M copies). */
  maxLength: number;
  /**
   * The entry's own `define`s render where they are written: a Go file made only of `{{ define }}` blocks is linted
   * as the text of its templates (a partial), not as an empty file.
   */
  renderEntryDefines?: boolean;
}

export function expandTemplate(options: ExpandOptions): Expansion {
  return new Expander(options).run();
}

class Expander {
  private readonly pieces: Piece[] = [];
  private length = 0;
  private readonly dependencies = new Map<string, string>();
  private readonly problems: IncludeProblem[] = [];
  /** Each file is read and scanned once per expansion (the loader caches reads across files). */
  private readonly scanned = new Map<string, FileInfo>();
  /** Inline partials and Go templates being expanded: one that calls itself is a cycle, left out. */
  private readonly activeInlines = new Set<string>();

  constructor(private readonly options: ExpandOptions) {}

  run(): Expansion {
    const entry = this.info(this.options.entry);
    this.expandFile({ file: entry, chain: [entry.path], site: undefined, overrides: new Map(), slot: undefined, superBody: undefined, inlines: new Map() });
    const text = this.pieces.map((p) => p.literal ?? this.scanned.get(p.file)!.text.slice(p.offset, p.offset + p.length)).join('');
    // The same tag can be resolved twice (a partial block's scope and its body): say each problem once.
    const seen = new Set<string>();
    const problems = this.problems.filter((p) => {
      const key = `${p.site.start}:${p.message}`;
      return !seen.has(key) && (seen.add(key), true);
    });
    return { text, pieces: this.pieces, dependencies: this.dependencies, problems };
  }

  private info(loaded: LoadedTemplate, verbatim = false): FileInfo {
    let info = this.scanned.get(loaded.path);
    if (!info) {
      info = { path: loaded.path, text: loaded.text, directives: verbatim ? [] : scanOnce(this.options.language, loaded.path, loaded.text) };
      this.scanned.set(loaded.path, info);
    }
    return info;
  }

  private expandFile(frame: Frame): void {
    const layout = frame.file.directives.find((d) => d.kind === 'extends');
    if (layout && layout.kind === 'extends') {
      // The child's text outside its blocks is not rendered (Jinja, Nunjucks, Twig, liquidjs): only its blocks count.
      const overrides: Overrides = new Map(frame.overrides);
      const whole = { start: 0, end: frame.file.text.length };
      // The child's macros and imports are in scope inside its blocks, wherever the layout puts them.
      const { inlines } = this.scope(frame, whole);
      for (const d of topLevel(frame.file.directives, whole)) {
        if (d.kind === 'block' && !frame.overrides.has(d.name)) overrides.set(d.name, { file: frame.file, body: d.body, parent: frame.overrides, inlines });
      }
      const parent = this.resolve(layout.name, layout.tag, layout, frame);
      const slot = layout.body ? { file: frame.file, body: layout.body, frame } : frame.slot;
      if (parent) this.expandFile({ ...frame, file: parent, chain: [...frame.chain, parent.path], site: this.siteOf(layout, frame), overrides, slot });
      else if (layout.body) this.expandRange(frame, layout.body); // the body is still this template's text
      return;
    }
    this.expandRange(frame, { start: 0, end: frame.file.text.length });
  }

  /** Copies `range` of the frame's file, expanding the directives that start inside it. */
  private expandRange(outer: Frame, range: Range): void {
    let at = range.start;
    const directives = topLevel(outer.file.directives, range);
    const frame = this.scope(outer, range);
    for (const d of directives) {
      this.copy(frame, at, d.start);
      at = d.end;
      switch (d.kind) {
        case 'include': {
          if (d.optional && d.name === undefined) break;
          const inline = d.name !== undefined ? frame.inlines.get(d.name) : undefined;
          if (inline) {
            this.expandInline(frame, d, inline);
            break;
          }
          if (d.inlineOnly) {
            if (d.fallback)
              this.expandRange(frame, d.fallback); // Go's block: its own body
            else this.copy(frame, d.start, d.end); // a call of something that is not a macro (a function): it stays text
            break;
          }
          if (d.lookup === 'set' && d.name !== undefined && this.expandDefinition(frame, d, d.name)) break;
          if (d.soft && d.name !== undefined && !/\.\w+$/.test(d.name)) {
            if (d.soft !== 'silent') this.external(frame, d, d.name);
            break;
          }
          const partial = this.resolve(d.name, d.tag, d, frame, d.optional, d.verbatim);
          if (!partial) break;
          const inner = this.enter(frame, partial, d, undefined);
          if (d.wrap) this.literal(inner, d.wrap.before);
          if (!d.verbatim && this.options.language.includedRange) this.expandRange(inner, this.options.language.includedRange(partial.text));
          else this.expandFile(inner);
          if (d.wrap) this.literal(inner, d.wrap.after);
          break;
        }
        case 'partial-block': {
          const layout = this.resolve(d.name, d.tag, d, frame);
          // `{{#> layout}}{{#*inline "content"}}…{{/inline}}{{/layout}}`: the block's inline partials are the layout's to include.
          const scope = this.scope(frame, d.body);
          if (layout) this.expandFile(this.enter(scope, layout, d, { file: frame.file, body: d.body, frame: scope }));
          else this.expandRange(frame, d.body); // the body is still this template's text
          break;
        }
        case 'slot':
          if (frame.slot) this.expandRange(frame.slot.frame, frame.slot.body);
          break;
        case 'block': {
          const override = frame.overrides.get(d.name);
          if (override && override.file !== frame.file) {
            const own = { file: frame.file, body: d.body, frame };
            this.expandRange(
              { ...frame, file: override.file, overrides: override.parent ?? new Map(), superBody: own, inlines: override.inlines },
              override.body,
            );
          } else this.expandRange(frame, d.body);
          break;
        }
        case 'super':
          if (frame.superBody) this.expandRange(frame.superBody.frame, frame.superBody.body);
          break;
        case 'text':
          this.text(frame, d.value, d);
          break;
        case 'define':
          if (this.options.renderEntryDefines && this.isEntry(frame.file)) this.expandRange(frame, d.body);
          break;
        case 'extends':
        case 'import':
          break; // extends: only the first counts (expandFile); define, import: render nothing here (see scope)
      }
    }
    this.copy(frame, at, range.end);
  }

  /**
   * The frame with the inline partials (Handlebars `{{#*inline}}`, Nunjucks macros) that `range` defines or
   * imports in scope: for all of the range, and for the partials it calls.
   */
  private scope(frame: Frame, range: Range): Frame {
    const found: [string, { body: Range; frame: Frame }][] = [];
    for (const d of topLevel(frame.file.directives, range)) {
      if (d.kind === 'define') found.push([d.name, { body: d.body, frame }]);
      else if (d.kind === 'import') {
        const file = this.resolve(d.name, d.tag, d, frame);
        if (!file) continue;
        const inner = this.enter(frame, file, d, undefined);
        const macros = new Map(
          topLevel(file.directives, { start: 0, end: file.text.length }).flatMap((m) => (m.kind === 'define' ? [[m.name, m.body] as const] : [])),
        );
        if (d.namespace !== undefined) for (const [name, body] of macros) found.push([`${d.namespace}.${name}`, { body, frame: inner }]);
        for (const [macro, local] of d.bindings) {
          const body = macros.get(macro);
          if (body) found.push([local, { body, frame: inner }]);
        }
      }
    }
    return found.length === 0 ? frame : { ...frame, inlines: new Map([...frame.inlines, ...found]) };
  }

  /** An inline partial or macro in scope; one already being expanded (it calls itself) is left out once. */
  private expandInline(frame: Frame, d: Directive & { kind: 'include' }, inline: { body: Range; frame: Frame }): void {
    const key = `${inline.frame.file.path}\0${inline.body.start}`;
    if (this.activeInlines.has(key)) {
      this.problems.push({
        message: `Template "${d.name}" is called inside itself${this.where(frame)}; the repeated call is left out.`,
        site: this.siteOf(d, frame),
        name: d.name ?? d.tag,
        kind: 'cycle',
        ...this.originOf(d, frame),
      });
      return;
    }
    this.activeInlines.add(key);
    try {
      this.expandRange({ ...inline.frame, inlines: new Map([...inline.frame.inlines, ...frame.inlines]) }, inline.body);
    } finally {
      this.activeInlines.delete(key);
    }
  }

  /**
   * Go's `{{ template "name" . }}` when no template of that name is in scope: the `{{ define "name" }}` of another
   * file of the set (the loader finds it), expanded with that file's other templates in scope.
   */
  private expandDefinition(frame: Frame, d: Directive & { kind: 'include' }, name: string): boolean {
    const found = this.options.loader.findDefinition?.(name, frame.file.path, this.options.language);
    if (!found || frame.chain.includes(found.path)) return false;
    if (frame.chain.length > MAX_INCLUDE_DEPTH) return false;
    let file: FileInfo;
    try {
      file = this.info(found);
    } catch {
      return false;
    }
    const whole = { start: 0, end: file.text.length };
    const definition = topLevel(file.directives, whole).find((x) => x.kind === 'define' && x.name === name);
    if (!definition || definition.kind !== 'define') return false;
    this.dependencies.set(found.path, found.text);
    const inner = this.scope(this.enter(frame, file, d, undefined), whole);
    this.expandInline(frame, d, { body: definition.body, frame: inner });
    return true;
  }

  /** A name the sender fills in: its text is not checked (a warning), and whole-email findings say so. */
  private external(frame: Frame, d: Directive & { kind: 'include' }, name: string): void {
    const where = this.isEntry(frame.file) ? 'this template' : this.options.loader.display(frame.file.path);
    this.problems.push({
      message: `No template named "${name}" is defined in ${where} or the templates next to it: it is filled in when the email is sent, so what it renders is not checked.`,
      site: this.siteOf(d, frame),
      name,
      kind: 'external',
      ...this.originOf(d, frame),
    });
  }

  private where(frame: Frame): string {
    return this.isEntry(frame.file) ? '' : ` (in ${this.options.loader.display(frame.file.path)})`;
  }

  private originOf(d: Directive, frame: Frame): { origin?: { file: string; range: Range } } {
    return this.isEntry(frame.file) ? {} : { origin: { file: frame.file.path, range: { start: d.start, end: d.end } } };
  }

  private enter(frame: Frame, file: FileInfo, d: Directive, slot: Frame['slot']): Frame {
    return { file, chain: [...frame.chain, file.path], site: this.siteOf(d, frame), overrides: new Map(), slot, superBody: undefined, inlines: frame.inlines };
  }

  private isEntry(file: FileInfo): boolean {
    return file.path === this.options.entry.path;
  }

  /** The entry's tag that a directive's text hangs from: the directive itself (its opening tag) when the entry wrote it. */
  private siteOf(d: Directive, frame: Frame): Range {
    if (!this.isEntry(frame.file) && frame.site) return frame.site;
    return { start: d.start, end: d.kind === 'partial-block' ? d.body.start : d.end };
  }

  /** The partial a directive names, or undefined after recording why it cannot be used. */
  private resolve(name: string | undefined, tag: string, d: Directive, frame: Frame, optional = false, verbatim = false): FileInfo | undefined {
    const site = this.siteOf(d, frame);
    const origin = this.originOf(d, frame);
    const where = this.where(frame);
    if (name === undefined) {
      this.problems.push({
        message: `Cannot resolve the dynamic partial in ${tag}${where}: its name is computed when the email is sent, so what it includes is not checked.`,
        site,
        name: tag,
        kind: 'dynamic',
        ...origin,
      });
      return undefined;
    }
    if (frame.chain.length > MAX_INCLUDE_DEPTH) {
      throw new ExpansionError(
        `Includes nest deeper than ${MAX_INCLUDE_DEPTH} levels (${frame.chain.map((p) => this.options.loader.display(p)).join(' → ')} → …).`,
      );
    }
    const found = this.options.loader.load(name, frame.file.path, this.options.language);
    if ('problem' in found) {
      if (optional) return undefined;
      this.problems.push({ message: `${found.problem}${where}`, site, name, kind: 'missing', ...origin });
      return undefined;
    }
    if (frame.chain.includes(found.path)) {
      const cycle = [...frame.chain.slice(frame.chain.indexOf(found.path)), found.path].map((p) => this.options.loader.display(p)).join(' → ');
      this.problems.push({ message: `Include cycle: ${cycle}; the repeated include is left out.`, site, name, kind: 'cycle', ...origin });
      return undefined;
    }
    this.dependencies.set(found.path, found.text);
    try {
      return this.info(found, verbatim);
    } catch (error) {
      this.problems.push({
        message: `Could not parse ${this.options.loader.display(found.path)}: ${error instanceof Error ? error.message : String(error)}`,
        site,
        name,
        kind: 'unparsable',
        ...origin,
      });
      return undefined;
    }
  }

  /** Markup the language adds around a partial; it maps to the include tag. */
  private literal(frame: Frame, text: string): void {
    if (text === '') return;
    this.grow(text.length);
    this.pieces.push({
      start: this.length - text.length,
      length: text.length,
      file: '',
      offset: 0,
      literal: text,
      ...(frame.site ? { site: frame.site } : {}),
    });
  }

  /** Text the template system writes in place of a tag (`{% trans "Unsubscribe" %}`); it maps to that tag. */
  private text(frame: Frame, value: string, d: Directive): void {
    if (value === '') return;
    this.grow(value.length);
    const site = this.isEntry(frame.file) ? undefined : frame.site;
    this.pieces.push({
      start: this.length - value.length,
      length: value.length,
      file: frame.file.path,
      offset: d.start,
      literal: value,
      sourceLength: d.end - d.start,
      ...(site ? { site } : {}),
    });
  }

  private grow(by: number): void {
    this.length += by;
    if (this.length > this.options.maxLength) {
      throw new ExpansionError(
        `The composed template grows past ${this.options.maxLength} characters (a partial included too often?); set maxFileSize in the config to raise the limit.`,
      );
    }
    if (this.pieces.length >= MAX_PIECES) throw new ExpansionError(`The composed template has more than ${MAX_PIECES} pieces (a partial included too often?).`);
  }

  private copy(frame: Frame, from: number, to: number): void {
    if (to <= from) return;
    this.grow(to - from);
    const site = this.isEntry(frame.file) ? undefined : frame.site;
    const last = this.pieces.at(-1);
    // Adjacent runs of the same file merge (most templates are one run with a few includes).
    if (last && last.literal === undefined && last.file === frame.file.path && last.offset + last.length === from && last.site === site) {
      last.length += to - from;
      return;
    }
    this.pieces.push({ start: this.length - (to - from), length: to - from, file: frame.file.path, offset: from, ...(site ? { site } : {}) });
  }
}

/** The directives inside `range` that are not inside another directive (a block's includes belong to the block). */
function topLevel(directives: readonly Directive[], range: Range): Directive[] {
  const out: Directive[] = [];
  let reach = range.start;
  for (const d of directives) {
    if (d.start < reach || d.start < range.start || d.end > range.end) continue;
    out.push(d);
    reach = d.end;
  }
  return out;
}
