// The Action's inputs are split like a shell splits words, without expanding anything.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArgs } from '../../linter/cli/action.ts';
import { tempDir } from './helpers.ts';

describe('splitArgs', () => {
  it('keeps quoted globs and spaces whole, unexpanded', () => {
    expect(splitArgs(`"emails/**/*.html" 'My Drafts/' plain.mjml`)).toEqual(['emails/**/*.html', 'My Drafts/', 'plain.mjml']);
    expect(splitArgs(`--rule 'postal-address: off' --max-warnings 0`)).toEqual(['--rule', 'postal-address: off', '--max-warnings', '0']);
  });

  it('handles escapes, empty quotes, and runs of whitespace and newlines', () => {
    expect(splitArgs('a\\ b "c \\"d\\"" \'\' \n\t e')).toEqual(['a b', 'c "d"', '', 'e']);
    expect(splitArgs('   ')).toEqual([]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => splitArgs('"emails/**')).toThrow('unclosed " in "\\"emails/**"');
  });
});

describe('the action step', () => {
  it('passes render and render-out on as --render and --render-out', async () => {
    const { runAction } = await import('../../linter/cli/action.ts');
    const tmp = tempDir();
    try {
      writeFileSync(path.join(tmp.dir, 'a.html'), '<p>Hello</p><p><a href="https://acme.example/unsubscribe">Unsubscribe</a></p>');
      let stderr = '';
      const code = await runAction(
        { INPUT_PATTERNS: 'a.html', INPUT_RENDER: 'true', INPUT_RENDER_OUT: 'shots', INPUT_ANNOTATIONS: 'false', RUNNER_TEMP: tmp.dir },
        {
          cwd: tmp.dir,
          env: { PATH: '', OPTOUT_RENDER_BROWSER: path.join(tmp.dir, 'no-such-chrome') },
          stdout: { write: () => undefined, isTTY: false },
          stderr: { write: (t: string) => void (stderr += t) },
          readStdin: async () => Buffer.alloc(0),
        },
      );
      // The flag arrived: the renderer looked for the browser it was given, and the static judgment ran anyway.
      expect(stderr).toContain('--render: OPTOUT_RENDER_BROWSER=');
      expect(code).toBeLessThan(2);
    } finally {
      tmp.cleanup();
    }
  });
});
