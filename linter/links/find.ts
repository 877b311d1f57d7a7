// Finds the links (and link placeholders, and bare URLs) of an email that offer an opt-out.
import type { Element, Text } from 'domhandler';
import { forEachNode, isTag, nodeRange, parseHtml, textOf } from '../dom.ts';
import { walkDocument } from '../walk.ts';
import { detectLanguage } from './language.ts';
import { isAmbiguousLinkText, matchContextCue, matchOptOutWording, type WordingMatch } from '../lexicon/index.ts';
import { classifyHref, findBareOptOutUrls, isBareOptOutUrl, isUrlText } from './href.ts';
import { MERGE_TAG_KEYWORD, PERCENT_ESCAPE, findMergeTags, isLinkRenderingTag, looksLikePlaceholder, matchMergeTag } from './merge-tags.ts';
import { SentenceFinder } from './sentence.ts';
import { isPlaceholder } from './placeholders.ts';
import type { MergeTagMatch, OptOutKind, OptOutLink, OptOutSignal } from './types.ts';

export interface FindInput {
  /** Link candidates and the rendered text outside them, in document order (`walkDocument`). */
  items: readonly (Element | Text)[];
  /** The full source text the node offsets refer to. */
  text: string;
  /** The email's language: breaks ties between lexicons sharing a word. */
  lang: string;
  /** In-house opt-out placeholders (config `placeholders.unsubscribe`): an href made of one is an opt-out. */
  unsubscribeTokens?: readonly string[];
}

/** Elements with an href that are not clickable links. */
const NOT_LINKS = new Set(['link', 'base']);
/** Campaign Monitor (and Sendy) elements that render a link themselves. */
const LINK_TAGS: Record<string, OptOutKind> = { unsubscribe: 'unsubscribe', preferences: 'preferences' };

function isLinkTag(el: Element): boolean {
  return Object.hasOwn(LINK_TAGS, el.name);
}

/** `<a href>`, `<area href>`, Inky `<item href>`/`<button href>`, VML `<v:roundrect href>`, `<unsubscribe>`. */
export function isLinkCandidate(el: Element): boolean {
  return (el.attribs.href !== undefined && !NOT_LINKS.has(el.name)) || isLinkTag(el);
}

function linkTagMatch(el: Element): MergeTagMatch {
  const kind = LINK_TAGS[el.name]!;
  const esps = kind === 'unsubscribe' ? ['campaign-monitor', 'sendy'] : ['campaign-monitor'];
  return { esps, tag: `<${el.name}>`, kind, index: 0 };
}

/** The text is itself an opt-out URL or placeholder (`https://x.com/unsubscribe`, `*|UNSUB|*`). */
function placeholderWording(text: string): WordingMatch | undefined {
  if (!looksLikePlaceholder(text)) return undefined;
  const tag = matchMergeTag(text);
  return tag ? { kind: tag.kind, lang: '', phrase: tag.tag } : undefined;
}

function withoutTags(s: string, tags: MergeTagMatch[]): string {
  let out = '';
  let at = 0;
  for (const t of tags) {
    if (t.index < at) continue;
    out += s.slice(at, t.index) + ' ';
    at = t.index + t.tag.length;
  }
  return out + s.slice(at);
}

interface Context {
  lang: string;
  sentences: SentenceFinder;
  unsubscribeTokens: readonly string[];
}

