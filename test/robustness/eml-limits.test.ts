// The .eml reader's limits: MIME depth (a warning, the shallow parts still linted), header count and length
// (configurable, a clear fatal message), and no hang on hostile messages (each test's timeout is the guard).
import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.ts';
import { resolveConfig, ConfigError, validateConfig } from '../../linter/config.ts';
import { presets, rules } from '../../rules/index.ts';
import { walkMime } from '../../linter/eml/mime.ts';
import type { Config } from '../../linter/types.ts';
import { base64Garbage, deepMultipart, manyHeaders, manyUris } from './eml-hostile.ts';

const lint = async (text: string, extra: Config = {}) => {
  const config = resolveConfig([extra], { rules, presets });
  return { result: await lintText(text, { filename: 'x.eml', config, rules }) };
};

/** A hang guard, not a speed target (those live in `npm run bench`). */
const HANG_GUARD_MS = 15_000;

describe('.eml limits', () => {
  it(
    'walks 3,000-deep multipart nesting iteratively, stops at depth 20 and says so',
    async () => {
      const walk = walkMime(deepMultipart(3000));
      expect(walk.cut).toHaveLength(1);
      expect(walk.leaves).toHaveLength(1);
      const { result } = await lint(deepMultipart(3000));
      expect(result.fatalErrorCount).toBe(0);
      const notice = result.messages.find((m) => m.ruleId === null);
      expect(notice).toMatchObject({ severity: 1, message: 'MIME parts nest deeper than 20; the rest is not checked.' });
      expect(notice!.line).toBeGreaterThan(20);
    },
    HANG_GUARD_MS,
  );

  it('reads nesting up to the limit as usual', async () => {
    const { result } = await lint(deepMultipart(19));
    expect(result.messages.filter((m) => m.ruleId === null)).toEqual([]);
    expect(result.messages.some((m) => m.ruleId === 'unsubscribe-link-present')).toBe(false);
  });

  it('refuses a header block with too many fields, configurably', async () => {
    const { result } = await lint(manyHeaders(1200));
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null });
    expect(result.messages[0]!.message).toMatch(/header block at line 1 has 1207 fields, over the limit of 1000 \(set maxHeaders/);
    const raised = await lint(manyHeaders(1200), { maxHeaders: 2000 });
    expect(raised.result.fatalErrorCount).toBe(0);
  });

  it(
    'refuses a header field over maxHeaderLength (40,000 URIs in List-Unsubscribe) with a clear message',
    async () => {
      const { result } = await lint(manyUris(40_000));
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]!.message).toMatch(
        /the List-Unsubscribe header \(line 7\) is \d+ characters long, over the limit of 1048576 \(set maxHeaderLength/,
      );
    },
    HANG_GUARD_MS,
  );

  it(
    'lints 40,000 URIs when the limit is raised',
    async () => {
      const { result } = await lint(manyUris(40_000), { maxHeaderLength: 4 * 1024 * 1024 });
      expect(result.fatalErrorCount).toBe(0);
    },
    HANG_GUARD_MS,
  );

  it(
    'a base64 part of garbage is linted without a crash',
    async () => {
      const { result } = await lint(base64Garbage());
      expect(result.fatalErrorCount).toBe(0);
    },
    HANG_GUARD_MS,
  );

  it('validates the limit keys', () => {
    expect(() => validateConfig({ maxHeaders: 0 }, { rules, presets })).toThrow(ConfigError);
    expect(() => validateConfig({ maxHeaderLength: '1MB' }, { rules, presets })).toThrow(/maxHeaderLength: expected a whole number > 0/);
    expect(validateConfig({ maxHeaders: 5, maxHeaderLength: 10 }, { rules, presets })).toEqual({ maxHeaders: 5, maxHeaderLength: 10 });
  });
});

describe('.eml limits inside parts', () => {
  it('a long header field in a nested part is refused too', async () => {
    const text = `From: a@b.example\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: text/html\nX-Long: ${'y'.repeat(2000)}\n\n<p>Hi</p>\n--x--\n`;
    const { result } = await lint(text, { maxHeaderLength: 1000 });
    expect(result.messages[0]!.message).toBe(
      'Could not parse EML: the X-Long header (line 6) is 2000 characters long, over the limit of 1000 (set maxHeaderLength in the config to raise it)',
    );
  });
});
