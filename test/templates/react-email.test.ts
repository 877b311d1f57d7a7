// React Email components rendered with the project's own react and @react-email/render (here: this repository's
// devDependencies, found from test/fixtures/react-email), in a child process with a time limit.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../linter/types.ts';
import { ROOT, runCliInProcess, tempDir } from '../cli/helpers.ts';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'react-email');
const json = (stdout: string) => JSON.parse(stdout) as LintResult[];

describe('React Email', () => {
  it('finds .tsx emails under emails/ and renders them: a hidden link in a rendered component, a component that throws', async () => {
    const r = await runCliInProcess(['-f', 'json', '.'], { cwd: FIXTURE });
    const by = Object.fromEntries(json(r.stdout).map((x) => [path.relative(FIXTURE, x.filePath), x.messages.map((m) => [m.ruleId, m.line, m.message])]));
    expect(Object.keys(by).sort()).toEqual(['emails/hidden.tsx', 'emails/throws.tsx']);
    // The footer is rendered inside the email: a hidden link there is the email's, at its `export default` line.
    expect(by['emails/hidden.tsx']).toEqual([['unsubscribe-link-visible', 4, expect.stringContaining('(in the rendered email)')]]);
    expect(by['emails/throws.tsx']).toEqual([[null, 1, 'The React Email threw while rendering: no data for this preview']]);
  });

  it('a render that takes too long is stopped with a clear message', async () => {
    const dir = path.join(FIXTURE, 'emails', `.loop-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(path.join(dir, 'loop.tsx'), 'export default function Loop() {\n  for (;;) {}\n}\n');
      process.env['OPTOUT_REACT_RENDER_TIMEOUT_MS'] = '1500';
      const timed = await runCliInProcess(['-f', 'json', path.join(dir, 'loop.tsx')], { cwd: FIXTURE });
      expect(json(timed.stdout)[0]!.messages.map((m) => m.message)).toEqual(['The React Email took longer than 1.5 s to render; it was stopped.']);
    } finally {
      delete process.env['OPTOUT_REACT_RENDER_TIMEOUT_MS'];
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the example project renders and passes; its footer component (no default export) is a partial', async () => {
    const dir = path.join(ROOT, 'examples', 'templates', 'react-email');
    const r = await runCliInProcess(['-f', 'json', '.'], { cwd: dir });
    expect(json(r.stdout).map((x) => [path.relative(dir, x.filePath), x.messages])).toEqual([
      ['emails/components/footer.tsx', []],
      ['emails/welcome.tsx', []],
    ]);
  });

  it('says clearly when the project has no react installed', async () => {
    const tmp = tempDir();
    try {
      mkdirSync(path.join(tmp.dir, 'emails'));
      writeFileSync(path.join(tmp.dir, 'emails', 'a.tsx'), 'export default function A() {\n  return <p>Hi</p>;\n}\n');
      const r = await runCliInProcess(['-f', 'json', '.'], { cwd: tmp.dir });
      const [m] = json(r.stdout)[0]!.messages;
      expect(m).toMatchObject({ ruleId: null, severity: 2, fatal: true });
      expect(m!.message).toMatch(/^Cannot render this React Email: "react" is not installed for .*emails \(run npm install in the email project\)\.$/);
    } finally {
      tmp.cleanup();
    }
  });
});