function examineElement(el: Element, ctx: Context): OptOutLink | undefined {
  const text = textOf(el);
  const titles = [el.attribs.title, el.attribs['aria-label']].filter((s): s is string => !!s?.trim());
  const alts: string[] = [];
  if (el.attribs.alt?.trim()) alts.push(el.attribs.alt); // <area alt>
  forEachNode(el.children, (n) => {
    if (isTag(n) && n.name === 'img' && n.attribs.alt?.trim()) alts.push(n.attribs.alt);
  });
  const label = [...titles, ...alts].map((s) => s.trim()).join(' ');
  const href = isLinkTag(el) ? undefined : el.attribs.href;

  const signals: OptOutSignal[] = [];
  const kinds: OptOutKind[] = [];
  const add = (signal: OptOutSignal, kind: OptOutKind): void => {
    signals.push(signal);
    kinds.push(kind);
  };

  // Own text: the lexicon, else a placeholder, else a whole sentence used as link text ("…ne souhaitez plus recevoir ? Cliquer ici").
  const cue = matchContextCue(text, ctx.lang);
  const textMatch: WordingMatch | undefined =
    placeholderWording(text) ?? matchOptOutWording(text, ctx.lang) ?? (cue ? { kind: 'unsubscribe', ...cue } : undefined);
  const labelMatch = titles.length > 0 ? matchOptOutWording(titles.join(' '), ctx.lang) : undefined;
  const altMatch = alts.length > 0 ? matchOptOutWording(alts.join(' '), ctx.lang) : undefined;
  if (textMatch) add('text', textMatch.kind);
  if (labelMatch) add('label', labelMatch.kind);
  if (altMatch) add('alt', altMatch.kind);

  const hrefTags = href ? findMergeTags(href) : [];
  let mergeTag: MergeTagMatch | undefined = hrefTags[0];
  if (mergeTag) add('merge-tag', mergeTag.kind);
  else if (href !== undefined && isPlaceholder(href, ctx.unsubscribeTokens)) add('merge-tag', 'unsubscribe');
  // The URL around the placeholders: `*|UNSUB|*` is a merge tag, not an href that says "unsub".
  const hrefKind = classifyHref(hrefTags.length > 0 ? withoutTags(href!, hrefTags) : href);
  if (hrefKind) add('href', hrefKind);

  // <unsubscribe> itself, or nested in a placeholder <a href="#">: one link, the outer element.
  let linkTag: Element | undefined = isLinkTag(el) ? el : undefined;
  if (!linkTag) {
    forEachNode(el.children, (n) => {
      if (!linkTag && isTag(n) && isLinkTag(n)) linkTag = n;
    });
  }
  if (linkTag) {
    const tagMatch = linkTagMatch(linkTag);
    add('text-merge-tag', tagMatch.kind);
    mergeTag ??= tagMatch;
  }

  const statesPurpose = textMatch !== undefined || labelMatch !== undefined || altMatch !== undefined;
  if (!statesPurpose && (isAmbiguousLinkText(text) || isUrlText(text))) {
    const sentence = ctx.sentences.around(el);
    if (sentence && (matchOptOutWording(sentence, ctx.lang)?.kind === 'unsubscribe' || matchContextCue(sentence, ctx.lang))) {
      add('context', 'unsubscribe');
    }
  }

  if (signals.length === 0) return undefined;
  const lang = (textMatch ?? labelMatch ?? altMatch)?.lang || undefined;
  return {
    node: el,
    range: nodeRange(el),
    kind: kinds.includes('unsubscribe') ? 'unsubscribe' : 'preferences',
    signals,
    text,
    label,
    href,
    ...(mergeTag ? { mergeTag } : {}),
    ...(lang ? { lang } : {}),
    textStatesPurpose: statesPurpose || isBareOptOutUrl(text),
  };
}

/**
 * What a bare URL (`https://`, `www.`) or a merge tag (one of its keywords, or a percent-escape that may hide
 * one) cannot be found without: one test for most text, which has neither.
 */
const MAY_HOLD_URL_OR_TAG = new RegExp(`https?://|www\\.|${PERCENT_ESCAPE.source}|${MERGE_TAG_KEYWORD.source}`, 'i');

/** Opt-out URLs and link placeholders written as text, outside any link. */
function examineText(node: Text, source: string): OptOutLink[] {
  const hasOffsets = node.startIndex != null && node.endIndex != null;
  // Offsets must point into the source, where entities are still encoded: search the raw slice.
  const raw = hasOffsets ? source.slice(node.startIndex!, node.endIndex! + 1) : node.data;
  const base = node.startIndex ?? 0;
  const found: { start: number; end: number; link: OptOutLink }[] = [];
  const make = (start: number, written: string, kind: OptOutKind, signal: OptOutSignal, mergeTag?: MergeTagMatch): OptOutLink => ({
    node,
    range: { start: base + start, end: base + start + written.length },
    kind,
    signals: [signal],
    text: written,
    label: '',
    href: signal === 'bare-url' && !mergeTag ? written : undefined,
    ...(mergeTag ? { mergeTag } : {}),
    textStatesPurpose: true,
  });
  if (!MAY_HOLD_URL_OR_TAG.test(raw)) return [];
  for (const url of findBareOptOutUrls(raw)) {
    found.push({ start: url.index, end: url.index + url.url.length, link: make(url.index, url.url, url.kind, 'bare-url') });
  }
  for (const tag of findMergeTags(raw)) {
    const end = tag.index + tag.tag.length;
    if (found.some((f) => tag.index < f.end && end > f.start)) continue; // part of a URL already reported
    const signal = isLinkRenderingTag(tag) ? 'text-merge-tag' : 'bare-url';
    found.push({ start: tag.index, end, link: make(tag.index, tag.tag, tag.kind, signal, tag) });
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.link);
}

const ONLY_SPACE = /^\s*$/;

/** The opt-out links of a document, in document order. */
export function findOptOutLinks(input: FindInput): OptOutLink[] {
  const ctx: Context = { lang: input.lang, sentences: new SentenceFinder(isLinkCandidate), unsubscribeTokens: input.unsubscribeTokens ?? [] };
  const out: OptOutLink[] = [];
  for (const n of input.items) {
    if (isTag(n)) {
      const link = examineElement(n, ctx);
      if (link) out.push(link);
    } else if (!ONLY_SPACE.test(n.data)) out.push(...examineText(n, input.text)); // most text nodes are indentation
  }
  return out;
}

/** The opt-out links of a piece of HTML on its own (a comment's content, a test's input); `lang` defaults to detection. */
export function findOptOutLinksInHtml(html: string, lang?: string): OptOutLink[] {
  const walk = walkDocument(parseHtml(html).root, isLinkCandidate);
  return findOptOutLinks({ items: walk.linkItems, text: html, lang: lang ?? detectLanguage(walk) });
}
