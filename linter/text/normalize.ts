// Visible text normalised like `normalizeText` (lowercase, no diacritics, one apostrophe and hyphen, single
// spaces), character by character so each output character can be mapped back to the text it came from.
// The map is only needed to place a finding, so `normalizeSpan` skips it and takes a fast path for ASCII.

/** Accents and other combining marks, dropped after NFD decomposition (one object, not one per call). */
const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_SPACES = /[\t\n\v\f\r ]+/g;

/** Normalised form of each non-ASCII code point seen (bounded: hostile text can hold many distinct ones). */
const nonAsciiCache = new Map<number, string>();

/** One non-ASCII code point normalised like `normalizeText`. */
function normalizeNonAscii(cp: number): string {
  let n = nonAsciiCache.get(cp);
  if (n === undefined) {
    const c = String.fromCodePoint(cp);
    if (INVISIBLE.test(c)) n = '';
    else if (SPACE.test(c)) n = ' ';
    else {
      n = c.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
      if (/^[\u2018\u2019\u02bc`´]$/.test(n)) n = "'";
      else if (/^[\u2010-\u2015\u2212]$/.test(n)) n = '-';
    }
    if (nonAsciiCache.size < 4096) nonAsciiCache.set(cp, n);
  }
  return n;
}

/** Scratch buffers for the normalised characters and their map, grown as needed and reused. */
let units = new Uint16Array(1024);
let mapScratch = new Int32Array(1025);

function ensureCapacity(needed: number): void {
  if (needed <= units.length) return;
  let size = units.length;
  while (size < needed) size *= 2;
  const u = new Uint16Array(size);
  u.set(units);
  units = u;
  const m = new Int32Array(size + 1);
  m.set(mapScratch);
  mapScratch = m;
}

/** String of `units[0..length)` (in slices: `fromCharCode.apply` has an argument limit). */
function unitsToString(length: number): string {
  const SLICE = 8192;
  if (length <= SLICE) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += SLICE) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + SLICE)) as unknown as number[]);
  }
  return out;
}

const isHighSurrogate = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLowSurrogate = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/**
 * Normalises `text[from..to)` like `normalizeText`, keeping for each output code point the index of the
 * input character it came from (and one past the end), so matches map back to the source.
 * (A code point outside the BMP is two characters of `norm` but one entry of `map`, as it always was.)
 */
export function normalizeWithMap(text: string, from = 0, to = text.length): { norm: string; map: Int32Array } {
  ensureCapacity(to - from + 16);
  let length = 0; // units written
  let entries = 0; // map entries written
  let afterSpace = true; // leading spaces are dropped
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || (code >= 9 && code <= 13)) {
        if (!afterSpace) {
          units[length++] = 32;
          mapScratch[entries++] = i;
          afterSpace = true;
        }
      } else {
        units[length++] = code === 96 ? 39 : code >= 65 && code <= 90 ? code + 32 : code;
        mapScratch[entries++] = i;
        afterSpace = false;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const n = normalizeNonAscii(cp);
    ensureCapacity(length + n.length + (to - i) + 16);
    for (let k = 0; k < n.length; k++) {
      const u = n.charCodeAt(k);
      if (u === 32) {
        if (afterSpace) continue;
        afterSpace = true;
      } else {
        afterSpace = false;
      }
      units[length++] = u;
      // One map entry per code point: the low half of a pair shares its high half's entry.
      if (!(isLowSurrogate(u) && k > 0 && isHighSurrogate(n.charCodeAt(k - 1)))) mapScratch[entries++] = i;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (length > 0 && units[length - 1] === 32) {
    length--;
    entries--;
  }
  mapScratch[entries++] = to;
  return { norm: unitsToString(length), map: mapScratch.slice(0, entries) };
}

/** `normalizeWithMap(text, from, to).norm`, without building the map; ASCII text takes a fast path. */
export function normalizeSpan(text: string, from = 0, to = text.length): string {
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  if (NON_ASCII.test(s)) return normalizeWithMap(text, from, to).norm;
  let n = s.toLowerCase().replace(ASCII_SPACES, ' ');
  if (n.includes('`')) n = n.replaceAll('`', "'");
  return n.trim();
}
