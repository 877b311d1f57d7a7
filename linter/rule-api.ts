// The engine's public API for rules: everything a rule may import from the engine, in one place (enforced
// by the layer check in .dependency-cruiser.cjs). What is not here is the engine's own business.

export type { EmailDocument } from './document.ts';
export { BLOCKS, elements, forEachNode, isTag, isText, nodeRange, textOf, type ClientFamily } from './dom.ts';
export { findHeaders } from './headers/fields.ts';
export { espById } from './esp/registry.ts';
export { espHeaderSupport } from './headers/esp.ts';
export {
  ONE_CLICK_VALUE,
  dkimHeaderTagSpan,
  dkimSignedHeaders,
  dkimTags,
  editDistance,
  listUnsubscribeFields,
  listUnsubscribePostFields,
  parseListUnsubscribe,
} from './headers/list-unsubscribe.ts';
export { LEXICONS, matchContextCue, matchOptOutWording, normalizeText, suggestedLinkText } from './lexicon/index.ts';
export type { PhraseCategory } from './lexicon/wording/index.ts';
export { findOptOutLinksInHtml } from './links/find.ts';
export { classifyHref, safeDecode } from './links/href.ts';
export { exampleOptOutHref, findMergeTags, looksLikePlaceholder } from './links/merge-tags.ts';
export { findPlainTextOptOut } from './links/plain-text.ts';
export { isPlaceholder } from './links/placeholders.ts';
export type { OptOutLink } from './links/types.ts';
export type { ProbeOutcome } from './probe.ts';
export { defineRule, docsUrl, type ReportDescriptor, type Rule } from './rule.ts';
export { contrastRatio, isDarkText, nearestReadable, toHex, type Rgba } from './style/color.ts';
export { setInlineStyle, soleTextSpan } from './edits.ts';
export { describeCause, describeColor } from './style/describe.ts';
export { parentElement } from './style/resolver.ts';
export type { LinkVisibility } from './style/visibility.ts';
export { widthLabel, type ClientCondition } from './style/conditions.ts';
export type { Chunk } from './text/chunks.ts';
export { chunkOverlaps, sentenceOverlaps, sentenceQuote, sentenceRange, sentencesOfChunk, type Sentence } from './text/sentences.ts';
export {
  chunkMaySpeakOfOptOut,
  cuesIn,
  delaysIn,
  shamingIn,
  shamingLabel,
  speaksOfOptOut,
  speaksOfProcessing,
  speaksOfServiceMail,
  type WordedText,
} from './text/matchers.ts';
export type { Config, Range } from './types.ts';
