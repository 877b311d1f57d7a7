// The document rules see: parsed HTML with positions, plus lazily computed styles, visibility and opt-out links.
import type { AnyNode, Element } from 'domhandler';
import { isText, parseHtml, startTagRange, type ParsedHtml } from './dom.ts';
import type { Source } from './source.ts';
import type { Location, Origin, Placeholders } from './types.ts';
import { containsPlaceholder } from './links/placeholders.ts';
import { locateFieldName, locateInField, type HeaderField } from './headers/fields.ts';
import { listUnsubscribeFields, parseListUnsubscribe } from './headers/list-unsubscribe.ts';
import type { ProbeReport } from './probe.ts';
import { StyleResolver } from './style/resolver.ts';
import { VisibilityJudge, type LinkVisibility } from './style/visibility.ts';
import { clientConditions, type ClientCondition } from './style/conditions.ts';
import { findOptOutLinks, isLinkCandidate } from './links/find.ts';
import { walkDocument, type DocumentWalk } from './walk.ts';
import { decideLanguage, declaredLanguage, stopwordScores, type StopwordScores } from './links/language.ts';
import type { OptOutLink } from './links/types.ts';
import { findPlainTextOptOut, type PlainTextOptOut } from './links/plain-text.ts';
import { plainTextChunks, textChunks, type Chunk } from './text/chunks.ts';
import { findPostalAddress, findSenderName, type AddressHit, type SenderHit } from './text/footer.ts';

/** A builder's own message: where (column and end default to the whole line start), and how bad (default: warning). */
export interface Notice {
  message: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
  /** The text is in another file (a template's partial). */
  origin?: Origin;
}

/** A fact found in the body or, when the body has none, in the text/plain part. */
export interface FoundIn<T> {
  hit: T;
  part: 'body' | 'plainText';
}

/** Parts of an email beyond its HTML body, filled in by the .eml reader or `--headers`. */
export interface MessageParts {
  /** Raw header block, as a list of fields in order (values unfolded, not decoded). */
  headers?: HeaderField[];
  /** 'message': the .eml's own headers (positions are lines of the file); 'config': `--headers` / config `headers`. */
  headersOrigin?: 'message' | 'config';
  /** The text/plain alternative, if any; its `locate` maps offsets to the user's file. */
  plainText?: Source;
  /** Where the linted body came from: the text/html part, the text/plain part (no HTML part), or nothing. */
  bodyFrom?: 'html' | 'text' | 'none';
  /** True for a rendered message (.eml), false for a template. */
  rendered: boolean;
  /** Problems of the builder itself (a limit that stopped it part-way, an include it could not resolve): rule-less messages. */
  notices?: Notice[];
  /** A partial (a template's footer, a MJML fragment): the per-link rules run, never the whole-email ones. */
  role?: { kind: 'partial'; reason: string };
  /**
   * Includes that could not be resolved (by name): the email is judged on what could be read, and the
   * whole-email findings say that the missing part may hold what they look for.
   */
  unresolved?: string[];
  /** Partials and layouts a template used, by path, with their text (the CLI's cache keys on them). */
  dependencies?: ReadonlyMap<string, string>;
  /** Results of `--probe`, filled by the CLI before the rules run; undefined when no probe was asked for. */
  probe?: ProbeReport;
}

export class EmailDocument {
  readonly source: Source;
  readonly parsed: ParsedHtml;
  readonly message: MessageParts;
  /** Language given by the caller (config `locales`, MIME Content-Language); detection fills the rest. */
  private readonly declaredLang: string | undefined;
  private styleResolver: StyleResolver | undefined;
  private judge: VisibilityJudge | undefined;
  private links: OptOutLink[] | undefined;
  private language: string | undefined;
  private stopwords: StopwordScores | undefined;
  private chunks: Chunk[] | undefined;
  private plainChunks: Chunk[] | undefined;
  /** Per part: the address scan is shared by postal-address and sender-identity. */
  private readonly addresses = new Map<FoundIn<unknown>['part'], AddressHit | undefined>();
  private sender: { found: FoundIn<SenderHit> | undefined } | undefined;
  private plainOptOut: { found: PlainTextOptOut | undefined } | undefined;
  private readonly visibilityCache = new Map<AnyNode, LinkVisibility>();
  private conditions: ClientCondition[] | undefined;
  /** Per non-default condition: its judge and what it found. */
  private readonly underCondition = new Map<string, { judge: VisibilityJudge; cache: Map<AnyNode, LinkVisibility> }>();
  private walked: DocumentWalk | undefined;
  /** The config's in-house placeholders (set by lintText before the rules run). */
  placeholders: Placeholders = {};

  private constructor(source: Source, parsed: ParsedHtml, message: MessageParts, declaredLang?: string) {
    this.source = source;
    this.parsed = parsed;
    this.message = message;
    this.declaredLang = declaredLang;
  }

