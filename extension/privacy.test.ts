// Privacy and safety, checked on the extension's own sources: no network API, no HTML injection.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = import.meta.dirname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'public' ? [] : sources(full);
    return /\.(?:ts|html)$/.test(name) && !/\.test\.ts$|test-support\.ts$/.test(name) ? [full] : [];
  });
}

describe('extension sources', () => {
  const files = sources(DIR);
  it('finds them', () => expect(files.length).toBeGreaterThan(15));
  it.each(files.map((f) => [path.relative(DIR, f), f]))('%s makes no network request', (_n, f) => {
    expect(readFileSync(f, 'utf8')).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|<script[^>]+src=["']https?:/);
  });
  it.each(files.map((f) => [path.relative(DIR, f), f]))('%s injects no HTML', (_n, f) => {
    expect(readFileSync(f, 'utf8')).not.toMatch(
      /\.(?:innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write|createContextualFragment|\beval\s*\(|new Function/,
    );
  });
});
