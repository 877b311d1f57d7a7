// The content script's loop: find drafts with the site adapter, lint each one in the background on input
// and paste (debounced), show the panel next to it, guard Send, and lint raw message views.
import type { Draft, RawView, SiteAdapter } from '../adapters/types.ts';
import type { Finding, LintReport, LintRequest, StatusUpdate } from './protocol.ts';
import type { PanelView, StatusView } from './panel.ts';
import type { Settings } from './settings.ts';
import { snapshotDraft, type Snapshot } from './snapshot.ts';
import { createOutliner, type Outliner } from './outline.ts';
import { installGuard, type GuardTarget } from './guard.ts';
import { t } from './i18n.ts';
import { RECHECK_DELAY_MS } from './timing.ts';

export { RECHECK_DELAY_MS };
const SCAN_DELAY_MS = 400;
const SCAN_INTERVAL_MS = 1500;

export interface MountedPanel {
  view: PanelView;
  remove(): void;
  /** Scrolls the panel into sight (inside the compose window's own scroll area, if it has one). */
  reveal?(): void;
}

export interface MountedStatus {
  view: StatusView;
  remove(): void;
}

export interface WatcherDeps {
  adapter: SiteAdapter;
  doc: Document;
  url: URL;
  lint(req: LintRequest): Promise<LintReport>;
  reportStatus(update: StatusUpdate): void;
  settings(): Settings;
  mountPanel(anchor: Element, title: string, onSelect: (f: Finding) => void, append: 'after' | 'before' | 'first'): Promise<MountedPanel>;
  /** The compact status next to the Send button; a click on it brings the panel into sight. */
  mountStatus?(anchor: Element, onOpen: () => void): Promise<MountedStatus>;
  /** The guard's question (default: the in-page dialog); resolves true to send anyway. */
  ask?: (errors: readonly Finding[]) => Promise<boolean>;
  /** The top frame's view of drafts that other frames of the tab check (an ESP canvas in a cross-origin iframe). */
  frames?: FrameDrafts;
}

/**
 * Drafts in other frames of the tab. Their content scripts check them; the Send button is often in the top
 * frame, whose guard asks them through the background at send time.
 */
export interface FrameDrafts {
  /** Another frame of this tab has reported a draft. */
  present(): boolean;
  /** Has those frames check their drafts now; resolves with their errors. */
  check(): Promise<Finding[]>;
}

