// The legal footer: a physical postal address and the sender's name, found in the text chunks of an email.
import { ESPS } from '../esp/registry.ts';
import { WORDING_LEXICONS, findPoBoxes, isStreetWord, tokensOf, type Token } from '../lexicon/wording/index.ts';
import { boundaryWords, letterWords, phraseKeys, type PhraseKeys } from './cue-words.ts';
import type { Chunk } from './chunks.ts';
import { normalizeSpan, normalizeWithMap } from './normalize.ts';

export interface AddressHit {
  kind: 'esp-tag' | 'po-box' | 'street';
  chunk: number;
  /** Index in the chunk text where the address (tag, box or house number/street) starts. */
  start: number;
  /** The tag, "PO Box 123", or the postcode that completed the street address. */
  text: string;
}

/** Placeholders that render the sender's postal address: every ESP's (the registry), then any {{ …address… }}. */
const ADDRESS_TAGS: readonly RegExp[] = [...ESPS.flatMap((e) => e.addressTags ?? []), /\{\{\{?[^{}\n]{0,60}address[^{}\n]{0,60}\}?\}\}/i];

/** Placeholders that render the sender's name: every ESP's, then any {{ …company… }}. */
const SENDER_TAGS: readonly RegExp[] = [
  ...ESPS.flatMap((e) => e.senderTags ?? []),
  /\{\{\{?[^{}\n]{0,60}(?:company|organi[sz]ation|sender)[^{}\n]{0,60}\}?\}\}/i,
];

/** Postcodes of the main countries; each needs a street and house number nearby to count. */
export const POSTCODES: readonly RegExp[] = [
  /\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),? {1,2}\d{4}\b/, // AU: state + 4 digits ("Melbourne VIC 3000")
  /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b/, // IE: Eircode ("D02 P820")
  // US: state + ZIP(+4)
  /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]),? {1,2}\d{5}(?:-\d{4})?\b/,
  /\b[A-Z]{2,3},? {1,2}\d{5}\b/, // region code + 5 digits, as ESPs render non-US addresses ("NRW 46446")
  /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b/, // CA
  /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/, // UK
  /\b\d{4} ?[A-Z]{2}\b/, // NL
  /\b\d{2}-\d{3}\b/, // PL
  /\b\d{4}-\d{3}\b/, // PT
  /\b(?:[A-Z]{1,2}-)?\d{5} {1,3}\(?\p{Lu}/u, // IT DE FR ES FI … : 5 digits then the city
  /\b(?:CAP|PLZ|CP) ?\d{5}\b/, // written with its name
  /\b(?:[A-Z]{1,2}-)?\d{4} {1,3}\p{Lu}\p{Ll}/u, // DK BE CH AT NO AU: 4 digits then the city
  /\b\d{3} \d{2} {1,3}\p{Lu}/u, // SE
];

const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/;
/**
 * Japanese addresses have no street names: the postal mark with a postcode (〒131-0045), or a postcode next to
 * "Japan", is an address by itself.
 */
export const JAPANESE_ADDRESS = /〒 ?\d{3}-?\d{4}|\b\d{3}-\d{4}\b[^\n]{0,80}(?:Japan|日本)|(?:Japan|日本),? {1,3}\d{3}-\d{4}\b/;

/**
 * A street named without a street-type word, as most of Europe writes it: "Strøget 4, 1160 København K",
 * "Karlova 5, 110 00 Praha 1", "Mannerheimintie 10, 00100 Helsinki", "Ermou 10, 105 63 Athens". Name, house
 * number, postcode and city in one run, the city ending its part of the line: "Chapter 5, 2023 Edition of…" is not one.
 */
export const NAMED_STREET_ADDRESS =
  /(?:^|[,·|•]) ?\p{Lu}[\p{L}'.-]{2,40}(?: [\p{L}'.-]{2,40}){0,3} \d{1,4}[a-zA-Z]?, ?(?:[A-Z]{1,2}-)?(?:\d{3} \d{2}|\d{4,6}) \p{Lu}\p{Ll}+(?: (?:[A-Z]{1,3}|\d{1,2}))?(?=$|[,·|•.])/mu;
/**
 * What `JAPANESE_ADDRESS` and `NAMED_STREET_ADDRESS` cannot match without (the postal mark or a digit-hyphen-digit
 * postcode; a house number, a comma and a postcode): plain ASCII tests that spare most chunks the Unicode ones.
 */
const MAY_BE_JAPANESE = /〒|\d-\d/;
const MAY_BE_NAMED_STREET = / \d{1,4}[a-zA-Z]?, ?(?:[A-Z]{1,2}-)?(?:\d{3} \d{2}|\d{4,6}) [^\sa-z\d]/;
const DIGIT = /\d/;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\u0000-\u007f]/;

/** `isStreetWord` of the words seen so far (the same words come back in every footer; bounded). */
const streetWords = new Map<string, boolean>();

