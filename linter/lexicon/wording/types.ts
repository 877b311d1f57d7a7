/**
 * Misleading or obstructive opt-out wording of one language, as data (issue 4). Phrases are compared
 * after `normalizeText` (lowercase, no diacritics, ' for ’), on whole words; a trailing `*` makes a stem.
 * The rule reads them only in sentences about opting out, so the phrases can stay short.
 */
export type WordingCategory = 'login' | 'fee' | 'delay' | 'mandatory-reason' | 'reply-only' | 'cannot-unsubscribe' | 'confirmshaming';

export type DelayUnit = 'hour' | 'day' | 'business-day' | 'week' | 'month';

export interface DelayGrammar {
  /** Unit words, every inflection: `giorni` → day, `Werktage` → business-day. */
  units: Record<string, DelayUnit>;
  /** Words that, next to a day unit, make it business days: "business", "lavorativi", "ouvrés". */
  business: readonly string[];
  /** Number words: `thirty` → 30, `a` → 1 ("up to a month"). Digits are always numbers. */
  numbers: Record<string, number>;
  /** Words that introduce a duration, up to three words before the number: "up (to)", "within", "fino (a)", "bis (zu)". */
  lead: readonly string[];
  /**
   * Words that tie a sentence *after* an opt-out sentence to it ("It may take up to 30 days to process"):
   * a delay there counts only when the sentence also has one of these. In the opt-out sentence itself a
   * delay counts after a `lead` word or with one of these ("slow down to once a month" is no delay).
   */
  processing: readonly string[];
}

export interface WordingLexicon {
  lang: string;
  /** A login, password or account is demanded. */
  login: readonly string[];
  /** Opting out costs money. */
  fee: readonly string[];
  /** A reason or a survey is mandatory. */
  mandatoryReason: readonly string[];
  /** Opt out by replying (reported only when the email has no opt-out link). */
  replyOnly: readonly string[];
  /** "You cannot unsubscribe". */
  cannotUnsubscribe: readonly string[];
  /** Link/button texts of declines. A decline or opt-out text with a shaming phrase is confirmshaming. */
  confirmshaming: { declines: readonly string[]; shaming: readonly string[] };
  delay: DelayGrammar;
  /** Words that cancel a cue within the four words before it (or the word right after): "no login", "free of charge", "costs nothing". */
  negations: readonly string[];
  /** Words that make a login one more way, not a demand: "you can also log in to manage your preferences". */
  alternatives: readonly string[];
  /** "or": a login followed by ", or opt out below" is one of two ways to opt out, not a requirement. */
  orJoins: readonly string[];
  /**
   * Mail one may lawfully keep sending after an opt-out (account, security, order, transactional notices):
   * "service notices cannot be turned off" next to a working marketing opt-out is no obstruction.
   */
  serviceMail: readonly string[];
  /** Words that make "you cannot unsubscribe" a condition ("if you cannot unsubscribe with the link, …"). */
  conditionals: readonly string[];
  /** Postal address parts. */
  address: {
    /** Street-type words before or after the name: "street", "via", "rue", "ul". */
    streets: readonly string[];
    /** Endings of one-word street names: "…straße", "…straat", "…gatan", "…vej". */
    streetSuffixes: readonly string[];
    /** Post-office box words, followed by a number: "PO Box", "Casella postale", "Postfach". */
    poBox: readonly string[];
  };
}
