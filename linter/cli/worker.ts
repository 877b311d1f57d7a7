// Worker thread entry: lints the files the pool sends, one message per file; or, started with the
// mjml-compiler role, compiles the MJML the main thread sends (mjml-compiler.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolRequest, PoolResponse } from './pool.ts';
import { MJML_COMPILER_ROLE, type MjmlCompileRequest, type MjmlCompileResponse } from './mjml-compiler.ts';

if (workerData === MJML_COMPILER_ROLE) {
  // Start importing mjml now, before the first request arrives.
  const compiling = import('./mjml-compile.ts');
  compiling.catch(() => {}); // a failed import is reported to each request below, not as a crash
  parentPort?.on('message', async (request: MjmlCompileRequest) => {
    let response: MjmlCompileResponse;
    try {
      response = { id: request.id, compiled: await (await compiling).compileMjmlParts(request.text) };
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(response);
  });
} else {
  // A pool's worker lives for one run of the API: one template run (imported here, not above: the MJML compiler's
  // start stays lean).
  const linting = Promise.all([import('./lint-file.ts'), import('./templates.ts')]).then(([lintFile, templates]) => {
    templates.beginTemplateRun();
    return lintFile;
  });
  parentPort?.on('message', async (request: PoolRequest) => {
    const result = await (await linting).lintFile(request.file, request.config, request.options);
    parentPort!.postMessage({ id: request.id, result } satisfies PoolResponse);
  });
}
