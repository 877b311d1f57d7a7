// The release builds: Chrome MV3 (`npm run build:extension`) and Firefox (`wxt build -b firefox`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, readManifest } from './harness.ts';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? jsFiles(f) : f.endsWith('.js') ? [f] : [];
  });
}
const gz = (f: string) => gzipSync(readFileSync(f)).length;

describe('Chrome MV3 build', () => {
  let dir: string;
  beforeAll(() => {
    dir = buildExtension();
  });

  it('asks for no broad host access and never runs on loopback', () => {
    const m = readManifest(dir);
    expect(m.manifest_version).toBe(3);
    const text = JSON.stringify(m);
    expect(text).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|127\.0\.0\.1|localhost/);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(m.content_scripts?.[0]?.matches).toContain('https://mail.google.com/*');
    expect(readdirSync(path.join(dir, '_locales')).sort()).toEqual(['en', 'it']);
  });

  it('has a strict CSP: own scripts only, no objects, no <base>, no network from extension pages', () => {
    const m = readManifest(dir) as { content_security_policy?: { extension_pages?: string } };
    expect(m.content_security_policy?.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'");
  });

  it('bundles no eval, no Function constructor and no remote script', () => {
    for (const f of jsFiles(dir)) {
      const js = readFileSync(f, 'utf8');
      expect(js, f).not.toMatch(/\beval\(|new Function\(|\bFunction\(["'`]|importScripts\(/);
      expect(js, f).not.toMatch(/<script[^>]+src=["']https?:/);
    }
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
      expect(readFileSync(path.join(dir, f), 'utf8')).not.toMatch(/<script(?![^>]*src=["']\/)[^>]*>[^<]/);
    }
  });

  it('does not bundle mjml, and stays small', () => {
    const files = jsFiles(dir);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toMatch(/mjml-core|mjml-validator|mjml-parser-xml|html-minifier/);
    const content = gz(path.join(dir, 'content-scripts/drafts.js'));
    const background = gz(path.join(dir, 'background.js'));
    console.log(`gzipped: content script ${content} B, background ${background} B`);
    expect(content).toBeLessThan(40_000);
    // The engine, its rules and their ten-language lexicons, postal-mime for "Show original" (76 KB minified) and
    // postcss: 154 KB gzipped at issue 15's per-client conditions and wording (149 KB before). A guard against a
    // new dependency slipping in, not a target: MV3 service workers cannot import lazily.
    expect(background).toBeLessThan(160_000);
  });
});

describe('Firefox build', () => {
  it('passes `wxt build -b firefox`', () => {
    const dir = buildExtension({ browser: 'firefox' });
    const m = readManifest(dir) as Record<string, unknown> & { browser_specific_settings?: { gecko?: { id?: string } } };
    expect(m.browser_specific_settings?.gecko?.id).toBe('optout-lint@optout-lint.dev');
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|127\.0\.0\.1/);
    // MV2 takes the CSP as a string; WXT converts ours.
    expect(m.content_security_policy).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'");
  });
});