function isCachedStreetWord(word: string): boolean {
  let is = streetWords.get(word);
  if (is === undefined) {
    is = isStreetWord(word);
    if (streetWords.size < 10_000) streetWords.set(word, is);
  }
  return is;
}

let poBoxes: PhraseKeys | undefined;

/** What `findPoBoxes` looks for ("po box", "postfach"), as cue words. */
function poBoxKeys(): PhraseKeys {
  poBoxes ??= phraseKeys(
    WORDING_LEXICONS.flatMap((l) => l.address.poBox),
    'wording',
  );
  return poBoxes;
}
/** Every address and sender tag has one of these characters (`*|…|*`, `{{…}}`, `%…%`, `[…]`). */
const MAY_HOLD_TAG = /[|{%[]/;

/** The first postal address in the chunks, if any (the document keeps the answer: `EmailDocument.postalAddress`). */
export function findPostalAddress(chunks: readonly Chunk[]): AddressHit | undefined {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (MAY_HOLD_TAG.test(chunk.text)) {
      for (const re of ADDRESS_TAGS) {
        const m = re.exec(chunk.text);
        if (m) return { kind: 'esp-tag', chunk: i, start: m.index, text: m[0] };
      }
    }
    // A PO Box and a house number are digits: most chunks have none.
    if (!DIGIT.test(chunk.text) && !NON_ASCII.test(chunk.text)) continue;
    const norm = normalizeSpan(chunk.text);
    if (!DIGIT.test(norm)) continue;
    const hit = scanChunkForAddress(chunks, i, norm);
    if (hit) return hit;
  }
  return undefined;
}

/** A PO Box or a street address in the chunk (normalised as `norm`), its postcode up to two chunks on. */
function scanChunkForAddress(chunks: readonly Chunk[], i: number, norm: string): AddressHit | undefined {
  const chunk = chunks[i]!;
  // The map back to the chunk text, and the tokens with offsets, are only needed near a hit.
  let charMap: ArrayLike<number> | undefined;
  const map = () => (charMap ??= normalizeWithMap(chunk.text).map);
  let tokenList: Token[] | undefined;
  const tokens = () => (tokenList ??= tokensOf(norm));
  const jp = MAY_BE_JAPANESE.test(chunk.text) ? JAPANESE_ADDRESS.exec(chunk.text) : null;
  if (jp) return { kind: 'street', chunk: i, start: jp.index, text: jp[0].trim() };
  const named = MAY_BE_NAMED_STREET.test(chunk.text) ? NAMED_STREET_ADDRESS.exec(chunk.text) : null;
  if (named) {
    const lead = /^[,·|•]? ?/.exec(named[0])![0].length;
    return { kind: 'street', chunk: i, start: named.index + lead, text: named[0].slice(lead).trim() };
  }
  const words = boundaryWords(norm);
  const boxes = poBoxKeys().mayOccur(words) ? findPoBoxes(norm) : [];
  for (const box of boxes) {
    const next = tokens()
      .filter((t) => t.start >= box.end)
      .slice(0, 2);
    if (next.some((t) => /^\d+$/.test(t.word)))
      return { kind: 'po-box', chunk: i, start: map()[box.start]!, text: chunk.text.slice(map()[box.start]!, map()[next.at(-1)!.end]!).trim() };
  }
  if (!letterWords(norm, words).some(isCachedStreetWord)) return undefined;
  for (let t = 0; t < tokens().length; t++) {
    const all = tokens();
    if (!isCachedStreetWord(all[t]!.word)) continue;
    const near = all.slice(Math.max(0, t - 3), t + 5).filter((x, k) => k !== Math.min(t, 3) && HOUSE_NUMBER.test(x.word));
    const house = near[0];
    if (!house) continue;
    const houseStart = map()[house.start]!;
    const houseEnd = map()[house.end - 1]! + 1;
    const from = map()[Math.min(all[t]!.start, house.start)]!;
    // The postcode follows in this chunk or, for addresses written one line per <p>, in the next two.
    const window = [chunk.text.slice(from), chunks[i + 1]?.text ?? '', chunks[i + 2]?.text ?? ''].join('\n');
    for (const re of POSTCODES) {
      const m = re.exec(window);
      if (!m) continue;
      const at = from + m.index;
      if (at < houseEnd && at + m[0].length > houseStart) continue; // that is the house number itself
      return { kind: 'street', chunk: i, start: from, text: m[0].trim() };
    }
  }
  return undefined;
}

/** Company legal forms, as written after the name ("Acme Inc.", "Bottega Ferri S.r.l.", "Muster GmbH"). */
const LEGAL_FORMS = (
  'Inc|LLC|L.L.C|Ltd|Limited|GmbH|gGmbH|UG|S.r.l|Srl|SRL|S.p.A|SpA|S.a.s|S.n.c|SARL|SAS|S.A|S.L|Lda|B.V|BV|N.V|NV|AG|KG|OHG|e.V|AB|' +
  'A/S|ApS|Oy|plc|PLC|LLP|Corp|Corporation|Pty|Sp. z o.o'
).split('|');
const LEGAL_FORM_ALTERNATION = LEGAL_FORMS.map((f) => f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
/** A company legal form after a capitalised name: "Acme Inc.", "Bottega Ferri S.r.l.", "Muster GmbH". */
const LEGAL_FORM = new RegExp(`\\p{Lu}[\\p{L}\\p{N}&'-]{0,40},? {1,3}(?:${LEGAL_FORM_ALTERNATION})(?![\\p{L}\\p{N}])`, 'u');
const COPYRIGHT = /(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}(?:\s?[-–]\s?\d{4})?\s{0,3})?\p{L}/iu;
/**
 * What `LEGAL_FORM` and `COPYRIGHT` cannot match without (a legal form's abbreviation; the © sign or word):
 * literal alternations V8 finds fast, where the Unicode patterns try a capitalised word at every letter.
 */
const MAY_NAME_LEGAL_FORM = new RegExp(LEGAL_FORM_ALTERNATION);
const MAY_NAME_COPYRIGHT = /©|\(c\)|copyright/i;
/** A capitalised word: the sender's name before the street on the address line. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}&'.-]{1,40}/u;

export interface SenderHit {
  kind: 'legal-form' | 'copyright' | 'esp-tag' | 'address-line';
  chunk: number;
  text: string;
}

/**
 * Something in the text that names the sender: a legal form, a © line, an ESP tag, or a name before the postal
 * address. The first chunk holding one wins; within a chunk a tag, then a legal form, then a © line.
 */
export function findSenderName(chunks: readonly Chunk[], address?: AddressHit): SenderHit | undefined {
  // The legal form and © patterns run once over all chunks joined: one scan instead of two calls per chunk.
  // Neither can match the separator, so no match spans two chunks.
  const all = joinChunks(chunks);
  const legal = MAY_NAME_LEGAL_FORM.test(all.text) ? LEGAL_FORM.exec(all.text) : null;
  const legalChunk = legal ? all.chunkAt(legal.index) : chunks.length;
  const copyright = MAY_NAME_COPYRIGHT.test(all.text) ? COPYRIGHT.exec(all.text) : null;
  const copyrightChunk = copyright ? all.chunkAt(copyright.index) : chunks.length;
  const before = Math.min(legalChunk, copyrightChunk);
  // Tags first: a tag in an earlier chunk, or in the same one, wins. (Tag patterns may match the separator:
  // they run chunk by chunk.)
  for (let i = 0; i <= before && i < chunks.length; i++) {
    const text = chunks[i]!.text;
    if (!MAY_HOLD_TAG.test(text)) continue;
    for (const re of SENDER_TAGS) {
      const m = re.exec(text);
      if (m) return { kind: 'esp-tag', chunk: i, text: m[0] };
    }
  }
  if (legal && legalChunk <= copyrightChunk) return { kind: 'legal-form', chunk: legalChunk, text: legal[0] };
  if (copyright)
    return {
      kind: 'copyright',
      chunk: copyrightChunk,
      text: all.text
        .slice(copyright.index, Math.min(copyright.index + 60, (all.starts[copyrightChunk + 1] ?? all.text.length + 1) - 1))
        .split('\n')[0]!
        .trim(),
    };
  if (address?.kind === 'esp-tag') return { kind: 'esp-tag', chunk: address.chunk, text: address.text };
  if (address) {
    // "Fieldnotes, 400 Trailhead Road, …": the words before the street on its line name the sender.
    const line = chunks[address.chunk]!.text.slice(0, address.start).split('\n').at(-1) ?? '';
    const name = CAPITALISED_WORD.exec(line);
    if (name) return { kind: 'address-line', chunk: address.chunk, text: name[0] };
  }
  return undefined;
}

/** No pattern of `findSenderName`'s joined scan can match it. */
const CHUNK_SEPARATOR = '\0';

/** The chunks' texts joined by `CHUNK_SEPARATOR`, and the chunk an offset of that text falls in. */
function joinChunks(chunks: readonly Chunk[]): { text: string; starts: number[]; chunkAt(offset: number): number } {
  const starts: number[] = [];
  let at = 0;
  for (const c of chunks) {
    starts.push(at);
    at += c.text.length + 1;
  }
  const text = chunks.map((c) => c.text).join(CHUNK_SEPARATOR);
  return {
    text,
    starts,
    chunkAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** The regular expressions of this module, for the ReDoS test. */
export function footerPatterns(): RegExp[] {
  return [
    MAY_BE_JAPANESE,
    MAY_BE_NAMED_STREET,
    MAY_NAME_LEGAL_FORM,
    MAY_NAME_COPYRIGHT,
    CAPITALISED_WORD,
    ...ADDRESS_TAGS,
    ...SENDER_TAGS,
    ...POSTCODES,
    JAPANESE_ADDRESS,
    NAMED_STREET_ADDRESS,
    LEGAL_FORM,
    COPYRIGHT,
  ];
}
