/**
 * Opt-out wording of one language, as data. Entries are compared after `normalizeText` (lowercase,
 * no diacritics, ' for ’ and `), always on whole words:
 * - `'cancella iscrizione'` matches the phrase anywhere, between word boundaries;
 * - `'unsubscrib*'` (trailing `*`) matches a word starting with the stem (unsubscribe, unsubscribed…);
 * - `'=baja'` (leading `=`) matches only when it is the whole text (punctuation around it ignored).
 */
export interface Lexicon {
  /** ISO 639-1 code. */
  lang: string;
  /** The link text to recommend: "Unsubscribe", "Disiscriviti". */
  suggestion: string;
  /** Says the link stops the mail: "unsubscribe", "disiscriviti", "abmelden". */
  unsubscribe: readonly string[];
  /** Says the link leads to settings: "manage preferences", "gestisci preferenze". */
  preferences: readonly string[];
  /** Link texts that do not say where they lead: "click here", "qui", "hier". Whole-text matches. */
  ambiguous: readonly string[];
  /** Sentence-level cues around a link: "if you no longer wish to receive". */
  context: readonly string[];
  /** Frequent function words, to guess the language of a text. */
  stopwords: readonly string[];
}
