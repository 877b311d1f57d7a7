// A self-contained HTML report: for each template with findings, the rendered template in a sandboxed
// iframe (no scripts, no forms) with the offending elements outlined and numbered, next to the numbered
// list of findings. Reviewers look at the email rather than read line numbers.
//
// The preview is the HTML the rules saw: `result.rendered` (compiled MJML, an .eml's body) when the CLI
// kept it, else the source of an .html file, marked at the findings' line and column.
import type { LintResult } from '../../types.ts';
import type { Formatter } from './types.ts';
import { codeFrame } from './code-frame.ts';
import { palette } from './ansi.ts';
import { escapeXml as esc, plural, relativePosix, ruleLabel, summaryLine, totals } from './shared.ts';
import { computeLineStarts } from '../../source.ts';

/** The attribute the preview's marked elements carry; its value lists the finding numbers. */
const MARK_ATTRIBUTE = 'data-optout-finding';

export const html: Formatter = (results, { cwd, rulesMeta = {} }) => {
  const t = totals(results);
  const withProblems = results.filter((r) => r.messages.length > 0);
  const clean = results.filter((r) => r.messages.length === 0);
  const headline = t.errors + t.warnings === 0 ? '✔ no problems' : summaryLine(t.errors, t.warnings);
  const sections = withProblems.map((r, i) => fileSection(r, i, cwd, rulesMeta)).join('\n');
  const toc = withProblems.map((r, i) => `<li><a href="#file-${i + 1}">${esc(relativePosix(r.filePath, cwd))}</a> ${counts(r)}</li>`).join('');
  const cleanList =
    clean.length === 0
      ? ''
      : `<details><summary>${plural(clean.length, 'template')} without problems</summary><ul>${clean
          .map((r) => `<li>${esc(relativePosix(r.filePath, cwd))}</li>`)
          .join('')}</ul></details>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<title>optout-lint report: ${esc(headline)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header>
<h1>optout-lint report</h1>
<p class="headline ${t.errors > 0 ? 'has-errors' : t.warnings > 0 ? 'has-warnings' : 'ok'}">${esc(headline)} — ${plural(t.filesWithProblems, 'template')} with problems, out of ${t.files} checked</p>
${toc ? `<ol class="toc">${toc}</ol>` : ''}
${cleanList}
</header>
<main>
${sections}
</main>
</body>
</html>
`;
};

/**
 * No scripts anywhere (the iframes inherit this policy as well as their empty sandbox); the templates'
 * own inline styles and remote images and fonts still load, as in a mail client.
 */
const CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline' https: http:; img-src https: http: data: cid:; font-src https: http: data:; frame-src 'self' about: data:";

function counts(r: LintResult): string {
  const parts: string[] = [];
  if (r.errorCount > 0) parts.push(`<span class="count error">${plural(r.errorCount, 'error')}</span>`);
  if (r.warningCount > 0) parts.push(`<span class="count warning">${plural(r.warningCount, 'warning')}</span>`);
  return parts.join(' ');
}

function fileSection(r: LintResult, i: number, cwd: string, rulesMeta: NonNullable<Parameters<Formatter>[1]['rulesMeta']>): string {
  const id = `file-${i + 1}`;
  const name = relativePosix(r.filePath, cwd);
  const preview = previewOf(r);
  const plain = palette(false);
  const items = r.messages.map((m, k) => {
    const n = k + 1;
    const sev = m.severity === 2 ? 'error' : 'warning';
    const url = m.ruleId ? rulesMeta[m.ruleId]?.docs.url : undefined;
    const rule = url ? `<a class="rule" href="${esc(url)}">${esc(ruleLabel(m))}</a>` : `<span class="rule">${esc(ruleLabel(m))}</span>`;
    const frame = r.source !== undefined ? codeFrame(r.source, m, plain, (s) => s) : '';
    const marked = preview?.marked.has(k) ? '' : ' <span class="unmarked" title="This finding has no element in the preview">not in preview</span>';
    return `<li id="${id}-finding-${n}" class="finding ${sev}"><span class="badge ${sev}">${n}</span>
<div class="what"><span class="sev ${sev}">${sev}</span> <span class="msg">${esc(m.message)}</span>${marked}</div>
<div class="where"><span class="loc">${m.line}:${m.column}</span> ${rule}</div>
${frame ? `<pre class="frame">${esc(frame)}</pre>` : ''}</li>`;
  });
  const left = preview
    ? `<div class="preview"><iframe sandbox="" referrerpolicy="no-referrer" title="${esc(`Rendering of ${name}`)}" srcdoc="${esc(preview.html)}"></iframe></div>`
    : `<div class="preview none"><p>No preview: ${r.fatalErrorCount > 0 ? 'the file could not be linted' : 'the linted HTML was not kept for this file'}.</p></div>`;
  return `<section class="file" id="${id}">
<h2><span class="path">${esc(name)}</span> ${counts(r)}</h2>
<div class="cols">
${left}
<ol class="findings">
${items.join('\n')}
</ol>
</div>
${screenshots(r, name)}
</section>`;
}

