import { describe, expect, it } from 'vitest';
import { OUTLOOK_COM_DARK, clientConditions, mediaMatches } from './conditions.ts';

const env = (width: number, dark = false) => ({ width, dark, outlookDark: false });

describe('media queries', () => {
  it('evaluates widths in px and em, and/or lists, not and only', () => {
    expect(mediaMatches('only screen and (max-width: 600px)', env(600))).toBe(true);
    expect(mediaMatches('only screen and (max-width: 600px)', env(601))).toBe(false);
    expect(mediaMatches('(min-width: 30em)', env(480))).toBe(true);
    expect(mediaMatches('(min-width: 30em)', env(479))).toBe(false);
    expect(mediaMatches('(max-width:300px), (min-width:900px)', env(1000))).toBe(true);
    expect(mediaMatches('not screen and (max-width:600px)', env(400))).toBe(false);
    expect(mediaMatches('print and (max-width:600px)', env(400))).toBe(false);
    expect(mediaMatches('screen and (max-device-width:480px)', env(480))).toBe(true);
    expect(mediaMatches('screen\n  and   ( max-width : 480px )', env(480))).toBe(true);
  });
  it('dark mode, and Outlook.com dark mode only in its own condition', () => {
    expect(mediaMatches('(prefers-color-scheme: dark)', env(1024, true))).toBe(true);
    expect(mediaMatches('(prefers-color-scheme: dark)', env(1024))).toBe(false);
    expect(mediaMatches('(prefers-color-scheme: light)', env(1024))).toBe(true);
    expect(mediaMatches(OUTLOOK_COM_DARK, env(1024, true))).toBe(false);
    expect(mediaMatches(OUTLOOK_COM_DARK, { ...env(1024), outlookDark: true })).toBe(true);
  });
  it('a feature it cannot evaluate holds only in a condition of its own', () => {
    expect(mediaMatches('(update: slow)', env(1024))).toBe(false);
    expect(mediaMatches('(update: slow)', { ...env(1024), assumed: '(update: slow)' })).toBe(true);
  });
});

describe('client conditions', () => {
  it('a sheet without @media has only the default', () => {
    expect(clientConditions([]).map((c) => c.label)).toEqual(['on every screen']);
  });
  it('one condition per width range the breakpoints separate, then dark modes and unknown queries', () => {
    const labels = clientConditions([
      '(max-width:600px)',
      'screen and (max-width:480px)',
      '(min-width:601px)',
      '(prefers-color-scheme: dark)',
      OUTLOOK_COM_DARK,
      '(update: slow)',
    ]).map((c) => c.label);
    expect(labels).toEqual([
      'on screens ≥ 601px',
      'on screens 481–600px wide',
      'on screens ≤ 480px',
      'in dark mode',
      'in Outlook.com dark mode',
      'under @media (update: slow)',
    ]);
  });
  it('a hostile sheet with hundreds of breakpoints gives a bounded number of conditions', () => {
    const texts = Array.from({ length: 500 }, (_, i) => `(max-width:${i + 100}px)`);
    texts.push(...Array.from({ length: 50 }, (_, i) => `(unknown-feature-${i})`));
    expect(clientConditions(texts).length).toBeLessThanOrEqual(1 + 8 + 4);
  });
});
