// Any other page with a contenteditable editor, a designMode iframe or an HTML code textarea.
import type { SiteAdapter } from './types.ts';
import { genericDrafts, looksLikeRawMessage } from './dom.ts';

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other editors',
  matches: [],
  handles: () => true,
  findDrafts: (doc) => genericDrafts(doc),
  findRaw(doc) {
    for (const el of doc.querySelectorAll('pre')) {
      const text = el.textContent ?? '';
      if (looksLikeRawMessage(text)) return { element: el, text };
    }
    return undefined;
  },
};
