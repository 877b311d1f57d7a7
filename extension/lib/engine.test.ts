import { describe, expect, it } from 'vitest';
import { elementLocator, filenameFor, lintRequest } from './engine.ts';
import { resolveSettings } from './settings-config.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const config = resolveSettings(DEFAULT_SETTINGS);

describe('findings point at the stamped element', () => {
  it('maps a link finding to its data-optout-i, and a document-level finding to none', async () => {
    const html =
      '<!DOCTYPE html>\n<html><head></head><body><div data-optout-i="0"><p data-optout-i="1">Bye?\n<a data-optout-i="2" href="#">Unsubscribe</a></p></div></body></html>';
    const report = await lintRequest({ kind: 'html', text: html, site: 'generic' }, config);
    const href = report.findings.find((f) => f.ruleId === 'unsubscribe-link-href');
    expect(href?.element).toBe(2);
    const missing = await lintRequest({ kind: 'html', text: '<html><body><p data-optout-i="0">Sale</p></body></html>', site: 'generic' }, config);
    const present = missing.findings.find((f) => f.ruleId === 'unsubscribe-link-present');
    expect(present).toBeDefined();
    expect(present?.element).toBeUndefined();
  });
  it('elementLocator picks the innermost stamped element', () => {
    const locate = elementLocator('<div data-optout-i="0"><span data-optout-i="1">x</span> y</div>');
    expect(locate(1, 24)).toBe(1);
    expect(locate(1, 57)).toBe(0);
    expect(locate(1, 1)).toBe(0);
  });
});

it('picks the parser by kind, like the CLI by extension', () => {
  expect(filenameFor('html')).toBe('draft.html');
  expect(filenameFor('eml')).toBe('message.eml');
});
