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
  build(input: BuildInput): Promise<EmailDocument> | EmailDocument;
}

/** The builder for a file name (the longest matching extension wins), or undefined for HTML. */
export function builderFor(builders: readonly InputBuilder[], filename: string): InputBuilder | undefined {
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
  return best;
}

/** A builder's own failure, whose message says what happened (no "Could not parse …:" in front of it). */
export class BuilderError extends Error {
  override name = 'BuilderError';
}
