// Every finding has marketer wording in every UI language, and every rule a name in words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';

const LOCALES = ['en', 'it'];
const messagesOf = (lang: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const key = (s: string) => s.replace(/[^A-Z0-9]/gi, '_');

describe.each(LOCALES)('_locales/%s', (lang) => {
  const messages = messagesOf(lang);
  const wanted = rules.flatMap((r) => Object.keys(r.meta.messages).map((id) => `f_${key(r.meta.id)}_${key(id)}`));

  it('words every message of every rule (what is wrong, how to fix it)', () => {
    expect(wanted.filter((k) => !messages[k]?.message)).toEqual([]);
  });
  it('has no wording for a message no rule has any more', () => {
    expect(Object.keys(messages).filter((k) => k.startsWith('f_') && !wanted.includes(k))).toEqual([]);
  });
  it('names every rule in words', () => {
    expect(rules.map((r) => `r_${key(r.meta.id)}`).filter((k) => !messages[k]?.message)).toEqual([]);
  });
});
