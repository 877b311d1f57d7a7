// Where the browser for `--render` is: `--render-browser PATH`, else OPTOUT_RENDER_BROWSER, else a Chromium or
// Chrome on the PATH (Debian's `chromium`, `chromium-browser`, `google-chrome` on GitHub's runners).
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export class RenderUnavailableError extends Error {
  override name = 'RenderUnavailableError';
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's executable; throws RenderUnavailableError saying where it looked. */
export function findBrowser(explicit: string | undefined, env: Record<string, string | undefined>): string {
  if (explicit !== undefined) {
    if (isExecutable(explicit)) return explicit;
    throw new RenderUnavailableError(`--render-browser ${explicit}: not an executable file`);
  }
  const fromEnv = env.OPTOUT_RENDER_BROWSER;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new RenderUnavailableError(`OPTOUT_RENDER_BROWSER=${fromEnv}: not an executable file`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  throw new RenderUnavailableError(
    `no Chromium or Chrome found (looked for ${NAMES.join(', ')} on the PATH); install one (Debian: apt-get install chromium) or give it with --render-browser PATH`,
  );
}
