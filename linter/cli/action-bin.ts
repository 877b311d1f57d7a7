// The GitHub Action's entry (dist/action.js), run by action.yml with the step's INPUT_* variables.
import { runAction } from './action.ts';

try {
  process.exitCode = await runAction(process.env, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => new Uint8Array(),
    workerUrl: new URL('./worker.js', import.meta.url),
  });
} catch (error) {
  process.stderr.write(`optout-lint action: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
