// Input builders: how a file that is not plain HTML becomes the EmailDocument the rules read. The engine
// core parses HTML only; every other input (MJML, .eml, template languages) is a builder the host
// registers (the CLI and API register all of theirs, the extension only .eml), like html-validate's
// transformers. A builder keeps positions: its document's Source maps offsets back to the user's file.
import type { EmailDocument } from '../document.ts';
import type { ResolvedConfig } from '../types.ts';

export interface BuildInput {
  text: string;
  /** The file name as given (its extension chose the builder). */
  filename: string;
  config: ResolvedConfig;
}

export interface InputBuilder {
  /** Short name used in messages ("Could not parse MJML: …") and in the config (`mjml`, `eml`, …). */
  readonly name: string;
  /** Lower-case file name endings this builder handles, with the dot: `['.mjml']`. */
  readonly extensions: readonly string[];
  /**
   * Files of another builder's endings (`.html`) that this one takes when their text says so: a Django, Go or
   * Maizzle template saved as `.html` is composed, a plain HTML email is not. Asked only when no ending matched.
   */
  readonly sniff?: { extensions: readonly string[]; claims(text: string): boolean };
  build(input: BuildInput): Promise<EmailDocument> | EmailDocument;
}

/**
 * The builder for a file (the longest matching extension wins; else the first whose `sniff` claims the text), or
 * undefined for HTML.
 */
export function builderFor(builders: readonly InputBuilder[], filename: string, text?: string): InputBuilder | undefined {
  const lower = filename.toLowerCase();
  let best: InputBuilder | undefined;
  let bestLength = 0;
  for (const builder of builders) {
    for (const ext of builder.extensions) {
      if (ext.length > bestLength && lower.endsWith(ext)) {
        best = builder;
        bestLength = ext.length;
      }
    }
  }
  if (best || text === undefined) return best;
  return builders.find((b) => b.sniff && b.sniff.extensions.some((ext) => lower.endsWith(ext)) && b.sniff.claims(text));
}

/** A builder's own failure, whose message says what happened (no "Could not parse …:" in front of it). */
export class BuilderError extends Error {
  override name = 'BuilderError';
}
