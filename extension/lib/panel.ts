// The in-page panel's content. Built with createElement/textContent only: finding texts come from the
// engine and the draft, so nothing here ever goes through innerHTML.
import type { Finding, LintReport } from './protocol.ts';
import { plainWords, t } from './i18n.ts';

export const PANEL_TAG = 'optout-lint-panel';

export const PANEL_CSS = `
:host { all: initial; display: block; }
.panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-left: 4px solid #8c959f; border-radius: 6px; padding: 8px 10px; margin: 6px 0;
  max-width: 640px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.panel[data-status="pass"] { border-left-color: #1a7f37; }
.panel[data-status="fail"] { border-left-color: #cf222e; }
.head { display: flex; gap: 8px; align-items: baseline; }
.title { font-weight: 600; }
.summary { flex: 1; }
.hide { font: inherit; background: none; border: 0; color: #0969da; cursor: pointer; padding: 0; }
ul { list-style: none; margin: 6px 0 0; padding: 0; }
li { margin: 0; }
button.finding { all: unset; box-sizing: border-box; display: flex; gap: 8px; width: 100%; padding: 4px 6px; border-radius: 4px; cursor: pointer; }
button.finding:hover, button.finding:focus-visible { background: #f6f8fa; outline: 2px solid #0969da; }
.sev { flex: none; min-width: 64px; box-sizing: border-box; text-align: center; font-size: 11px; font-weight: 600; text-transform: uppercase; padding: 1px 6px; border-radius: 10px; align-self: flex-start; }
.sev-2 { background: #ffebe9; color: #a40e26; }
.sev-1 { background: #fff8c5; color: #7d4e00; }
.text { flex: 1; }
.rule { display: block; color: #57606a; font-size: 11px; }
details.tech { margin: 0 0 2px 78px; color: #57606a; font-size: 11px; }
details.tech summary { cursor: pointer; }
.hint { color: #57606a; font-size: 11px; margin-top: 4px; }
.collapsed ul, .collapsed .hint { display: none; }
`;

/** "2 errors, 1 warning — fix the errors before sending.", "No errors, 2 warnings.", or the all-clear. */
function statusLine(errors: number, warnings: number): string {
  const e = errors === 1 ? t('countErrorOne') : t('countErrorMany', errors);
  const w = warnings === 1 ? t('countWarningOne') : t('countWarningMany', warnings);
  if (errors > 0) return warnings > 0 ? t('statusCounts', e, w) : t('statusErrorsOnly', e);
  return warnings > 0 ? t('statusWarningsOnly', w) : t('statusPass');
}

export interface PanelView {
  update(report: LintReport | 'checking'): void;
  /** Opens the list if it was folded. */
  expand(): void;
}

export const STATUS_TAG = 'optout-lint-status';

export const STATUS_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 8px; }
button { font: 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border: 1px solid #d0d7de; border-radius: 12px;
  padding: 3px 9px; background: #fff; color: #1f2328; cursor: pointer; white-space: nowrap; }
button[data-status="fail"] { border-color: #cf222e; color: #a40e26; background: #ffebe9; }
button[data-status="pass"] { border-color: #1a7f37; color: #116329; background: #dafbe1; }
`;

export interface StatusView {
  update(report: LintReport | 'checking'): void;
}

/**
 * The compact status next to Send, always in sight even when the panel is below the fold of a fixed-height
 * compose window: the counts in a word or two; a click opens the panel.
 */
export function mountStatus(container: HTMLElement, host: HTMLElement, onOpen: () => void): StatusView {
  const button = container.ownerDocument.createElement('button');
  button.type = 'button';
  button.textContent = t('statusChecking');
  button.addEventListener('click', onOpen);
  container.append(button);
  return {
    update(report) {
      if (report === 'checking') return;
      host.dataset.status = report.status;
      button.dataset.status = report.status;
      const full = report.fatal ? t('statusFatal', report.fatal) : statusLine(report.errorCount, report.warningCount);
      button.textContent = report.fatal
        ? '⚠'
        : report.errorCount > 0
          ? `✖ ${report.errorCount === 1 ? t('countErrorOne') : t('countErrorMany', report.errorCount)}`
          : `✓ ${t('statusChipPass')}`;
      button.title = `${t('panelTitle')}: ${full}`;
      button.setAttribute('aria-label', button.title);
    },
  };
}

/** Rule ids of the findings, once each, in order: the value of `data-rules`. */
export function ruleIds(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))];
}

export function mountPanel(container: HTMLElement, host: HTMLElement, title: string, onSelect: (f: Finding) => void): PanelView {
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const panel = el('section', 'panel');
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-live', 'polite');
  const head = el('div', 'head');
  const titleEl = el('span', 'title', title);
  const summary = el('span', 'summary');
  const hide = el('button', 'hide', t('closePanel'));
  hide.type = 'button';
  hide.addEventListener('click', () => panel.classList.toggle('collapsed'));
  head.append(titleEl, summary, hide);
  const list = el('ul');
  const hint = el('div', 'hint', t('findingHint'));
  panel.append(head, list, hint);
  container.append(panel);

  return {
    expand() {
      panel.classList.remove('collapsed');
    },
    update(report) {
      if (report === 'checking') {
        summary.textContent = t('statusChecking');
        return;
      }
      host.dataset.status = report.status;
      host.dataset.rules = ruleIds(report.findings).join(' ');
      // Observable by tests and the benchmark: a counter that moves on every update, and the engine's time.
      host.dataset.checks = String(Number(host.dataset.checks ?? 0) + 1);
      if (report.engineMs !== undefined) host.dataset.engineMs = String(report.engineMs);
      panel.dataset.status = report.status;
      summary.textContent = report.fatal ? t('statusFatal', report.fatal) : statusLine(report.errorCount, report.warningCount);
      // Errors first, then warnings, each in the order of the draft.
      const ordered = [...report.findings].sort((a, b) => b.severity - a.severity);
      const items = ordered.map((f) => {
        const li = el('li');
        const b = el('button', 'finding');
        b.type = 'button';
        b.dataset.rule = f.ruleId;
        b.append(el('span', `sev sev-${f.severity}`, f.severity === 2 ? t('severityError') : t('severityWarn')));
        b.append(el('span', 'text', plainWords(f)));
        b.addEventListener('click', () => onSelect(f));
        // The engine's own wording, for whoever wants it: one click away, not printed twice.
        const details = el('details', 'tech');
        details.append(el('summary', undefined, t('findingDetails')), el('span', 'rule', `${f.ruleId} · ${f.message}`));
        li.append(b, details);
        return li;
      });
      list.replaceChildren(...items);
      hint.hidden = !report.findings.some((f) => f.element !== undefined);
    },
  };
}
