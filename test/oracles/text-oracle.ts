// The text model as it was before the fast paths (per-character arrays): the oracle of text.test.ts.
import type { AnyNode, Document } from 'domhandler';
import { BLOCKS, isTag, isText } from '../../linter/dom.ts';

const NON_RENDERED = new Set(['style', 'script', 'head', 'title', 'template', 'noscript', 'mj-head', 'mj-style']);
/** Blocks that bound a text chunk: HTML blocks, plus MJML containers when linting MJML source. */
const CHUNK_BLOCKS = new Set([...BLOCKS, 'mj-text', 'mj-column', 'mj-section', 'mj-wrapper', 'mj-hero', 'mj-body', 'mj-button', 'button']);

/** A run of visible text between block boundaries (`<br>` is a line break inside it). */
export interface Chunk {
  /** Decoded text as written (entities decoded, whitespace not collapsed). */
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

/** A sentence of a chunk, with its normalised form for lexicon matching. */
export interface Sentence {
  chunk: number;
  /** Index of the sentence's first character in the chunk text. */
  start: number;
  /** Exclusive. */
  end: number;
  /** Normalised text (see `normalizeWithMap`). */
  norm: string;
  /** For each character of `norm` (plus one past the end), its index in the chunk text. */
  map: number[];
  /** How the sentence ends: `.`/`!`/`?`/`;` (`sentence`) or a line/block/separator break (`hard`). */
  breakAfter: 'sentence' | 'hard';
}

/** Aligns a text node's decoded data with its raw source slice (entities make them differ). */
function alignOffsets(data: string, raw: string, base: number): number[] {
  const out: number[] = new Array<number>(data.length);
  if (raw.length === data.length) {
    for (let i = 0; i < data.length; i++) out[i] = base + i;
    return out;
  }
  let j = 0;
  let i = 0;
  while (i < data.length) {
    if (raw[j] === '&' && (data[i] !== '&' || raw.startsWith('&amp;', j))) {
      const semi = raw.indexOf(';', j);
      if (semi > j && semi - j <= 32) {
        out[i] = base + j;
        i++;
        // An entity for a character outside the BMP decodes to two UTF-16 units.
        if (i < data.length && /[\udc00-\udfff]/.test(data[i]!)) out[i++] = base + j;
        j = semi + 1;
        continue;
      }
    }
    out[i] = base + Math.min(j, Math.max(0, raw.length - 1));
    i++;
    j++;
  }
  return out;
}

/** Several rules read the same document's chunks: computed once per parsed tree. */
const chunkCache = new WeakMap<Document, { source: string; chunks: Chunk[] }>();

/**
 * Splits the visible text of a document into chunks at block boundaries. Links that follow each other with
 * nothing but spaces or punctuation between them ("Unsubscribe  Log in") are a menu, not a sentence: a
 * line break is put between them.
 */
export function textChunks(root: Document, source: string): Chunk[] {
  const cached = chunkCache.get(root);
  if (cached && cached.source === source) return cached.chunks;
  const chunks: Chunk[] = [];
  let text = '';
  let offsets: number[] = [];
  let lastLinkEnd = -1;
  const flush = () => {
    if (/[\p{L}\p{N}]/u.test(text)) chunks.push({ text, offsets });
    text = '';
    offsets = [];
    lastLinkEnd = -1;
  };
  const stack: { node: AnyNode; exit: false | 'block' | 'link' }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push({ node: root.children[i]!, exit: false });
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit === 'block') {
      flush();
      continue;
    }
    if (exit === 'link') {
      lastLinkEnd = text.length;
      continue;
    }
    if (isText(node)) {
      const start = node.startIndex;
      const raw = start != null && node.endIndex != null ? source.slice(start, node.endIndex + 1) : node.data;
      text += node.data;
      offsets.push(...alignOffsets(node.data, raw, start ?? 0));
      continue;
    }
    if (!isTag(node)) continue;
    if (NON_RENDERED.has(node.name)) continue;
    if (node.name === 'br') {
      text += '\n';
      offsets.push(node.startIndex ?? 0);
      continue;
    }
    if (CHUNK_BLOCKS.has(node.name)) {
      flush();
      stack.push({ node, exit: 'block' });
    } else if (node.attribs.href !== undefined) {
      if (lastLinkEnd >= 0 && !/[\p{L}\p{N}]/u.test(text.slice(lastLinkEnd))) {
        text += '\n';
        offsets.push(node.startIndex ?? 0);
      }
      stack.push({ node, exit: 'link' });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  flush();
  chunkCache.set(root, { source, chunks });
  return chunks;
}

/** Chunks of a plain-text body: paragraphs separated by blank lines; offsets relative to `base`. */
export function plainTextChunks(text: string, base = 0): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const t = text.slice(from, to);
    if (/[\p{L}\p{N}]/u.test(t)) chunks.push({ text: t, offsets: Array.from({ length: t.length }, (_, i) => base + from + i) });
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40))) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, text.length);
  return chunks;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

const charCache = new Map<string, string>();

/** One character normalised like `normalizeText` (lowercase, no diacritics, one apostrophe and hyphen). */
function normalizeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return ' ';
    if (code === 96) return "'";
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  }
  let n = charCache.get(c);
  if (n === undefined) {
    if (INVISIBLE.test(c)) n = '';
    else if (/\s/.test(c)) n = ' ';
    else {
      n = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (/^[\u2018\u2019\u02bc`´]$/.test(n)) n = "'";
      else if (/^[\u2010-\u2015\u2212]$/.test(n)) n = '-';
    }
    if (charCache.size < 4096) charCache.set(c, n);
  }
  return n;
}

/**
 * Normalises `text[from..to)` like `normalizeText`, keeping for each output character the index of the
 * input character it came from (and one past the end), so matches map back to the source.
 */
export function normalizeWithMap(text: string, from = 0, to = text.length): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const c = String.fromCodePoint(cp);
    const n = normalizeChar(c);
    for (const ch of n) {
      if (ch === ' ' && (norm.length === 0 || norm.endsWith(' '))) continue;
      norm += ch;
      map.push(i);
    }
    i += c.length;
  }
  if (norm.endsWith(' ')) {
    norm = norm.slice(0, -1);
    map.pop();
  }
  map.push(to);
  return { norm, map };
}

function isHardBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '·' || c === '•') return true;
  // `|` separates footer links, but is also part of merge tags (`*|UNSUB|*`): only when spaced.
  if (c === '|') return /\s/.test(text[i - 1] ?? ' ') || /\s/.test(text[i + 1] ?? ' ');
  return false;
}

function isSentenceBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== ';' && c !== '。') return false;
  const next = text[i + 1];
  return next === undefined || /\s/.test(next);
}

/** The sentences of a chunk, in order. */
export function sentencesOf(chunks: readonly Chunk[]): Sentence[] {
  const out: Sentence[] = [];
  chunks.forEach((chunk, index) => {
    const { text } = chunk;
    let start = 0;
    const push = (end: number, breakAfter: Sentence['breakAfter']) => {
      const { norm, map } = normalizeWithMap(text, start, end);
      if (/[\p{L}\p{N}]/u.test(norm)) out.push({ chunk: index, start, end, norm, map, breakAfter });
    };
    for (let i = 0; i < text.length; i++) {
      if (isHardBreak(text, i)) {
        push(i, 'hard');
        start = i + 1;
      } else if (isSentenceBreak(text, i)) {
        push(i + 1, 'sentence');
        start = i + 1;
      }
    }
    push(text.length, 'hard');
  });
  return out;
}
