// The one messaging protocol between content scripts, popup, options and the background engine.
// Only serialisable data crosses it: the draft's HTML (or a raw message) goes in, a report comes out.
import { defineExtensionMessaging } from '@webext-core/messaging';

/** What a content script asks the engine to check. */
export interface LintRequest {
  /** `html` for a draft or page body, `eml` for a raw message ("Show original", message source). */
  kind: 'html' | 'eml';
  /** The draft serialised from a stamped clone (elements carry `data-optout-i`), or the raw message. */
  text: string;
  /** The subject line, when the editor has one (reported back, not linted yet). */
  subject?: string;
  /** Adapter id that found the draft (gmail, outlook, generic, …). */
  site: string;
}

export type Severity = 1 | 2;

/** One finding, in plain data: the engine's message plus where to point in the live draft. */
export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** The engine's own message (English), the same text the CLI prints. */
  message: string;
  line: number;
  column: number;
  /** Index of the offending element in the stamped draft (`data-optout-i`), when there is one. */
  element?: number;
}

export interface LintReport {
  status: 'pass' | 'fail';
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Set when the text could not be linted (parse failure, unsupported input, bad settings). */
  fatal?: string;
  /** Milliseconds the background spent on this check (lint and report), for the panel and the benchmark. */
  engineMs?: number;
}

/** What the popup shows for a tab. */
export interface TabStatus {
  status: 'pass' | 'fail' | 'none';
  errorCount: number;
  warningCount: number;
  site?: string;
  ruleIds: string[];
}

export interface StatusUpdate {
  site: string;
  report: LintReport;
}

export interface ProtocolMap {
  /** Content script → background: lint a draft or raw message. */
  lintDraft(req: LintRequest): LintReport;
  /** Content script → background: remember the tab's latest status for the popup. */
  reportStatus(update: StatusUpdate): void;
  /** Popup → background: status of a tab. */
  getTabStatus(tabId: number): TabStatus;
  /** Popup → background: inject the on-demand checker into a tab (activeTab). */
  checkPage(tabId: number): boolean;
  /**
   * Top frame → background, at Send: the other frames of the tab that hold drafts check them now; their errors.
   * (An ESP's canvas in a cross-origin iframe, its Send button in the app's page.)
   */
  checkFrames(): Finding[];
  /** Background → a frame's content script: check your drafts now and answer with their errors. */
  checkNow(): Finding[];
  /** Background → the top frame: how many other frames of the tab hold drafts. */
  framesChanged(update: { drafts: number }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** Largest text a content script may send (the engine's own default limit is 10 MiB). */
export const MAX_TEXT = 10 * 1024 * 1024;
const SITE_ID = /^[a-z][a-z0-9-]{0,31}$/;

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Messages from content scripts come from pages we do not control: check every field. */
export function validateLintRequest(value: unknown): LintRequest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ProtocolError('request must be an object');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (!['kind', 'text', 'subject', 'site'].includes(key)) throw new ProtocolError(`unknown field "${key}"`);
  }
  if (v.kind !== 'html' && v.kind !== 'eml') throw new ProtocolError('kind must be "html" or "eml"');
  if (typeof v.text !== 'string') throw new ProtocolError('text must be a string');
  if (v.text.length > MAX_TEXT) throw new ProtocolError(`text is longer than ${MAX_TEXT} characters`);
  if (v.subject !== undefined && (typeof v.subject !== 'string' || v.subject.length > 2000)) throw new ProtocolError('subject must be a short string');
  if (typeof v.site !== 'string' || !SITE_ID.test(v.site)) throw new ProtocolError('site must be an adapter id');
  return { kind: v.kind, text: v.text, site: v.site, ...(v.subject !== undefined ? { subject: v.subject as string } : {}) };
}

export function validateStatusUpdate(value: unknown): StatusUpdate {
  if (typeof value !== 'object' || value === null) throw new ProtocolError('status must be an object');
  const v = value as Record<string, unknown>;
  if (typeof v.site !== 'string' || !SITE_ID.test(v.site)) throw new ProtocolError('site must be an adapter id');
  const r = v.report as Record<string, unknown> | undefined;
  if (typeof r !== 'object' || r === null) throw new ProtocolError('report must be an object');
  if (r.status !== 'pass' && r.status !== 'fail') throw new ProtocolError('report.status must be pass or fail');
  if (!Number.isInteger(r.errorCount) || !Number.isInteger(r.warningCount)) throw new ProtocolError('report counts must be integers');
  const findings = validateFindings(r.findings);
  return { site: v.site, report: { status: r.status, findings, errorCount: r.errorCount as number, warningCount: r.warningCount as number } };
}

/** Findings from a content script (a report, or a frame's answer at Send). */
export function validateFindings(value: unknown): Finding[] {
  if (!Array.isArray(value) || value.length > 1000) throw new ProtocolError('findings must be an array');
  return value.map((f: unknown) => {
    const x = f as Record<string, unknown>;
    if (typeof x?.ruleId !== 'string' || typeof x.messageId !== 'string' || typeof x.message !== 'string') throw new ProtocolError('bad finding');
    return {
      ruleId: x.ruleId,
      messageId: x.messageId,
      severity: x.severity === 1 ? 1 : 2,
      message: x.message,
      line: Number(x.line) || 1,
      column: Number(x.column) || 1,
    };
  });
}

/** Message senders must be this extension (a content script of ours, or our own pages). */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}