  static fromHtml(source: Source, message: MessageParts = { rendered: false }, declaredLang?: string): EmailDocument {
    return new EmailDocument(source, parseHtml(source.text), message, declaredLang);
  }

  get root() {
    return this.parsed.root;
  }

  get text(): string {
    return this.source.text;
  }

  /** The one walk of the tree: elements, link candidates and the text around them, the language sample. */
  get walk(): DocumentWalk {
    this.walked ??= walkDocument(this.parsed.root, isLinkCandidate);
    return this.walked;
  }

  /** Every element in document order (from the walk). */
  get elements(): readonly Element[] {
    return this.walk.elements;
  }

  /** Two-letter language of the email: `<html lang>`, else the text, else the declared default. */
  get lang(): string {
    this.language ??= declaredLanguage(this.walk) || this.textLanguage(this.declaredLang ?? 'en');
    return this.language;
  }

  /**
   * The visible text's language by its stopwords, or `fallback` when that is unsure. The text is read once; the
   * fallback only decides close calls (the document's default language, a rule's "unsure").
   */
  textLanguage(fallback: string): string {
    this.stopwords ??= stopwordScores(this.walk.visibleText);
    return decideLanguage(this.stopwords, fallback);
  }

  get styles(): StyleResolver {
    // The walk first: it hands elements() its list, which the resolver reads.
    this.styleResolver ??= (this.walk, new StyleResolver(this.parsed.root));
    return this.styleResolver;
  }

  /** Links (and bare URLs / link placeholders) that offer an opt-out, in document order. */
  optOutLinks(): OptOutLink[] {
    this.links ??= findOptOutLinks({
      items: this.walk.linkItems,
      text: this.source.text,
      lang: this.lang,
      unsubscribeTokens: this.placeholders.unsubscribe ?? [],
    });
    if (this.links.length === 0 && this.message.bodyFrom === 'text') this.links = this.textBodyOptOut();
    return this.links;
  }

  /**
   * A text-only message is linted as its text in a <pre>: its opt-out is a URL that its line names
   * ("Unsubscribe: https://…", "To stop receiving these emails, visit https://…"), as in a text/plain part.
   * Mail clients link bare URLs, so that URL is the opt-out link.
   */
  private textBodyOptOut(): OptOutLink[] {
    const pre = this.elements.find((e) => e.name === 'pre');
    const node = pre?.children[0];
    if (!node || !isText(node) || node.startIndex == null || node.endIndex == null) return [];
    const raw = this.source.text.slice(node.startIndex, node.endIndex + 1);
    const found = findPlainTextOptOut(raw, this.listUnsubscribeUris(), this.lang);
    if (!found) return [];
    const start = node.startIndex + found.index;
    return [
      {
        node,
        range: { start, end: start + found.url.length },
        kind: 'unsubscribe',
        signals: ['context'],
        text: found.url,
        label: '',
        href: found.url,
        textStatesPurpose: true,
      },
    ];
  }

  /**
   * The opt-out line of the text/plain alternative of an HTML message ("Unsubscribe: https://…"), if it has one:
   * HTML mail clients never show that part.
   */
  plainTextOptOut(): PlainTextOptOut | undefined {
    const plain = this.message.plainText;
    if (!plain || this.message.bodyFrom !== 'html') return undefined;
    this.plainOptOut ??= { found: findPlainTextOptOut(plain.text, this.listUnsubscribeUris(), this.lang) };
    return this.plainOptOut.found;
  }

  /** The URIs of the message's List-Unsubscribe header: the same URL written in the text is its opt-out line. */
  private listUnsubscribeUris(): string[] {
    return listUnsubscribeFields(this.message.headers).flatMap((f) => parseListUnsubscribe(f.value).uris.map((u) => u.uri));
  }

  /** The visible text of the body in chunks at block boundaries, offsets mapped to the parsed text. */
  textChunks(): readonly Chunk[] {
    this.chunks ??= textChunks(this.parsed.root, this.source.text);
    return this.chunks;
  }

  /** The text/plain part in chunks (offsets in `message.plainText`), or none. */
  plainTextChunks(): readonly Chunk[] {
    this.plainChunks ??= this.message.plainText ? plainTextChunks(this.message.plainText.text) : [];
    return this.plainChunks;
  }

  /** The first postal address (or address tag) of the body, else of the text/plain part. */
  postalAddress(): FoundIn<AddressHit> | undefined {
    return this.firstFound((part) => this.addressIn(part)) ?? this.inHouseTag(this.placeholders.address);
  }

  /** The sender's name (legal form, © line, ESP tag, or the name before the address), body first. */
  senderName(): FoundIn<SenderHit> | undefined {
    this.sender ??= {
      found: this.firstFound((part) => findSenderName(this.chunksOf(part), this.addressIn(part))) ?? this.inHouseTag(this.placeholders.sender),
    };
    return this.sender.found;
  }

