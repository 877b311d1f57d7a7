// footer.ts as it was before its shortcuts: the oracle of footer.test.ts.
import { ESPS } from '../../linter/esp/registry.ts';
import { findPoBoxes, isStreetWord, tokensOf } from '../../linter/lexicon/wording/index.ts';
import type { Chunk } from '../../linter/text/chunks.ts';
// The postcode and Japanese address patterns are footer.ts's own: the oracle checks the scan, not the lists.
import { JAPANESE_ADDRESS, NAMED_STREET_ADDRESS, POSTCODES } from '../../linter/text/footer.ts';
import { normalizeWithMap } from './text-oracle.ts';

interface AddressHit {
  kind: 'esp-tag' | 'po-box' | 'street';
  chunk: number;
  /** Index in the chunk text where the address (tag, box or house number/street) starts. */
  start: number;
  /** The tag, "PO Box 123", or the postcode that completed the street address. */
  text: string;
}

// The tag lists are the registry's, in its order: the oracle checks the scan, not which tags exist.
const ADDRESS_TAGS: readonly RegExp[] = [...ESPS.flatMap((e) => e.addressTags ?? []), /\{\{\{?[^{}\n]{0,60}address[^{}\n]{0,60}\}?\}\}/i];
const SENDER_TAGS: readonly RegExp[] = [
  ...ESPS.flatMap((e) => e.senderTags ?? []),
  /\{\{\{?[^{}\n]{0,60}(?:company|organi[sz]ation|sender)[^{}\n]{0,60}\}?\}\}/i,
];

/** Postcodes of the main countries; each needs a street and house number nearby to count. */

const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/;

export function findPostalAddress(chunks: readonly Chunk[]): AddressHit | undefined {
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    for (const re of ADDRESS_TAGS) {
      const m = re.exec(chunk.text);
      if (m) return { kind: 'esp-tag', chunk: i, start: m.index, text: m[0] };
    }
    const jp = JAPANESE_ADDRESS.exec(chunk.text);
    if (jp) return { kind: 'street', chunk: i, start: jp.index, text: jp[0].trim() };
    const named = NAMED_STREET_ADDRESS.exec(chunk.text);
    if (named) {
      const lead = named[0].length - named[0].replace(/^[,·|•]? ?/, '').length;
      return { kind: 'street', chunk: i, start: named.index + lead, text: named[0].slice(lead).trim() };
    }
    const { norm, map } = normalizeWithMap(chunk.text);
    const tokens = tokensOf(norm);
    for (const box of findPoBoxes(norm)) {
      const next = tokens.filter((t) => t.start >= box.end).slice(0, 2);
      if (next.some((t) => /^\d+$/.test(t.word)))
        return { kind: 'po-box', chunk: i, start: map[box.start]!, text: chunk.text.slice(map[box.start]!, map[next.at(-1)!.end]!).trim() };
    }
    for (let t = 0; t < tokens.length; t++) {
      if (!isStreetWord(tokens[t]!.word)) continue;
      const near = tokens.slice(Math.max(0, t - 3), t + 5).filter((x, k) => k !== Math.min(t, 3) && HOUSE_NUMBER.test(x.word));
      const house = near[0];
      if (!house) continue;
      const houseStart = map[house.start]!;
      const houseEnd = map[house.end - 1]! + 1;
      const from = map[Math.min(tokens[t]!.start, house.start)]!;
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
  }
  return undefined;
}

/** A company legal form after a capitalised name: "Acme Inc.", "Bottega Ferri S.r.l.", "Muster GmbH". */
const LEGAL_FORM =
  /\p{Lu}[\p{L}\p{N}&'-]{0,40},? {1,3}(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|gGmbH|UG|S\.r\.l|Srl|SRL|S\.p\.A|SpA|S\.a\.s|S\.n\.c|SARL|SAS|S\.A|S\.L|Lda|B\.V|BV|N\.V|NV|AG|KG|OHG|e\.V|AB|A\/S|ApS|Oy|plc|PLC|LLP|Corp|Corporation|Pty|Sp\. z o\.o)(?![\p{L}\p{N}])/u;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s{0,3}(?:\d{4}(?:\s?[-–]\s?\d{4})?\s{0,3})?\p{L}/iu;

interface SenderHit {
  kind: 'legal-form' | 'copyright' | 'esp-tag' | 'address-line';
  chunk: number;
  text: string;
}

/** Something in the text that names the sender: a legal form, a © line, an ESP tag, or a name before the postal address. */
export function findSenderName(chunks: readonly Chunk[], address?: AddressHit): SenderHit | undefined {
  for (let i = 0; i < chunks.length; i++) {
    const text = chunks[i]!.text;
    for (const re of SENDER_TAGS) {
      const m = re.exec(text);
      if (m) return { kind: 'esp-tag', chunk: i, text: m[0] };
    }
    const legal = LEGAL_FORM.exec(text);
    if (legal) return { kind: 'legal-form', chunk: i, text: legal[0] };
    const c = COPYRIGHT.exec(text);
    if (c)
      return {
        kind: 'copyright',
        chunk: i,
        text: text
          .slice(c.index, c.index + 60)
          .split('\n')[0]!
          .trim(),
      };
  }
  if (address?.kind === 'esp-tag') return { kind: 'esp-tag', chunk: address.chunk, text: address.text };
  if (address) {
    // "Fieldnotes, 400 Trailhead Road, …": the words before the street on its line name the sender.
    const line = chunks[address.chunk]!.text.slice(0, address.start).split('\n').at(-1) ?? '';
    const name = /\p{Lu}[\p{L}\p{N}&'.-]{1,40}/u.exec(line);
    if (name) return { kind: 'address-line', chunk: address.chunk, text: name[0] };
  }
  return undefined;
}
