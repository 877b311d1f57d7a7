// Sanity check on real templates hand-labelled in /work/shared/corpus/MANIFEST.tsv.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOptOutLinksInHtml } from './find.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const manifest = new URL('MANIFEST.tsv', corpus);

interface Row {
  file: string;
  label: string;
}

function rows(): Row[] {
  const [header, ...lines] = readFileSync(manifest, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const cols = header!.split('\t');
  const fileCol = cols.indexOf('file');
  const labelCol = cols.indexOf('has_unsub_link');
  return lines.map((l) => l.split('\t')).map((c) => ({ file: c[fileCol]!, label: c[labelCol]! }));
}

describe.skipIf(!existsSync(manifest))('corpus templates', () => {
  const templates = existsSync(manifest) ? rows().filter((r) => /\.(?:html|mjml)$/.test(r.file)) : [];

  it.each(templates)('$file ($label)', ({ file, label }) => {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    const links = findOptOutLinksInHtml(text);
    const expected = label === 'yes' || label === 'merge-tag' || label === 'unclear';
    expect(links.length > 0, links.map((l) => l.text).join(' | ')).toBe(expected);
    if (label === 'unclear') expect(links.every((l) => l.kind === 'preferences')).toBe(true);
    if (label === 'yes' || label === 'merge-tag') expect(links.some((l) => l.kind === 'unsubscribe')).toBe(true);
  });
});