  /** A config placeholder (`placeholders.address` / `.sender`) written in the body or the text part. */
  private inHouseTag(tokens: readonly string[] | undefined): FoundIn<{ kind: 'esp-tag'; chunk: number; start: number; text: string }> | undefined {
    for (const part of ['body', 'plainText'] as const) {
      const chunks = this.chunksOf(part);
      const chunk = chunks.findIndex((c) => containsPlaceholder(c.text, tokens));
      if (chunk >= 0) return { hit: { kind: 'esp-tag', chunk, start: 0, text: chunks[chunk]!.text.trim().slice(0, 60) }, part };
    }
    return undefined;
  }

  private addressIn(part: FoundIn<unknown>['part']): AddressHit | undefined {
    if (!this.addresses.has(part)) this.addresses.set(part, findPostalAddress(this.chunksOf(part)));
    return this.addresses.get(part);
  }

  private chunksOf(part: FoundIn<unknown>['part']): readonly Chunk[] {
    return part === 'body' ? this.textChunks() : this.plainTextChunks();
  }

  private firstFound<T>(find: (part: FoundIn<unknown>['part']) => T | undefined): FoundIn<T> | undefined {
    const body = find('body');
    if (body) return { hit: body, part: 'body' };
    const plain = this.message.plainText ? find('plainText') : undefined;
    return plain ? { hit: plain, part: 'plainText' } : undefined;
  }

  /**
   * The client conditions the stylesheet distinguishes (screen widths, dark mode, Outlook.com dark mode);
   * the first is the default, a wide screen in light mode. Just that one when the sheet has no `@media`.
   */
  clientConditions(): readonly ClientCondition[] {
    this.conditions ??= clientConditions(this.styles.mediaTexts());
    return this.conditions;
  }

  /** How visible a node is under the default condition, or under the one given. */
  visibility(node: AnyNode, condition?: ClientCondition): LinkVisibility {
    let judge: VisibilityJudge;
    let cache: Map<AnyNode, LinkVisibility>;
    if (!condition || condition.id === 'default') {
      judge = this.judge ??= new VisibilityJudge(this.styles, this.parsed.conditionals);
      cache = this.visibilityCache;
    } else {
      let entry = this.underCondition.get(condition.id);
      if (!entry) {
        entry = { judge: new VisibilityJudge(this.styles.under(condition.applies), this.parsed.conditionals), cache: new Map() };
        this.underCondition.set(condition.id, entry);
      }
      ({ judge, cache } = entry);
    }
    let v = cache.get(node);
    if (!v) {
      v = judge.judge(node);
      cache.set(node, v);
    }
    return v;
  }

  /** The body has HTML content (not only headers). */
  get hasBody(): boolean {
    return this.source.text.trim().length > 0;
  }

  supportsScope(scope: 'body' | 'headers' | 'eml'): boolean {
    if (scope === 'headers') return this.message.headers !== undefined;
    if (scope === 'eml') return this.message.rendered;
    return true;
  }

  /** Where document-level findings point: the `<body>` start tag, else the first line. */
  documentLocation(): Location {
    const body = this.elements.find((e) => e.name === 'body');
    if (body) return this.source.locate(startTagRange(body, this.source.text));
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /** Where a header finding points: the field's name, or a span of its value; configured headers point at line 1. */
  headerLocation(field: HeaderField, start?: number, end?: number): Location {
    if (this.message.headersOrigin === 'config') {
      return { line: 1, column: 1, endLine: 1, endColumn: 1, note: `(configured headers, line ${field.line})` };
    }
    return start === undefined ? locateFieldName(field) : locateInField(field, start, end ?? start);
  }

  /** Where "header X is missing" points: the first line of the message, or line 1 for configured headers. */
  headerBlockLocation(): Location {
    if (this.message.headersOrigin === 'config') return { line: 1, column: 1, endLine: 1, endColumn: 1, note: '(configured headers)' };
    const first = this.message.headers?.[0];
    return first ? locateFieldName(first) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /** 1-based line of an element's start in the user's file. */
  lineOf(el: Element): number {
    return this.source.locate(startTagRange(el, this.source.text)).line;
  }

  /** Line of an offset of the parsed text in the user's file. */
  lineAt(offset: number): number {
    return this.source.locate({ start: offset, end: offset }).line;
  }

  /** Where an element is, for a message: "line 9", or "partials/footer.hbs line 3" for a template's partial. */
  placeOf(el: Element): string {
    return placeIn(this.source.locate(startTagRange(el, this.source.text)));
  }

  /** Where an offset of the parsed text is, for a message (see placeOf). */
  placeAt(offset: number): string {
    return placeIn(this.source.locate({ start: offset, end: offset }));
  }
}

/** "line 9"; text from a template's partial: the partial as the location's note names it, and its line. */
function placeIn(location: Location): string {
  const inPartial = location.origin ? /^\(in (.+):\d+:\d+\)$/.exec(location.note ?? '') : null;
  return inPartial && location.origin ? `${inPartial[1]} line ${location.origin.line}` : `line ${location.line}`;
}
