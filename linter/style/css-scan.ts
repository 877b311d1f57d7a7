// A fast reader for the plain, well-formed CSS that email templates almost always hold.
//
// postcss-safe-parser builds a full node tree (raws, positions, a Node object per declaration) and was
// most of the cost of styling a template. What the cascade needs is much less: each rule's selector,
// offset and declarations, and the at-rules around it. This scanner reads exactly that, following
// postcss's tokenizer and parser decisions, and gives up (returns undefined) on anything where the
// two could differ: comments inside a statement, backslashes, unclosed blocks, stray braces, nested
// rules, missed semicolons, `! important` spelt apart… The caller then parses with the safe parser,
// so what the linter concludes never depends on which path read the sheet (css-scan.test.ts checks
// the two agree on generated and hostile CSS).
import { safeDeclarationList } from './css-safe.ts';
import type { CssAtRuleHead, CssAtRuleScope, CssDeclaration, CssRule } from './css-types.ts';

export type { CssAtRuleHead, CssAtRuleScope, CssDeclaration, CssRule } from './css-types.ts';

/**
 * A rule from the scanner. Most blocks are only checked for their shape while scanning (LAZY_BLOCK)
 * and their declarations read when someone asks: a template's sheet mostly holds rules for elements
 * no check ever looks at.
 */
class ScannedRule implements CssRule {
  readonly selector: string;
  readonly offset: number;
  readonly atRules: CssAtRuleScope | undefined;
  private parsed: CssDeclaration[] | undefined;
  private readonly css: string;
  /** The block's text is [blockStart, blockEnd), blockEnd at its `}`. */
  private readonly blockStart: number;
  private readonly blockEnd: number;

  constructor(
    selector: string,
    offset: number,
    atRules: CssAtRuleScope | undefined,
    css: string,
    blockStart: number,
    blockEnd: number,
    parsed?: CssDeclaration[],
  ) {
    this.selector = selector;
    this.offset = offset;
    this.atRules = atRules;
    this.css = css;
    this.blockStart = blockStart;
    this.blockEnd = blockEnd;
    this.parsed = parsed;
  }

  get declarations(): CssDeclaration[] {
    this.parsed ??= blockDeclarations(this.css, this.blockStart, this.blockEnd);
    return this.parsed;
  }
}

/**
 * The declarations of a block LAZY_BLOCK accepted. Such a block holds no braces, strings, escapes or
 * brackets postcss would read across its end, so the safe parser reads its declarations the same
 * alone as inside the sheet: when our reading gives up on one (`! important`, a missed semicolon, a
 * comment inside a value), that is the fallback, for this block only.
 */
function blockDeclarations(css: string, start: number, end: number): CssDeclaration[] {
  const scanner = new Scanner(css);
  scanner.pos = start;
  try {
    return scanner.ruleBlock();
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    return safeDeclarationList(css.slice(start, end));
  }
}

/** Thrown inside the scanner when the text leaves the plain subset; caught in the entry points. */
const NOT_PLAIN = new Error('not plain CSS');

const TAB = 9;
const NEWLINE = 10;
const FEED = 12;
const CR = 13;
const SPACE = 32;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const ASTERISK = 42;
const SLASH = 47;
const COLON = 58;
const SEMICOLON = 59;
const AT = 64;
const OPEN_SQUARE = 91;
const BACKSLASH = 92;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;

