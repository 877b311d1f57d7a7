// The shapes both style sheet readers produce: the scanner (css-scan.ts) and its postcss fallback (css-safe.ts).
export interface CssDeclaration {
  prop: string;
  value: string;
  important: boolean;
}

export interface CssAtRuleHead {
  /** As written (not lower-cased). */
  name: string;
  params: string;
}

/** The at-rule blocks around a rule, innermost first (a list shared by every rule in the block). */
export interface CssAtRuleScope {
  head: CssAtRuleHead;
  outer: CssAtRuleScope | undefined;
}

/** A style rule and the at-rules it sits in. */
export interface CssRule {
  readonly selector: string;
  /** Offset of the selector's first character in the scanned text. */
  readonly offset: number;
  /** May be read on first use (see ScannedRule). */
  readonly declarations: CssDeclaration[];
  readonly atRules: CssAtRuleScope | undefined;
}
