// The fallback reader: postcss-safe-parser, for CSS the fast scanner (css-scan.ts) does not take.
// Gives the same flat shape as the scanner so the rest of the engine cannot tell the two apart.
import safeParse from 'postcss-safe-parser';
import type { AtRule, ChildNode, Declaration, Rule } from 'postcss';
import type { CssAtRuleScope, CssDeclaration, CssRule } from './css-types.ts';

/** Rules of a style sheet in document order, each with the at-rules around it. */
export function safeStyleSheet(css: string): CssRule[] {
  let root;
  try {
    root = safeParse(cutAtUnclosedUrl(css));
  } catch {
    return []; // even the safe parser can give up on garbage; a broken sheet styles nothing
  }
  const lineOffsets = lineStartOffsets(css);
  const out: CssRule[] = [];
  // Iterative: hostile sheets nest at-rules thousands deep.
  const stack: { node: ChildNode; atRules: CssAtRuleScope | undefined }[] = [];
  const pushChildren = (nodes: ChildNode[], atRules: CssAtRuleScope | undefined) => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, atRules });
  };
  pushChildren(root.nodes, undefined);
  while (stack.length > 0) {
    const { node, atRules } = stack.pop()!;
    if (node.type === 'atrule') {
      const at = node as AtRule;
      if (at.nodes) pushChildren(at.nodes, { head: { name: at.name, params: at.params }, outer: atRules });
      continue;
    }
    if (node.type !== 'rule') continue;
    const rule = node as Rule;
    // postcss closes a string the sheet never closes; in CSS it runs on and the rule is not one (the fast
    // scanner reads `"a{…` so, and the two readers must agree).
    if (hasUnclosedString(rule.selector)) continue;
    const start = rule.source?.start;
    out.push({
      selector: rule.selector,
      offset: start ? (lineOffsets[start.line - 1] ?? 0) + start.column - 1 : 0,
      declarations: declarationsOf(rule.nodes ?? []),
      atRules,
    });
  }
  return out;
}

/** Declarations of a `style` attribute. */
export function safeDeclarationList(css: string): CssDeclaration[] {
  try {
    return declarationsOf(safeParse(cutAtUnclosedUrl(css)).nodes);
  } catch {
    return []; // unparsable inline style styles nothing
  }
}

function declarationsOf(nodes: ChildNode[]): CssDeclaration[] {
  const out: CssDeclaration[] = [];
  for (const node of nodes) {
    if (node.type !== 'decl') continue;
    const d = node as Declaration;
    out.push({ prop: d.prop, value: d.value, important: d.important === true });
  }
  return out;
}

/** A quote with no closing quote of its kind after it (backslash escapes skipped). */
function hasUnclosedString(text: string): boolean {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
  }
  return quote !== '';
}

function lineStartOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

/**
 * The sheet up to its first `url(` with no `)` after it. An unclosed url runs to the end of the sheet (CSS Syntax
 * 4.3.6), so nothing after it styles anything; postcss's tokenizer would look for the `)` again from every later
 * `url(`, which is quadratic on a sheet full of them.
 */
function cutAtUnclosedUrl(css: string): string {
  const unclosed = /url\(/gi;
  unclosed.lastIndex = css.lastIndexOf(')') + 1;
  const m = unclosed.exec(css);
  return m ? css.slice(0, m.index + m[0].length) : css;
}