interface Preview {
  html: string;
  /** Indexes of the messages that got a mark in the preview. */
  marked: Set<number>;
}

/** The HTML to show, with the findings' elements marked, or undefined when there is nothing to render. */
function previewOf(r: LintResult): Preview | undefined {
  let text: string;
  let marks: { index: number; start: number; end: number }[];
  if (r.rendered) {
    text = r.rendered.html;
    marks = r.rendered.marks;
  } else if (r.source !== undefined && /\.html?$/i.test(r.filePath) && r.fatalErrorCount === 0) {
    text = r.source;
    const starts = computeLineStarts(text);
    marks = r.messages.map((m, index) => {
      const start = offsetOf(starts, text, m.line, m.column);
      return { index, start, end: m.endLine !== undefined && m.endColumn !== undefined ? offsetOf(starts, text, m.endLine, m.endColumn) : start };
    });
  } else {
    return undefined;
  }
  const severities = new Map<number, number>();
  r.messages.forEach((m, i) => severities.set(i, m.severity));
  return markFindings(text, marks, severities);
}

function offsetOf(starts: number[], text: string, line: number, column: number): number {
  const base = starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  return Math.min(text.length, base + Math.max(0, column - 1));
}

/**
 * Adds `data-optout-finding="1 3"` to the start tag at each mark (or a small pin element where a mark
 * falls in text), and the style that outlines and numbers them.
 */
export function markFindings(text: string, marks: readonly { index: number; start: number }[], severities: Map<number, number>): Preview {
  const byTag = new Map<number, { numbers: number[]; error: boolean; nameEnd: number; pin: boolean }>();
  const marked = new Set<number>();
  for (const mark of marks) {
    const at = locateMarkable(text, mark.start);
    if (!at) continue;
    marked.add(mark.index);
    const entry = byTag.get(at.offset) ?? { numbers: [], error: false, nameEnd: at.nameEnd, pin: at.pin };
    entry.numbers.push(mark.index + 1);
    entry.error ||= severities.get(mark.index) === 2;
    byTag.set(at.offset, entry);
  }
  let out = text;
  for (const [offset, e] of [...byTag].sort((a, b) => b[0] - a[0])) {
    const attrs = ` ${MARK_ATTRIBUTE}="${e.numbers.join(' ')}" data-optout-severity="${e.error ? 'error' : 'warning'}"`;
    out = e.pin
      ? `${out.slice(0, offset)}<span class="optout-lint-pin"${attrs}></span>${out.slice(offset)}`
      : `${out.slice(0, e.nameEnd)}${attrs}${out.slice(e.nameEnd)}`;
  }
  return { html: injectStyle(out), marked };
}

/** The start tag at `offset` (name end, to insert attributes after), or a text position for a pin. */
function locateMarkable(text: string, offset: number): { offset: number; nameEnd: number; pin: boolean } | undefined {
  if (offset < 0 || offset > text.length) return undefined;
  const tag = /^<([a-z][\w:-]*)/i.exec(text.slice(offset, offset + 100));
  if (tag) {
    const name = tag[1]!.toLowerCase();
    if (name === 'html' || name === 'head' || NO_RENDER.has(name)) return undefined;
    return { offset, nameEnd: offset + tag[0].length, pin: false };
  }
  // In text: only when not inside a tag, a comment or a head/style/script element.
  const lt = text.lastIndexOf('<', offset - 1);
  const gt = text.lastIndexOf('>', offset - 1);
  if (lt > gt) return undefined;
  const before = text.slice(0, offset).toLowerCase();
  if (before.lastIndexOf('<body') < 0 || before.lastIndexOf('<!--') > before.lastIndexOf('-->')) return undefined;
  for (const name of NO_RENDER) if (before.lastIndexOf(`<${name}`) > before.lastIndexOf(`</${name}`)) return undefined;
  return { offset, nameEnd: offset, pin: true };
}

const NO_RENDER = new Set(['style', 'script', 'title', 'meta', 'link', 'base', 'template', 'noscript']);

