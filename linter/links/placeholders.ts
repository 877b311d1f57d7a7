// In-house placeholders (config `placeholders`): tokens the team's own sender fills in, such as
// `{{unsubscribe_url}}`. Compared without whitespace, so `{{ unsubscribe_url }}` and `{{unsubscribe_url}}` match.
import type { Placeholders } from '../types.ts';

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The whole href is one of the tokens. */
export function isPlaceholder(value: string, tokens: readonly string[] | undefined): boolean {
  if (!tokens?.length) return false;
  const v = squeeze(value);
  return tokens.some((t) => squeeze(t) === v);
}

/** One of the tokens appears in the text. */
export function containsPlaceholder(text: string, tokens: readonly string[] | undefined): boolean {
  if (!tokens?.length) return false;
  const v = squeeze(text);
  return tokens.some((t) => v.includes(squeeze(t)));
}

export type { Placeholders };
