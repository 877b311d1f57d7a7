// Reading a code editor's document from its model, in the page's own world: CodeMirror, Ace and Monaco keep
// the document in JavaScript objects; the textarea inside them holds only what was just typed.
//
// The isolated content script asks by index (the editor root's position among EDITOR_ROOTS in the page), and
// the page-world script answers with the text, both through window.postMessage.

/** Roots of the code editors ESPs embed for their HTML views. */
export const EDITOR_ROOTS = '.CodeMirror, .cm-editor, .ace_editor, .monaco-editor';

const REQUEST = 'optout-lint:editor-request';
const ANSWER = 'optout-lint:editor-answer';

interface Monaco {
  editor: { getEditors?(): { getDomNode(): Element | null; getValue(): string }[] };
}

/** The document of the editor at `root`, read from its model; undefined when no model is found. */
export function readEditorModel(root: Element, win: Window & { monaco?: Monaco }): string | undefined {
  const anyRoot = root as Element & {
    CodeMirror?: { getValue(): string };
    env?: { editor?: { getValue(): string } };
  };
  // CodeMirror 5: the instance on its wrapper element.
  if (typeof anyRoot.CodeMirror?.getValue === 'function') return anyRoot.CodeMirror.getValue();
  // CodeMirror 6: the view on its content element.
  const content = root.querySelector('.cm-content') as (Element & { cmView?: { view?: { state: { doc: { toString(): string } } } } }) | null;
  const view = content?.cmView?.view;
  if (view) return view.state.doc.toString();
  // Ace: the editor on its element's env.
  if (typeof anyRoot.env?.editor?.getValue === 'function') return anyRoot.env.editor.getValue();
  // Monaco: the editor whose DOM node is this root.
  const editors = win.monaco?.editor.getEditors?.() ?? [];
  const editor = editors.find((e) => {
    const node = e.getDomNode();
    return node === root || (node !== null && (root.contains(node) || node.contains(root)));
  });
  return editor?.getValue();
}

/** The page-world side: answers requests for an editor's text. */
export function answerEditorRequests(win: Window): () => void {
  const onMessage = (e: MessageEvent) => {
    const data = e.data as { type?: unknown; id?: unknown; index?: unknown } | null;
    if (e.source !== win || !data || data.type !== REQUEST || typeof data.id !== 'number' || typeof data.index !== 'number') return;
    const root = win.document.querySelectorAll(EDITOR_ROOTS)[data.index];
    let text: string | undefined;
    try {
      text = root ? readEditorModel(root, win as Window & { monaco?: Monaco }) : undefined;
    } catch {
      text = undefined; // an editor's internals changed: no answer is better than a wrong one
    }
    win.postMessage({ type: ANSWER, id: data.id, text: text ?? null }, targetOrigin(win));
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

/** Messages stay on this page's own origin (an opaque origin, as in about:blank, can only be addressed as `*`). */
function targetOrigin(win: Window): string {
  return win.location.origin === 'null' ? '*' : win.location.origin;
}

let nextId = 1;

/** The isolated side: asks the page-world script for the text of the editor at `root`. */
export function requestEditorText(win: Window, root: Element, timeoutMs = 1000): Promise<string | undefined> {
  const index = [...win.document.querySelectorAll(EDITOR_ROOTS)].indexOf(root);
  if (index < 0) return Promise.resolve(undefined);
  const id = nextId++;
  return new Promise((resolve) => {
    const done = (text: string | undefined) => {
      win.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(text);
    };
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { type?: unknown; id?: unknown; text?: unknown } | null;
      if (e.source === win && data?.type === ANSWER && data.id === id) done(typeof data.text === 'string' ? data.text : undefined);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    win.addEventListener('message', onMessage);
    win.postMessage({ type: REQUEST, id, index }, targetOrigin(win));
  });
}
