// The real newsletters of ../shared/corpus/eml against the hand labels of MANIFEST.tsv (list_unsubscribe_header,
// one_click_post). Skipped when the corpus is not checked out next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from './support/lint.ts';
import { resolveConfig } from '../linter/config.ts';
import { presets, rules } from '../rules/index.ts';
import { EmailDocument } from '../linter/document.ts';
import { buildEmlDocument } from '../linter/eml/index.ts';
import { listUnsubscribeFields, parseListUnsubscribe } from '../linter/headers/list-unsubscribe.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');
const MANIFEST = path.join(CORPUS, 'MANIFEST.tsv');
const present = existsSync(MANIFEST);

interface Row {
  file: string;
  header: string;
  oneClick: string;
}

function rows(): Row[] {
  const [head, ...lines] = readFileSync(MANIFEST, 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  const at = (name: string) => cols.indexOf(name);
  return lines
    .map((l) => l.split('\t'))
    .filter((c) => c[0]!.startsWith('eml/'))
    .map((c) => ({ file: c[at('file')]!, header: c[at('list_unsubscribe_header')]!, oneClick: c[at('one_click_post')]! }));
}

/** Our reading of the List-Unsubscribe header, in the labels' vocabulary (after RFC 2047 decoding). */
function headerKind(doc: EmailDocument): string {
  const fields = listUnsubscribeFields(doc.message.headers);
  if (fields.length === 0) return 'none';
  const schemes = new Set(fields.flatMap((f) => parseListUnsubscribe(f.value).uris.map((u) => u.scheme)));
  const web = schemes.has('https') ? 'https' : schemes.has('http') ? 'http' : undefined;
  if (schemes.has('mailto') && web) return 'both';
  return web ?? (schemes.has('mailto') ? 'mailto' : 'none');
}

const config = resolveConfig([], { rules, presets });

describe.skipIf(!present)('corpus .eml files against MANIFEST labels', () => {
  const table = present ? rows() : [];
  it('has the 14 labelled messages', () => {
    expect(table).toHaveLength(14);
  });

  it.each(table.map((r) => [r.file, r]))('%s', async (_name, row) => {
    const file = path.join(CORPUS, row.file);
    const text = readFileSync(file, 'utf8');
    const doc = await buildEmlDocument(text, file, config);
    const result = await lintText(text, { filename: file, config, rules });
    const ids = (rule: string) => result.messages.filter((m) => m.ruleId === rule).map((m) => m.messageId);

    // list_unsubscribe_header
    expect(headerKind(doc)).toBe(row.header);
    expect(ids('list-unsubscribe-present')).toEqual(row.header === 'none' ? ['missing'] : []);

    // one_click_post
    const oneClick = ids('list-unsubscribe-one-click');
    const ours =
      row.header === 'none'
        ? 'no'
        : oneClick.includes('missingPost')
          ? 'no'
          : oneClick.some((id) => id === 'typo' || id === 'wrongValue')
            ? 'malformed'
            : 'yes';
    expect(ours).toBe(row.oneClick);

    // Nothing crashes, and every finding has a position inside the file.
    const lines = text.split('\n').length;
    for (const m of result.messages) {
      expect(m.fatal, m.message).toBeUndefined();
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.line).toBeLessThanOrEqual(lines);
    }
  });
});