class DraftSession implements GuardTarget {
  report: LintReport | undefined;
  private snapshot: Snapshot | undefined;
  private panel: MountedPanel | undefined;
  private status: MountedStatus | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private seq = 0;
  private disposed = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly draft: Draft,
    private readonly deps: WatcherDeps,
    private readonly outliner: Outliner,
    private readonly changed: () => void,
  ) {}

  get container() {
    return this.draft.container;
  }
  get body() {
    return this.draft.body;
  }
  errors(): Finding[] {
    return this.report?.findings.filter((f) => f.severity === 2) ?? [];
  }

  /** The draft changed since its last check: a check is due, or running. */
  isStale(): boolean {
    return this.timer !== undefined || this.running !== undefined;
  }

  /** Checks now (Send was pressed): the decision is never taken on an out-of-date check. */
  async fresh(): Promise<Finding[]> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.check();
    return this.errors();
  }

  reveal(f: Finding): void {
    this.select(f);
  }

  get alive(): boolean {
    return this.draft.body.isConnected && (!this.draft.frame || this.draft.frame.isConnected);
  }

  async start(): Promise<void> {
    this.panel = await this.deps.mountPanel(this.draft.anchor, t('panelTitle'), (f) => this.select(f), 'after');
    if (this.disposed) return this.panel.remove();
    const send = this.deps.adapter.sendSelector ? this.draft.container.querySelector(this.deps.adapter.sendSelector) : null;
    if (send && this.deps.mountStatus) {
      this.status = await this.deps.mountStatus(send, () => {
        this.panel?.view.expand();
        this.panel?.reveal?.();
      });
      if (this.disposed) return this.status.remove();
    }
    const target = this.draft.kind === 'iframe' ? this.draft.body.ownerDocument : this.draft.body;
    const onChange = () => this.schedule();
    for (const type of ['input', 'paste', 'cut', 'drop']) {
      target.addEventListener(type, onChange, true);
      this.cleanups.push(() => target.removeEventListener(type, onChange, true));
    }
    if (this.draft.kind !== 'textarea') {
      // (A code editor re-renders its lines on every change: its DOM moving is the change to watch.)
      const win = this.draft.body.ownerDocument.defaultView;
      if (win) {
        const mo = new win.MutationObserver(onChange);
        mo.observe(this.draft.body, { childList: true, subtree: true, characterData: true, attributes: true });
        this.cleanups.push(() => mo.disconnect());
      }
    }
    await this.check();
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, RECHECK_DELAY_MS);
  }

  async check(): Promise<void> {
    if (this.disposed) return;
    const run = this.run();
    this.running = run;
    try {
      await run;
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  private async run(): Promise<void> {
    const seq = ++this.seq;
    const snapshot = snapshotDraft(this.draft);
    const subject = this.draft.subject();
    let report: LintReport;
    try {
      const text = this.draft.readText ? await this.draft.readText() : snapshot.html;
      report =
        text === undefined
          ? { status: 'fail', findings: [], errorCount: 0, warningCount: 0, fatal: t('editorUnreadable') }
          : await this.deps.lint({ kind: 'html', text, site: this.deps.adapter.id, ...(subject !== undefined ? { subject } : {}) });
    } catch (error) {
      report = { status: 'fail', findings: [], errorCount: 0, warningCount: 0, fatal: error instanceof Error ? error.message : String(error) };
    }
    if (seq !== this.seq || this.disposed) return;
    this.snapshot = snapshot;
    this.report = report;
    this.panel?.view.update(report);
    this.status?.view.update(report);
    this.changed();
  }

  select(f: Finding): void {
    const el = f.element !== undefined ? this.snapshot?.elements[f.element] : undefined;
    if (el?.isConnected) this.outliner.show(el, this.draft.frame);
    else if (this.draft.kind !== 'textarea' && this.draft.kind !== 'code') this.outliner.show(this.draft.body, this.draft.frame);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const c of this.cleanups.splice(0)) c();
    this.panel?.remove();
    this.status?.remove();
  }
}

export interface PageWatcher {
  scan(): Promise<void>;
  /** Lints the whole page once ("Check this page"). */
  checkPage(): Promise<void>;
  sessions(): DraftSession[];
  dispose(): void;
}

