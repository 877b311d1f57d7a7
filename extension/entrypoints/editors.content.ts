// Runs in the page's own world on the ESP sites: reads a code editor's document from its model (CodeMirror,
// Ace, Monaco) when the extension's content script asks. It reads; it never changes the editor.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ESP_MATCHES } from '../adapters/index.ts';
import { answerEditorRequests } from '../lib/editor-models.ts';

export default defineContentScript({
  matches: ESP_MATCHES,
  world: 'MAIN',
  runAt: 'document_idle',
  allFrames: true,
  main() {
    answerEditorRequests(window);
  },
});
