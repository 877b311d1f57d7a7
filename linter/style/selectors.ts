// Selectors: validity for email, index key, specificity, and a css-select matcher compiled on first use.
import { compile } from 'css-select';
import { parse as parseSelector, type AttributeSelector, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';

const PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter', 'selection', 'placeholder', 'marker']);
// States a reader's mouse or keyboard puts a link in: not how the email looks when opened.
const DYNAMIC_PSEUDOS = new Set(['hover', 'active', 'focus', 'focus-within', 'focus-visible', 'visited', 'target']);

export interface CompiledSelector {
  matches: (el: Element) => boolean;
  /** Index key from the rightmost compound: `#id`, `.class`, a tag name, or `*`. */
  key: string;
  /** The key as bucket and name (`class` and `footer` for `.footer`). */
  bucket: 'universal' | 'tag' | 'id' | 'class';
  bucketName: string;
  /** The selector is its key alone (`td`, `.footer`, `#main`, `*`): every element of its bucket matches. */
  keyOnly: boolean;
  /** Shared by every rule with this selector: do not mutate. */
  specificity: [number, number, number];
}

// Compiled selectors by text, shared across documents: templates of one sender (and of one builder)
// repeat the same selectors, and what a selector matches depends only on its text and the element.
// Bounded; the oldest entry goes first.
const MAX_CACHED = 4096;
const cache = new Map<string, CompiledSelector | null>();

/** A selector that can style an email as opened, or undefined (invalid, pseudo-element, :hover…). */
export function compileSelector(text: string): CompiledSelector | undefined {
  let compiled = cache.get(text);
  if (compiled === undefined) {
    compiled = compileUncached(text) ?? null;
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(text, compiled);
  }
  return compiled ?? undefined;
}

/** For tests: how many selectors are cached. */
export function cachedSelectorCount(): number {
  return cache.size;
}

function compileUncached(text: string): CompiledSelector | undefined {
  let parsed: Selector[][];
  try {
    parsed = parseSelector(text);
  } catch {
    return undefined;
  }
  const tokens = parsed[0];
  if (!tokens) return undefined;
  for (const t of tokens) {
    if (t.type === 'pseudo-element') return undefined;
    if (t.type === 'pseudo' && (PSEUDO_ELEMENTS.has(t.name) || DYNAMIC_PSEUDOS.has(t.name))) return undefined;
  }
  // Compiled on first use: a sheet of 60,000 rules mostly holds rules no asked-about element can match.
  let fn: ((el: Element) => boolean) | undefined;
  const matches = (el: Element): boolean => {
    if (!fn) {
      try {
        const compiled = compile<AnyNode, Element>(text);
        fn = (e) => compiled(e);
      } catch {
        fn = () => false; // unsupported selector syntax: it styles nothing we can know about
      }
    }
    return fn(el);
  };
  const key = indexKey(tokens);
  const bucket = key === '*' ? 'universal' : key[0] === '#' ? 'id' : key[0] === '.' ? 'class' : 'tag';
  const bucketName = bucket === 'id' || bucket === 'class' ? key.slice(1) : key;
  return { matches, key, bucket, bucketName, keyOnly: parsed.length === 1 && isKeyOnly(tokens), specificity: specificityOf(tokens) };
}

/** The most selective simple selector of the rightmost compound, for bucketing rules by element. */
function indexKey(tokens: Selector[]): string {
  let start = tokens.length;
  while (start > 0 && !isCombinator(tokens[start - 1]!)) start--;
  const compound = tokens.slice(start);
  for (const t of compound) if (isIdKey(t)) return `#${t.value}`;
  for (const t of compound) if (isClassKey(t)) return `.${t.value}`;
  for (const t of compound) if (t.type === 'tag') return t.name.toLowerCase();
  return '*';
}

// `#x` and `.x` compare as written: css-what marks them case-insensitive only "in quirks mode", which we
// never ask css-select for (an explicit `[class~=x i]` is `true`). Empty values match oddly: not keys.
function isIdKey(t: Selector): t is AttributeSelector {
  return t.type === 'attribute' && t.name === 'id' && t.action === 'equals' && t.ignoreCase !== true && t.value !== '';
}

function isClassKey(t: Selector): t is AttributeSelector {
  return t.type === 'attribute' && t.name === 'class' && t.action === 'element' && t.ignoreCase !== true && t.value !== '';
}

/** One simple selector that is exactly an index key: matching it is being in its bucket. */
function isKeyOnly(tokens: Selector[]): boolean {
  if (tokens.length !== 1) return false;
  const t = tokens[0]!;
  if (t.type === 'universal' || t.type === 'tag') return t.namespace === null;
  return (isIdKey(t) || isClassKey(t)) && t.namespace === null;
}

function isCombinator(t: Selector): boolean {
  return (
    t.type === 'child' || t.type === 'parent' || t.type === 'sibling' || t.type === 'adjacent' || t.type === 'descendant' || t.type === 'column-combinator'
  );
}

function specificityOf(tokens: Selector[]): [number, number, number] {
  let a = 0;
  let b = 0;
  let c = 0;
  for (const t of tokens) {
    switch (t.type) {
      case 'attribute':
        if (t.name === 'id' && t.action === 'equals') a++;
        else b++;
        break;
      case 'pseudo':
        if (Array.isArray(t.data)) {
          // :not(), :is(), :has() count as their most specific argument; :where() as nothing.
          if (t.name !== 'where') {
            const inner = t.data.map(specificityOf).sort(compareSpecificity).pop();
            if (inner) {
              a += inner[0];
              b += inner[1];
              c += inner[2];
            }
          }
        } else b++;
        break;
      case 'tag':
        c++;
        break;
      case 'pseudo-element':
        c++;
        break;
      default:
        break;
    }
  }
  return [a, b, c];
}

export function compareSpecificity(x: [number, number, number], y: [number, number, number]): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}
