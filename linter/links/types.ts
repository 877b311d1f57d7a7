import type { Element, Text } from 'domhandler';
import type { Range } from '../types.ts';

export type OptOutKind = 'unsubscribe' | 'preferences';

/** Why an element was taken for an opt-out link. */
export type OptOutSignal =
  | 'text' // its own visible text says so ("Unsubscribe", "Disiscriviti")
  | 'label' // title / aria-label
  | 'alt' // alt of an image inside it
  | 'href' // the URL path (/unsubscribe, list-manage.com/unsubscribe, /abmelden, …)
  | 'merge-tag' // the href is a known ESP placeholder (*|UNSUB|*, {{{unsubscribe}}}, …)
  | 'text-merge-tag' // a placeholder that renders a whole link (<unsubscribe>…</unsubscribe>, {unsubscribe_text})
  | 'context' // its sentence says so ("Per non ricevere più le nostre email clicca qui")
  | 'bare-url'; // an opt-out URL or URL placeholder written as text (mail clients link it)

export interface MergeTagMatch {
  /** ESP ids, e.g. ['mailchimp']; several when the spelling is shared (`{{ unsubscribe }}`). */
  esps: string[];
  /** The placeholder as written. */
  tag: string;
  kind: 'unsubscribe' | 'preferences';
  /** Offset of the tag inside the searched string. */
  index: number;
}

export interface OptOutLink {
  /** The link element (<a>, <area>, Inky <item>, Campaign Monitor <unsubscribe>), or the text node holding a bare URL/placeholder. */
  node: Element | Text;
  /** What a finding underlines: the element, or the URL/placeholder inside the text node. */
  range: Range;
  kind: OptOutKind;
  signals: OptOutSignal[];
  /** The link's own visible text, whitespace collapsed. */
  text: string;
  /** title / aria-label / image alt, joined. */
  label: string;
  href: string | undefined;
  /** The recognised ESP placeholder in the href (or text, for text-merge-tag). */
  mergeTag?: MergeTagMatch;
  /** Language of the lexicon entry that matched its text, if any. */
  lang?: string;
  /** True when the link's own text/label/alt states what it does (not only its sentence or href). */
  textStatesPurpose: boolean;
}
