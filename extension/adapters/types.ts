// What a site adapter finds on a page: drafts (the editable body, its subject and Send button) and raw
// message views. Adapters only read the page; they never change a draft.

/**
 * Where the draft's HTML lives. `blocks`: a block builder's canvas (one contenteditable per block); the draft
 * is the whole canvas, its blocks in document order, checked as one email.
 */
export type DraftKind = 'contenteditable' | 'iframe' | 'textarea' | 'blocks' | 'code';

export interface Draft {
  kind: DraftKind;
  /** The editable element: a contenteditable root, the `<body>` of a designMode iframe, or a textarea. */
  body: HTMLElement;
  /** The iframe hosting `body`, for iframe editors. */
  frame?: HTMLIFrameElement;
  /** For `blocks`: the editable blocks inside the canvas (`body`). */
  blocks?: HTMLElement[];
  /**
   * For `code`: the editor's document, read from its model in the page's world (CodeMirror, Ace, Monaco keep
   * it there; their textarea holds only the last keystrokes). Undefined when it cannot be read.
   */
  readText?(): Promise<string | undefined>;
  /** The compose window (holds the subject and the Send button); the panel goes next to it. */
  container: Element;
  /** The element the panel is inserted after. */
  anchor: Element;
  subject(): string | undefined;
}

export interface RawView {
  /** The element holding the raw message text (headers + body). */
  element: Element;
  text: string;
}

export interface SiteAdapter {
  /** Short id, shown in the popup and used by the per-site switch. */
  id: string;
  /** Human name for the options page. */
  name: string;
  /** Manifest match patterns of the pages this adapter works on (the generic adapter has none). */
  matches: string[];
  /** Does this adapter handle the page at `hostname`? */
  handles(hostname: string): boolean;
  findDrafts(doc: Document): Draft[];
  /** CSS selector of Send buttons, for the pre-send guard (webmail only). */
  sendSelector?: string;
  /** Raw message views ("Show original", message source). */
  findRaw?(doc: Document, url: URL): RawView | undefined;
}
