// The ESLint plugin's worker (dist/eslint-worker.js): ESLint's languages parse synchronously, the engine's
// builders (MJML, .eml, templates) are asynchronous, so the plugin calls this thread through synckit.
import { runAsWorker } from 'synckit';
import { lintRequest } from './engine.ts';

runAsWorker(lintRequest);