function injectStyle(doc: string): string {
  const style = `<style id="optout-lint-marks">${MARK_CSS}</style>`;
  const headEnd = /<\/head\s*>/i.exec(doc);
  if (headEnd) return doc.slice(0, headEnd.index) + style + doc.slice(headEnd.index);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(doc);
  return doctype ? doctype[0] + style + doc.slice(doctype[0].length) : style + doc;
}

const MARK_CSS = `
[${MARK_ATTRIBUTE}]{outline:3px solid #d7263d !important;outline-offset:2px !important;}
[${MARK_ATTRIBUTE}][data-optout-severity="warning"]{outline-color:#e69500 !important;}
body[${MARK_ATTRIBUTE}]{outline-offset:-3px !important;}
[${MARK_ATTRIBUTE}]::before{content:attr(${MARK_ATTRIBUTE});display:inline-block !important;margin:0 4px 0 0;padding:0 6px;border-radius:9px;
background:#d7263d;color:#fff !important;font:bold 12px/18px system-ui,-apple-system,Segoe UI,Arial,sans-serif !important;
text-decoration:none !important;vertical-align:middle;visibility:visible !important;opacity:1 !important;}
[${MARK_ATTRIBUTE}][data-optout-severity="warning"]::before{background:#e69500;}
.optout-lint-pin{display:inline-block;width:0;}
`.replace(/\n/g, '');

const PAGE_CSS = `
:root{color-scheme:light;--err:#d7263d;--warn:#b87500;--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:var(--ink);background:#f5f6f8}
header{padding:20px 28px 8px}
h1{margin:0 0 4px;font-size:22px}
.headline{margin:0 0 10px;font-weight:600}
.headline.has-errors{color:var(--err)}.headline.has-warnings{color:var(--warn)}.headline.ok{color:#1a7f37}
.toc{margin:0 0 8px;padding-left:22px}
details{color:var(--muted);margin-bottom:8px}
main{padding:0 28px 28px}
.file{background:#fff;border:1px solid var(--line);border-radius:8px;margin:16px 0;padding:16px}
.file h2{margin:0 0 12px;font-size:17px;display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.count{font-size:13px;font-weight:600;padding:1px 8px;border-radius:10px}
.count.error{background:#fde7ea;color:var(--err)}.count.warning{background:#fff3d6;color:var(--warn)}
.cols{display:grid;grid-template-columns:minmax(0,660px) minmax(300px,1fr);gap:16px;align-items:start}
.preview iframe{display:block;width:100%;height:640px;border:1px solid var(--line);border-radius:6px;background:#fff;resize:vertical}
.preview.none{padding:24px;border:1px dashed var(--line);border-radius:6px;color:var(--muted)}
.shots{margin-top:16px}.shots h3{font-size:15px;margin:0 0 8px}
.shot{display:inline-block;margin:0 12px 12px 0;vertical-align:top}.shot img{display:block;max-width:100%;border:1px solid var(--line);border-radius:6px}
.shot figcaption{font-size:12px;color:var(--muted);margin-top:4px}
.findings{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:10px}
.finding{display:grid;grid-template-columns:30px 1fr;column-gap:8px;row-gap:4px;padding:10px;border:1px solid var(--line);border-left:4px solid var(--err);border-radius:6px}
.finding.warning{border-left-color:#e69500}
.badge{grid-row:span 3;width:26px;height:26px;border-radius:13px;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:13px;color:#fff;background:var(--err)}
.badge.warning{background:#e69500}
.sev{font-size:12px;font-weight:700;text-transform:uppercase}.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}
.where{font-size:13px;color:var(--muted)}.loc{font-family:ui-monospace,Menlo,Consolas,monospace;margin-right:6px}
.rule{font-family:ui-monospace,Menlo,Consolas,monospace}
.unmarked{font-size:12px;color:var(--muted);font-style:italic}
.frame{grid-column:2;margin:2px 0 0;padding:8px;background:#f6f8fa;border-radius:4px;font-size:12px;overflow-x:auto}
@media (max-width:1000px){.cols{grid-template-columns:1fr}}
`.replace(/\n/g, '');

/** `--render`: the footer of the email as Chromium drew it in each condition, the opt-out outlined. */
function screenshots(r: LintResult, name: string): string {
  const shots = (r.screenshots ?? []).filter((s) => s.png !== undefined);
  if (shots.length === 0) return '';
  const figures = shots.map(
    (s) =>
      `<figure class="shot"><img alt="${esc(`${name}: the opt-out in the rendered email (${s.label})`)}" src="data:image/png;base64,${esc(s.png!)}"><figcaption>${esc(s.label)}</figcaption></figure>`,
  );
  return `<div class="shots"><h3>In the rendered email</h3>${figures.join('')}</div>`;
}
