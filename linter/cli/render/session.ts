// `--render` for one run: the browser opened at the first email that has an opt-out link to look at, the
// rendered judgment added to each file's findings under unsubscribe-link-visible, and the footer screenshots
// kept for the reports (`--render-out DIR` writes them as PNG files).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EmailDocument } from '../../document.ts';
import { isTag } from '../../dom.ts';
import type { LintMessage, RenderScreenshot, ResolvedConfig } from '../../types.ts';
import { findBrowser, RenderUnavailableError } from './browser.ts';
import { conditionVerdict, describeProblem } from './judge.ts';
import { Renderer, stampLinks } from './renderer.ts';

const RULE = 'unsubscribe-link-visible';
/** What the static rule says about the default rendering: the email is already known to fail, in every client. */
const STATIC_DEFAULT = new Set(['hidden', 'hiddenExceptMedia', 'empty', 'tiny', 'lowContrast', 'outlookOnly', 'clipped', 'onlyInPlainText']);

export interface RenderSettings {
  /** `--render-browser PATH`. */
  browser?: string;
  /** `--render-out DIR`: the footer screenshots as PNG files there. */
  outDir?: string;
  /** Keep the screenshots on the results (the html report embeds them). */
  keepScreenshots?: boolean;
  /** Said once when rendering is not possible (no browser, no playwright-core); the static judgment still runs. */
  onUnavailable?(message: string): void;
  env?: Record<string, string | undefined>;
  /** Screenshot file names are the templates' paths from here (default: the current folder). */
  cwd?: string;
  /** How long an email may take to load in the browser (default 10 s); one that takes longer is reported and skipped. */
  loadTimeoutMs?: number;
}

export class RenderSession {
  private renderer: Promise<Renderer | undefined> | undefined;
  private readonly shots = new Map<string, RenderScreenshot[]>();
  private readonly usedNames = new Set<string>();

  constructor(private readonly settings: RenderSettings) {}

  /** The `afterRules` hook for one file. */
  hook(filePath: string, config: ResolvedConfig): (doc: EmailDocument, reported: readonly LintMessage[]) => Promise<LintMessage[]> {
    return async (doc, reported) => {
      const severity = config.rules[RULE]?.severity ?? 0;
      if (severity === 0 || doc.message.bodyFrom === 'text') return [];
      const links = doc.optOutLinks().filter((l) => isTag(l.node));
      if (links.length === 0) return []; // nothing to look at: the static rules say what is missing
      const renderer = await this.open();
      if (!renderer) return [];
      const html = stampLinks(
        doc.source.text,
        links.map((l) => l.node.startIndex ?? undefined),
      );
      const wantShots = this.settings.keepScreenshots === true || this.settings.outDir !== undefined;
      let renders;
      try {
        renders = await renderer.render(html, { screenshots: wantShots });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return [{ ruleId: null, severity: 1, message: `Could not render the email (--render): ${why}; the static judgment stands.`, line: 1, column: 1 }];
      }
      if (wantShots) this.keepShots(filePath, renders);
      const mine = reported.filter((m) => m.ruleId === RULE);
      if (mine.some((m) => m.messageId !== undefined && STATIC_DEFAULT.has(m.messageId))) return [];
      // The same problem of the same link in several conditions is one finding that names them all.
      const byProblem = new Map<string, { index: number; text: string; labels: string[] }>();
      for (const r of renders) {
        const verdict = conditionVerdict(r.measures);
        if (!verdict) continue;
        // The static rule already named this condition ("on screens ≤ 600px", "in dark mode").
        const said = mine.some((m) => (r.condition.id === 'mobile' && /screens/.test(m.message)) || (r.condition.id === 'dark' && /dark/i.test(m.message)));
        if (said) continue;
        const text = describeProblem(verdict.problem);
        const key = `${verdict.index}\0${text}`;
        const seen = byProblem.get(key);
        if (seen) seen.labels.push(r.condition.label);
        else byProblem.set(key, { index: verdict.index, text, labels: [r.condition.label] });
      }
      const out: LintMessage[] = [];
      for (const { index, text, labels } of byProblem.values()) {
        const link = links[index]!;
        const where = doc.source.locate(link.range);
        const name = link.text ? `"${link.text.slice(0, 40)}"` : 'the opt-out link';
        const conditions = labels.length === renders.length ? `every rendering: ${labels.join('; ')}` : labels.join('; ');
        out.push({
          ruleId: RULE,
          messageId: 'rendered',
          severity,
          message: `No readable opt-out in the rendered email (${conditions}): ${name} ${text}.`,
          line: where.line,
          column: where.column,
          ...(where.endLine !== undefined ? { endLine: where.endLine } : {}),
          ...(where.endColumn !== undefined ? { endColumn: where.endColumn } : {}),
          ...(where.origin ? { origin: where.origin } : {}),
        });
      }
      return out;
    };
  }

  /** The screenshots taken for a file, if any. */
  screenshotsOf(filePath: string): RenderScreenshot[] | undefined {
    return this.shots.get(filePath);
  }

  async close(): Promise<void> {
    const renderer = await this.renderer;
    await renderer?.close();
  }

  private open(): Promise<Renderer | undefined> {
    this.renderer ??= (async () => {
      try {
        return await Renderer.open(findBrowser(this.settings.browser, this.settings.env ?? process.env), this.settings.loadTimeoutMs);
      } catch (error) {
        if (!(error instanceof RenderUnavailableError)) throw error;
        this.settings.onUnavailable?.(`--render: ${error.message}. The static judgment still runs.`);
        return undefined;
      }
    })();
    return this.renderer;
  }

  private keepShots(filePath: string, renders: Awaited<ReturnType<Renderer['render']>>): void {
    const shots: RenderScreenshot[] = [];
    const stem = this.settings.outDir !== undefined ? this.fileStem(filePath) : '';
    for (const r of renders) {
      if (!r.screenshot) continue;
      const shot: RenderScreenshot = { condition: r.condition.id, label: r.condition.label };
      if (this.settings.outDir !== undefined) {
        mkdirSync(this.settings.outDir, { recursive: true });
        const file = path.join(this.settings.outDir, `${stem}.${r.condition.id}.png`);
        writeFileSync(file, r.screenshot);
        shot.file = file;
      }
      if (this.settings.keepScreenshots) shot.png = r.screenshot.toString('base64');
      shots.push(shot);
    }
    this.shots.set(filePath, shots);
  }

  /** A file name for a template's screenshots: its path made flat (`emails/welcome.html` → `emails_welcome.html`). */
  private fileStem(filePath: string): string {
    const rel = path.relative(this.settings.cwd ?? process.cwd(), filePath) || path.basename(filePath);
    const base = rel.replace(/^(\.\.[\\/])+/, '').replace(/[\\/:]+/g, '_');
    let name = base;
    for (let i = 2; this.usedNames.has(name); i++) name = `${base}-${i}`;
    this.usedNames.add(name);
    return name;
  }
}