// The same expressions as postcss/lib/tokenize.js, so word, at-word and url() boundaries match exactly.
const RE_AT_END = /[\t\n\f\r "#'()/;[\\\]{}]/g;
// A declaration whose property is one word and whose value holds no character statement() would have
// to look at (no brackets, strings, comments, colons…), up to its `;` or `}`. Most of them are.
const SIMPLE_DECLARATION = /[^\t\n\f\r !"#'():;@[\\\]{}/]+[\t\n\f\r ]*:[^;{}()[\]"'/\\@:]*(?=[;}])/y;

// A rule block, from after its `{` through its `}`, that can be set aside and read later on its own
// (blockDeclarations): no braces, strings, escapes, at-words or square brackets; comments whole; and
// parentheses only simple ones, with no `;`, brace, quote or comment inside. Linear: every
// alternative starts with a different character.
const LAZY_BLOCK = /(?:[^{}"'\\/@()[\]]|\/(?!\*)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/|\((?:[^()"'\\{};/[\]@]|\/(?!\*))*\))*\}/y;

// Characters statement() has to look at; everything else is part of a word.
const SPECIAL = new Uint8Array(128);
for (const ch of `'"()[]{};:@\\/`) SPECIAL[ch.charCodeAt(0)] = 1;

// RE_WORD_END of postcss/lib/tokenize.js, /[\t\n\f\r !"#'():;@[\\\]{}]|\/(?=\*)/, as a table.
const WORD_END = new Uint8Array(128);
for (const ch of '\t\n\f\r !"#\'():;@[\\]{}') WORD_END[ch.charCodeAt(0)] = 1;

function endsWord(css: string, i: number): boolean {
  const c = css.charCodeAt(i);
  return c < 128 && (WORD_END[c] === 1 || (c === SLASH && css.charCodeAt(i + 1) === ASTERISK));
}
const RE_URL_NAME = /(?:^|[\t\n\f\r "'(),/:;[\]{}])url$/i;
const RE_QUOTED = /[\t\n\f\r ]*["']/y;

/** postcss's notion of white space (narrower than String.prototype.trim's). */
function isSpace(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === TAB || code === CR || code === FEED;
}

/** How a statement ended: at `{`, `;`, `}` (not consumed) or the end of the text. */
const enum End {
  Brace,
  Semicolon,
  Close,
  Eof,
}

class Scanner {
  private readonly css: string;
  pos = 0;
  /** postcss's tokenizer remembers the `)` of a bracket it could not take whole; parens up to it are single tokens. */
  private lastBadParen = -1;
  // Filled by statement(): where the first top-level colon is and how many colons there were.
  private firstColon = -1;
  private colons = 0;
  /** Comments inside the statement, as [start, end) pairs: only selectors may hold them. */
  private comments: number[] = [];
  /** Expected closers of the open `(` and `[` tokens of the current statement. */
  private readonly closers: number[] = [];
  /** Index of the first backslash after the last one looked for (Infinity: none left). */
  private nextBackslash = -1;

  constructor(css: string) {
    this.css = css;
  }

  /** A whole style sheet: rules in document order. */
  sheet(): CssRule[] {
    const css = this.css;
    const out: CssRule[] = [];
    // The at-rule blocks open at the current position (a rule's own block is read whole by ruleBlock()).
    let atRules: CssAtRuleScope | undefined;
    let depth = 0;
    for (;;) {
      const c = this.skipSpacesAndComments();
      if (c === -1) break;
      if (c === SEMICOLON) {
        this.pos++;
        continue;
      }
      if (c === CLOSE_CURLY) {
        if (!atRules) throw NOT_PLAIN; // safe parser ignores a stray `}`; we do not try to follow it
        atRules = atRules.outer;
        depth--;
        this.pos++;
        continue;
      }
      if (c === OPEN_CURLY) throw NOT_PLAIN; // a rule without selector
      if (c === AT) {
        const head = this.atRuleHead();
        if (head) {
          atRules = { head, outer: atRules };
          depth++;
        }
        continue;
      }
      const start = this.pos;
      const end = this.statement();
      if (end === End.Brace) {
        // postcss treats `--x: … {` as a custom property holding a block, not as a rule.
        if (this.firstColon >= 0 && css.startsWith('--', start)) throw NOT_PLAIN;
        const selector = this.selector(start, this.pos);
        const blockStart = ++this.pos;
        LAZY_BLOCK.lastIndex = blockStart;
        if (LAZY_BLOCK.test(css)) {
          this.pos = LAZY_BLOCK.lastIndex;
          out.push(new ScannedRule(selector, start, atRules, css, blockStart, this.pos - 1));
        } else {
          const declarations = this.ruleBlock();
          out.push(new ScannedRule(selector, start, atRules, css, blockStart, this.pos - 1, declarations));
        }
      } else if (end === End.Close) {
        // `…}` closing an at-rule block: a declaration (colon) or junk; neither is kept.
        if (depth === 0 || this.firstColon < 0) throw NOT_PLAIN;
      } else if (end === End.Semicolon) {
        if (this.firstColon < 0) throw NOT_PLAIN;
        this.pos++; // a declaration outside any rule: styles nothing
      }
      // End.Eof at the top level: trailing junk such as `-->`, which the safe parser drops too.
      else if (depth > 0) throw NOT_PLAIN;
    }
    if (depth > 0) throw NOT_PLAIN; // unclosed at-rule block
    return out;
  }

  /** A `style` attribute: declarations only. */
  declarationList(): CssDeclaration[] {
    const out: CssDeclaration[] = [];
    for (;;) {
      const c = this.skipSpacesAndComments();
      if (c === -1) return out;
      if (c === SEMICOLON) {
        this.pos++;
        continue;
      }
      if (c === AT || c === OPEN_CURLY || c === CLOSE_CURLY) throw NOT_PLAIN;
      const start = this.pos;
      const end = this.statement();
      if (end !== End.Semicolon && end !== End.Eof) throw NOT_PLAIN;
      out.push(this.declaration(start, this.pos));
      if (end === End.Semicolon) this.pos++;
    }
  }

  /** The declarations of a rule, after its `{`, through its `}`. */
  ruleBlock(): CssDeclaration[] {
    const out: CssDeclaration[] = [];
    for (;;) {
      const c = this.skipSpacesAndComments();
      if (c === -1) throw NOT_PLAIN; // unclosed block
      if (c === SEMICOLON) {
        this.pos++;
        continue;
      }
      if (c === CLOSE_CURLY) {
        this.pos++;
        return out;
      }
      if (c === AT || c === OPEN_CURLY) throw NOT_PLAIN;
      const start = this.pos;
      SIMPLE_DECLARATION.lastIndex = start;
      if (SIMPLE_DECLARATION.test(this.css)) {
        // `color: #333` and the like: nothing in it statement() would have to look at twice.
        const end = SIMPLE_DECLARATION.lastIndex;
        let propEnd = start + 1;
        while (!isSpace(this.css.charCodeAt(propEnd)) && this.css.charCodeAt(propEnd) !== COLON) propEnd++;
        out.push(this.declarationParts(start, propEnd, this.css.indexOf(':', propEnd), end));
        this.pos = end;
        continue;
      }
      const end = this.statement();
      if (end === End.Eof || end === End.Brace) throw NOT_PLAIN; // unclosed, or a nested rule
      out.push(this.declaration(start, this.pos));
      if (end === End.Semicolon) this.pos++;
    }
  }

  /** `@name params` up to `{` (consumed; returns the head) or `;` (consumed; returns undefined). */
  private atRuleHead(): CssAtRuleHead | undefined {
    const css = this.css;
    const at = this.pos;
    RE_AT_END.lastIndex = at + 1;
    const nameEnd = RE_AT_END.test(css) ? RE_AT_END.lastIndex - 1 : css.length;
    if (nameEnd === at + 1) throw NOT_PLAIN; // `@` alone
    const name = css.slice(at + 1, nameEnd);
    this.pos = nameEnd;
    let paramsStart = nameEnd;
    while (paramsStart < css.length && isSpace(css.charCodeAt(paramsStart))) paramsStart++;
    const end = this.statement();
    if (end === End.Eof || end === End.Close || this.comments.length > 0) throw NOT_PLAIN;
    const params = paramsStart < this.pos ? css.slice(paramsStart, this.trimEnd(paramsStart, this.pos)) : '';
    this.pos++;
    return end === End.Brace ? { name, params } : undefined;
  }

  /**
   * Reads one statement's tokens from `pos` to its end at bracket depth 0 and leaves `pos` there.
   * Records the colons seen (outside strings and whole-bracket tokens), as postcss's parser would see them.
   */
  private statement(): End {
    const css = this.css;
    const length = css.length;
    let pos = this.pos;
    // Stack of expected closers of open `(` and `[` tokens; only [0, depth) is live (no shrinking).
    const closers = this.closers;
    let depth = 0;
    this.firstColon = -1;
    this.colons = 0;
    if (this.comments.length > 0) this.comments = [];
    while (pos < length) {
      const c = css.charCodeAt(pos);
      if (c >= 128 || !SPECIAL[c]) {
        pos++;
        continue;
      }
      switch (c) {
        case SINGLE_QUOTE:
        case DOUBLE_QUOTE: {
          const close = css.indexOf(c === SINGLE_QUOTE ? "'" : '"', pos + 1);
          if (close === -1 || this.backslashBefore(pos, close)) throw NOT_PLAIN;
          pos = close + 1;
          break;
        }
        case OPEN_PAREN: {
          const after = this.wholeParen(pos);
          if (after !== -1) pos = after;
          else {
            closers[depth++] = CLOSE_PAREN;
            pos++;
          }
          break;
        }
        case CLOSE_PAREN:
        case CLOSE_SQUARE:
          if (depth === 0 || closers[--depth] !== c) throw NOT_PLAIN;
          pos++;
          break;
        case OPEN_SQUARE:
          closers[depth++] = CLOSE_SQUARE;
          pos++;
          break;
        case OPEN_CURLY:
        case CLOSE_CURLY:
        case SEMICOLON:
          if (depth > 0) throw NOT_PLAIN; // postcss would read on inside the bracket
          this.pos = pos;
          return c === OPEN_CURLY ? End.Brace : c === SEMICOLON ? End.Semicolon : End.Close;
        case COLON:
          if (this.firstColon < 0 && depth === 0) this.firstColon = pos;
          this.colons++;
          pos++;
          break;
        case AT:
        case BACKSLASH:
          throw NOT_PLAIN; // an at-word or escape inside a statement
        default: {
          // SLASH
          if (css.charCodeAt(pos + 1) !== ASTERISK) {
            pos++;
            break;
          }
          const close = css.indexOf('*/', pos + 2);
          if (close === -1) throw NOT_PLAIN;
          this.comments.push(pos, close + 2);
          pos = close + 2;
        }
      }
    }
    if (depth > 0) throw NOT_PLAIN; // unclosed bracket
    this.pos = pos;
    return End.Eof;
  }

  /**
   * A `(` as postcss's tokenizer reads it: a raw `url(…)` or a whole `(…)` token (returns the position
   * after it), or an open bracket token (returns -1).
   */
  private wholeParen(pos: number): number {
    const css = this.css;
    RE_QUOTED.lastIndex = pos + 1;
    if (RE_URL_NAME.test(css.substring(pos - 4, pos)) && !RE_QUOTED.test(css)) {
      const close = css.indexOf(')', pos + 1);
      if (close === -1 || this.backslashBefore(pos, close)) throw NOT_PLAIN;
      return close + 1;
    }
    if (pos > this.lastBadParen) {
      const close = css.indexOf(')', pos + 1);
      if (close !== -1 && !this.badBracket(pos + 1, close)) return close + 1;
      this.lastBadParen = close === -1 ? css.length : close;
    }
    return -1;
  }

  /** A declaration from `start` (its first character) to `end` (its `;`, `}` or the end of the text). */
  private declaration(start: number, end: number): CssDeclaration {
    const css = this.css;
    const colon = this.firstColon;
    if (this.comments.length > 0) throw NOT_PLAIN;
    // Exactly one colon: postcss splits `a: b c: d` into two declarations (a missed semicolon).
    if (colon < 0 || this.colons !== 1) throw NOT_PLAIN;
    const first = css.charCodeAt(start);
    if (
      first === SINGLE_QUOTE ||
      first === DOUBLE_QUOTE ||
      first === OPEN_PAREN ||
      first === CLOSE_PAREN ||
      first === OPEN_SQUARE ||
      first === CLOSE_SQUARE ||
      first === COLON
    ) {
      throw NOT_PLAIN; // the property must be a word
    }
    let propEnd = start + 1;
    while (propEnd < end && !endsWord(css, propEnd)) propEnd++;
    let afterProp = propEnd;
    while (afterProp < colon && isSpace(css.charCodeAt(afterProp))) afterProp++;
    if (afterProp !== colon) throw NOT_PLAIN; // `font size: 1px`, `color!x: red`…
    return this.declarationParts(start, propEnd, colon, end);
  }

  /** The property, value and importance of a checked declaration. */
  private declarationParts(start: number, propEnd: number, colon: number, end: number): CssDeclaration {
    const css = this.css;
    let prop = css.slice(start, propEnd);
    // Old IE hacks: postcss moves the `*`/`_` of `*zoom` into the raws.
    if (prop[0] === '_' || prop[0] === '*') prop = prop.slice(1);

    let valueStart = colon + 1;
    while (valueStart < end && isSpace(css.charCodeAt(valueStart))) valueStart++;
    let valueEnd = this.trimEnd(valueStart, end);
    let important = false;
    // Cheap test first: most values do not end in a `t`.
    if (valueEnd - valueStart >= 9 && (css.charCodeAt(valueEnd - 1) | 0x20) === 0x74) {
      if (valueEnd - valueStart >= 10 && css.slice(valueEnd - 10, valueEnd).toLowerCase() === '!important') {
        important = true;
        valueEnd = this.trimEnd(valueStart, valueEnd - 10);
      } else if (css.slice(valueEnd - 9, valueEnd).toLowerCase() === 'important') {
        throw NOT_PLAIN; // `! important`: postcss's rules for it are intricate
      }
    }
    return { prop, value: css.slice(valueStart, valueEnd), important };
  }

  // A rule's selector, `start` to its `{`, as postcss's raw() builds it: white space and comments at
  // the end dropped, and a comment inside dropped when white space is next to it (Mailchimp writes
  // `a:visited, /* Yahoo! Mail Override */ a .yshortcuts`). Other inner comments postcss keeps or
  // drops depending on the text before them; we leave those to it.
  private selector(start: number, brace: number): string {
    const css = this.css;
    const comments = this.comments;
    let end = this.trimEnd(start, brace);
    let inner = comments.length;
    while (inner > 0 && comments[inner - 1] === end) {
      inner -= 2;
      end = this.trimEnd(start, comments[inner]!);
    }
    if (inner === 0) return css.slice(start, end);
    let out = '';
    let from = start;
    for (let i = 0; i < inner; i += 2) {
      const open = comments[i]!;
      const close = comments[i + 1]!;
      const spaceBefore = isSpace(css.charCodeAt(open - 1));
      const spaceAfter = isSpace(css.charCodeAt(close));
      if (!spaceBefore && !spaceAfter) throw NOT_PLAIN;
      if (comments[i + 2] === close) throw NOT_PLAIN; // two comments in a row
      out += css.slice(from, open);
      from = close;
    }
    return out + css.slice(from, end);
  }

  /** Whether a backslash lies between `from` and `to` (exclusive); linear over a whole scan. */
  private backslashBefore(from: number, to: number): boolean {
    if (this.nextBackslash <= from) {
      const next = this.css.indexOf('\\', from + 1);
      this.nextBackslash = next === -1 ? Infinity : next;
    }
    return this.nextBackslash < to;
  }

  /**
   * postcss's RE_BAD_BRACKET, /.[\r\n"'(/\\]/, on the text from the `(` to `to`: a `(…)` holding a line
   * break, quote, `(`, `/` or backslash is not one token (unless only after a line terminator, which `.` skips).
   */
  private badBracket(from: number, to: number): boolean {
    const css = this.css;
    for (let i = from; i < to; i++) {
      const c = css.charCodeAt(i);
      if (c === NEWLINE || c === CR || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === OPEN_PAREN || c === SLASH || c === BACKSLASH) {
        const before = css.charCodeAt(i - 1);
        if (before !== NEWLINE && before !== CR && before !== 0x2028 && before !== 0x2029) return true;
      }
    }
    return false;
  }

  /** Skips white space and comments; returns the next character code, or -1 at the end. */
  private skipSpacesAndComments(): number {
    const css = this.css;
    let pos = this.pos;
    while (pos < css.length) {
      const c = css.charCodeAt(pos);
      if (isSpace(c)) pos++;
      else if (c === SLASH && css.charCodeAt(pos + 1) === ASTERISK) {
        const close = css.indexOf('*/', pos + 2);
        if (close === -1) throw NOT_PLAIN;
        pos = close + 2;
      } else {
        this.pos = pos;
        return c;
      }
    }
    this.pos = pos;
    return -1;
  }

  private trimEnd(start: number, end: number): number {
    while (end > start && isSpace(this.css.charCodeAt(end - 1))) end--;
    return end;
  }
}

/** The rules of a style sheet, or undefined when it is not plain enough to read without the safe parser. */
export function scanStyleSheet(css: string): CssRule[] | undefined {
  if (startsWithBom(css)) return undefined; // postcss drops it, shifting every offset
  try {
    return new Scanner(css).sheet();
  } catch (e) {
    if (e === NOT_PLAIN) return undefined;
    throw e;
  }
}

/** The declarations of a `style` attribute, or undefined when it needs the safe parser. */
export function scanDeclarationList(css: string): CssDeclaration[] | undefined {
  if (startsWithBom(css)) return undefined;
  try {
    return new Scanner(css).declarationList();
  } catch (e) {
    if (e === NOT_PLAIN) return undefined;
    throw e;
  }
}

function startsWithBom(css: string): boolean {
  const c = css.charCodeAt(0);
  return c === 0xfeff || c === 0xfffe;
}
