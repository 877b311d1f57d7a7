// `optout-lint-lsp --stdio`: a language server on vscode-languageserver. Diagnostics when a document opens and
// as it changes (debounced), with the nearest config file applied, as the CLI does; the rules' suggestions as
// quick fixes; a hover with the rule's description and documentation. A document that cannot be linted gets
// the CLI's fatal message as a diagnostic; an exception in one document never stops the server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type Connection,
  type Diagnostic,
  type Hover,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintMessage, LintResult, SuggestionInfo } from '../../types.ts';
import { describeError, fatalResult } from '../../run.ts';
import { OptoutLint } from '../optout-lint.ts';
import { lintSource } from '../lint-file.ts';

/** The files whose change means the configs must be read again. */
const CONFIG_FILE = /(?:^|\/)(?:optout\.config\.jsonc?|\.optoutrc\.json|package\.json|\.optoutignore)$/;

/** Typing pauses shorter than this do not re-lint. */
const DEBOUNCE_MS = 200;

/** Extensions by language id, for editors that open untitled documents (the URI then says nothing). */
const EXTENSION_OF: Record<string, string> = {
  html: '.html',
  mjml: '.mjml',
  handlebars: '.hbs',
  liquid: '.liquid',
  nunjucks: '.njk',
  jinja: '.j2',
  twig: '.twig',
  eml: '.eml',
};

interface DiagnosticData {
  ruleId: string | null;
  suggestions: SuggestionInfo[];
}

export function startServer(connection: Connection = createConnection(process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  let linter: OptoutLint | undefined;
  const timers = new Map<string, NodeJS.Timeout>();
  /** The diagnostics last sent, per document, for hovers. */
  const lastDiagnostics = new Map<string, Diagnostic[]>();
  const linterFor = () => (linter ??= new OptoutLint({ cwd }));
  const rulesMeta = () => linterFor().getRulesMeta();

  let cwd = process.cwd();
  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) cwd = fileURLToPath(root);
    linter = new OptoutLint({ cwd });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'optout-lint', version: OptoutLint.version },
    };
  });

  const validate = async (document: TextDocument): Promise<void> => {
    const file = fileOf(document);
    let result: LintResult;
    try {
      const config = await linterFor().calculateConfigForFile(file);
      result = await lintSource(document.getText(), file, config);
    } catch (error) {
      // A config error or an engine bug: said on the document, the server goes on.
      result = fatalResult(file, `optout-lint could not lint this document: ${describeError(error)}`);
    }
    if (documents.get(document.uri)?.version !== document.version) return; // changed (or closed) meanwhile
    const meta = rulesMeta();
    const diagnostics = result.messages.map((m) => toDiagnostic(m, document, m.ruleId ? meta[m.ruleId]?.docs.url : undefined));
    lastDiagnostics.set(document.uri, diagnostics);
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        validate(document).catch((error: unknown) => connection.console.error(`optout-lint: ${describeError(error)}`));
      }, delay),
    );
  };

  /** A config file changed (the editor saved it, or the client watches files): read configs afresh, lint again. */
  const configChanged = () => {
    linter = new OptoutLint({ cwd });
    for (const document of documents.all()) schedule(document, 0);
  };
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => CONFIG_FILE.test(c.uri))) configChanged();
  });
  documents.onDidSave((e) => {
    if (CONFIG_FILE.test(e.document.uri)) configChanged();
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    lastDiagnostics.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return params.context.diagnostics.flatMap((d) =>
      ((d.data as DiagnosticData | undefined)?.suggestions ?? []).map((s) => ({
        title: s.desc,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: {
          changes: {
            [document.uri]: [{ range: { start: document.positionAt(s.fix.range[0]), end: document.positionAt(s.fix.range[1]) }, newText: s.fix.text }],
          },
        },
      })),
    );
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const at = document.offsetAt(params.position);
    // The rules reported at this position, from the last diagnostics: re-linting on hover is not needed.
    const ids = new Set<string>();
    for (const d of lastDiagnostics.get(document.uri) ?? []) {
      if (document.offsetAt(d.range.start) <= at && at <= document.offsetAt(d.range.end) && typeof d.code === 'string') ids.add(d.code);
    }
    if (ids.size === 0) return null;
    const meta = rulesMeta();
    const value = [...ids]
      .map((id) => `**optout-lint: ${id}**\n\n${meta[id]?.description ?? ''}\n\n[Documentation](${meta[id]?.docs.url ?? ''})`)
      .join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value } };
  });

  documents.listen(connection);
  connection.listen();
}

function fileOf(document: TextDocument): string {
  if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
  // Untitled: a name in the current folder with the language's extension picks the builder and the config.
  return path.resolve(`untitled${EXTENSION_OF[document.languageId] ?? '.html'}`);
}

function toDiagnostic(m: LintMessage, document: TextDocument, docs: string | undefined): Diagnostic {
  const line = Math.max(0, m.line - 1);
  const start = { line, character: Math.max(0, m.column - 1) };
  const end =
    m.endLine !== undefined && m.endColumn !== undefined
      ? { line: m.endLine - 1, character: m.endColumn - 1 }
      : { line, character: document.getText().split('\n')[line]?.length ?? 0 };
  const data: DiagnosticData = { ruleId: m.ruleId, suggestions: m.suggestions ?? [] };
  return {
    range: { start, end },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'optout-lint',
    message: m.message,
    ...(m.ruleId ? { code: m.ruleId } : {}),
    ...(docs ? { codeDescription: { href: docs } } : {}),
    data,
  };
}
