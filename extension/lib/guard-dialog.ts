// The pre-send guard's question, in the page (not the browser's bare confirm()): what is wrong in plain words,
// "Fix it" (the default, also Escape) and "Send anyway". Built with createElement/textContent only, in a shadow
// root so the page's styles neither hide nor restyle it.
import type { Finding } from './protocol.ts';
import { plainWords, t } from './i18n.ts';

const DIALOG_TAG = 'optout-lint-dialog';

const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; display: flex; align-items: flex-start; justify-content: center;
  background: rgba(0,0,0,.25); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.box { margin-top: 12vh; max-width: 520px; background: #fff; color: #1f2328; border-radius: 8px; border-left: 5px solid #cf222e;
  box-shadow: 0 8px 30px rgba(0,0,0,.25); padding: 16px 18px; }
h2 { font-size: 16px; margin: 0 0 8px; }
ul { margin: 0 0 14px; padding-left: 18px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; border-radius: 6px; padding: 6px 12px; cursor: pointer; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; }
button.fix { background: #1f883d; border-color: #1f883d; color: #fff; }
`;

/** Resolves true when the person chooses "Send anyway". */
export function askInPage(doc: Document, errors: readonly Finding[]): Promise<boolean> {
  return new Promise((resolve) => {
    const host = doc.createElement(DIALOG_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    const title = doc.createElement('h2');
    title.textContent = t('guardTitle');
    title.id = 'title';
    box.setAttribute('aria-labelledby', 'title');
    const list = doc.createElement('ul');
    for (const f of errors) {
      const li = doc.createElement('li');
      li.textContent = plainWords(f);
      li.dataset.rule = f.ruleId;
      list.append(li);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    const send = doc.createElement('button');
    send.type = 'button';
    send.className = 'send';
    send.textContent = t('guardSendAnyway');
    const fix = doc.createElement('button');
    fix.type = 'button';
    fix.className = 'fix';
    fix.textContent = t('guardFix');
    actions.append(send, fix);
    box.append(title, list, actions);
    shadow.append(style, box);
    const close = (answer: boolean) => {
      host.remove();
      resolve(answer);
    };
    fix.addEventListener('click', () => close(false));
    send.addEventListener('click', () => close(true));
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') close(false);
      e.stopPropagation(); // the page's shortcuts must not act behind the dialog
    });
    doc.documentElement.append(host);
    fix.focus();
  });
}