export function watchPage(deps: WatcherDeps, opts: { observe?: boolean } = {}): PageWatcher {
  const { doc, adapter } = deps;
  const win = doc.defaultView!;
  const sessions = new Map<HTMLElement, DraftSession>();
  const outliner = createOutliner(doc);
  let raw: { element: Element; panel: MountedPanel } | undefined;
  let pagePanel: MountedPanel | undefined;
  let disposed = false;
  const cleanups: (() => void)[] = [];

  const publish = () => {
    const reports = [...sessions.values()].map((s) => s.report).filter((r): r is LintReport => r !== undefined);
    if (reports.length === 0) return;
    const findings = reports.flatMap((r) => r.findings);
    const errorCount = reports.reduce((n, r) => n + r.errorCount, 0);
    const merged: LintReport = {
      status: reports.some((r) => r.status === 'fail') ? 'fail' : 'pass',
      findings,
      errorCount,
      warningCount: findings.length - errorCount,
    };
    deps.reportStatus({ site: adapter.id, report: merged });
  };

  const scan = async () => {
    if (disposed) return;
    for (const [body, s] of sessions) {
      if (!s.alive) {
        s.dispose();
        sessions.delete(body);
      }
    }
    if (deps.settings().disabledSites.includes(adapter.id)) {
      for (const s of sessions.values()) s.dispose();
      sessions.clear();
      return;
    }
    const started: Promise<void>[] = [];
    for (const draft of adapter.findDrafts(doc)) {
      if (sessions.has(draft.body)) continue;
      // A block builder's first block was a draft of its own; now that the canvas is one, that session goes.
      for (const [body, s] of sessions) {
        if (draft.body.contains(body)) {
          s.dispose();
          sessions.delete(body);
        }
      }
      const s = new DraftSession(draft, deps, outliner, publish);
      sessions.set(draft.body, s);
      started.push(s.start());
    }
    const view = adapter.findRaw?.(doc, deps.url);
    if (view && raw?.element !== view.element) started.push(checkRaw(view));
    await Promise.all(started);
  };

  const checkRaw = async (view: RawView) => {
    raw?.panel.remove();
    const panel = await deps.mountPanel(view.element, t('rawTitle'), () => outliner.show(view.element), 'before');
    raw = { element: view.element, panel };
    panel.view.update('checking');
    const report = await deps.lint({ kind: 'eml', text: view.text, site: adapter.id }).catch((e: unknown) => failure(e));
    panel.view.update(report);
    deps.reportStatus({ site: adapter.id, report });
  };

  const checkPage = async () => {
    const body = doc.body;
    if (!body) return;
    pagePanel?.remove();
    pagePanel = undefined;
    const draft: Draft = { kind: 'contenteditable', body, container: body, anchor: body, subject: () => undefined };
    const snapshot = snapshotDraft(draft);
    // The page's own <style> blocks matter for visibility, as in an ESP preview or a "view in browser" page.
    const styles = [...doc.querySelectorAll('style')]
      .filter((s) => !s.closest('optout-lint-panel'))
      .map((s) => s.outerHTML)
      .join('');
    const html = snapshot.html.replace('<head></head>', `<head>${styles}</head>`);
    pagePanel = await deps.mountPanel(
      body,
      t('pageTitle'),
      (f) => {
        const el = f.element !== undefined ? snapshot.elements[f.element] : undefined;
        if (el) outliner.show(el);
      },
      'first',
    );
    pagePanel.view.update('checking');
    const report = await deps.lint({ kind: 'html', text: html, site: 'generic' }).catch((e: unknown) => failure(e));
    pagePanel.view.update(report);
    deps.reportStatus({ site: adapter.id, report });
  };

  if (opts.observe !== false) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void scan(), SCAN_DELAY_MS);
    };
    const mo = new win.MutationObserver(later);
    mo.observe(doc.documentElement, { childList: true, subtree: true });
    const interval = setInterval(() => void scan(), SCAN_INTERVAL_MS);
    cleanups.push(
      () => mo.disconnect(),
      () => clearInterval(interval),
      () => timer && clearTimeout(timer),
    );
  }
  if (adapter.sendSelector) {
    // A Send of this page outside its own drafts' windows, while another frame holds a draft: that draft is what it
    // sends. Always checked afresh (the frames' last reports may be a keystroke old).
    const frames = deps.frames;
    const inFrames: GuardTarget | undefined = frames && {
      container: doc.documentElement,
      body: doc.createElement('div'),
      errors: () => [],
      isStale: () => true,
      fresh: () => frames.check(),
      buttonsOnly: true,
    };
    cleanups.push(
      installGuard(win, {
        sendSelector: adapter.sendSelector,
        enabled: () => deps.settings().guard,
        targets: () => (inFrames && frames?.present() ? [...sessions.values(), inFrames] : sessions.values()),
        ...(deps.ask ? { ask: deps.ask } : {}),
      }),
    );
  }

  return {
    scan,
    checkPage,
    sessions: () => [...sessions.values()],
    dispose() {
      disposed = true;
      for (const c of cleanups.splice(0)) c();
      for (const s of sessions.values()) s.dispose();
      sessions.clear();
      raw?.panel.remove();
      pagePanel?.remove();
      outliner.clear();
    },
  };
}

function failure(error: unknown): LintReport {
  return { status: 'fail', findings: [], errorCount: 0, warningCount: 0, fatal: error instanceof Error ? error.message : String(error) };
}
