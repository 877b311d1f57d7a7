// The ReDoS tests (linter/links/redos.test.ts, linter/lexicon/wording/wording.test.ts) time every compiled lexicon
// pattern; this checks that "every" really is every one: each field of each lexicon contributes a pattern.
import { describe, expect, it } from 'vitest';
import { compiledLexiconPatterns, LEXICONS } from '../../linter/lexicon/index.ts';
import { compiledWordingPatterns, WORDING_LEXICONS } from '../../linter/lexicon/wording/index.ts';

describe('ReDoS test coverage', () => {
  it('the link lexicon: one pattern per field (unsubscribe, preferences, context), covering every language', () => {
    const patterns = compiledLexiconPatterns();
    expect(patterns).toHaveLength(3);
    for (const lex of LEXICONS) expect(lex.unsubscribe.length, lex.lang).toBeGreaterThan(0);
  });

  it("the wording lexicon: every phrase category, declines, shaming, PO boxes, service mail, and each language's processing phrases", () => {
    const categories = 5; // login, fee, mandatory-reason, reply-only, cannot-unsubscribe
    const withProcessing = WORDING_LEXICONS.filter((l) => l.delay.processing.length > 0).length;
    expect(compiledWordingPatterns()).toHaveLength(categories + 4 + withProcessing);
  });
});
