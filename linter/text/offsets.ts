// Where each character of a text chunk is in the source. Most text nodes are copied as written, so their
// characters map one to one from a base offset: a chunk keeps one run per text node (its start in the
// chunk text and its base), and only nodes with entities ("&amp;", "&nbsp;") per-character offsets.
// All chunks of a document share two growing arrays, so a chunk costs no arrays of its own.

/** Fields of a run in `DocumentOffsets.runs`. */
const RUN_START = 0; // index in the chunk text where the run starts
const RUN_BASE = 1; // source offset of its first character
const RUN_EXACT = 2; // index in `exact` of its per-character offsets, or -1: base + i
const RUN_SIZE = 3;

/**
 * The runs and per-character offsets of one document's chunks. Plain arrays of small integers: cheaper
 * to create than typed arrays for the many small documents, and grown by the engine.
 */
class DocumentOffsets {
  readonly runs: number[] = [];
  runCount = 0;
  readonly exact: number[] = [];
  exactLength = 0;
}

/** The source offsets of one chunk's characters: runs `[firstRun, endRun)` of its document. */
export class OffsetRuns {
  constructor(
    private readonly doc: DocumentOffsets,
    private readonly firstRun: number,
    private readonly endRun: number,
    /** Characters covered. */
    readonly length: number,
  ) {}

  /** Source offset of character `i`, or `undefined` outside the text (as indexing an array would give). */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length) || !Number.isInteger(i)) return undefined;
    const runs = this.doc.runs;
    let lo = this.firstRun;
    let hi = this.endRun - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid * RUN_SIZE + RUN_START]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const r = lo * RUN_SIZE;
    const exact = runs[r + RUN_EXACT]!;
    const k = i - runs[r + RUN_START]!;
    return exact >= 0 ? this.doc.exact[exact + k] : runs[r + RUN_BASE]! + k;
  }

  /** Every character's offset. */
  toArray(): Int32Array {
    const out = new Int32Array(this.length);
    const { runs, exact } = this.doc;
    for (let run = this.firstRun; run < this.endRun; run++) {
      const r = run * RUN_SIZE;
      const start = runs[r + RUN_START]!;
      const end = run + 1 < this.endRun ? runs[r + RUN_SIZE + RUN_START]! : this.length;
      const at = runs[r + RUN_EXACT]!;
      if (at >= 0) for (let i = start, k = at; i < end; i++, k++) out[i] = exact[k]!;
      else for (let i = start, o = runs[r + RUN_BASE]!; i < end; i++, o++) out[i] = o;
    }
    return out;
  }
}

const isLowSurrogate = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Collects the runs of one chunk at a time, and the smallest and largest offset. */
export class OffsetRunBuilder {
  private readonly doc = new DocumentOffsets();
  private firstRun = 0;
  private chunkExactStart = 0;
  private length = 0;
  min = Infinity;
  max = -Infinity;

  private addRun(base: number, length: number, exactAt: number, min: number, max: number): void {
    const doc = this.doc;
    const r = doc.runCount++ * RUN_SIZE;
    doc.runs[r + RUN_START] = this.length;
    doc.runs[r + RUN_BASE] = base;
    doc.runs[r + RUN_EXACT] = exactAt;
    this.length += length;
    if (length > 0) {
      if (min < this.min) this.min = min;
      if (max > this.max) this.max = max;
    }
  }

  /** One character at `offset` (a `<br>`, or a line break put between links). */
  addOne(offset: number): void {
    this.addRun(offset, 1, -1, offset, offset);
  }

  /**
   * A text node's decoded `data`, whose raw text is `source[start, start + rawLength)`. When both have the
   * same length (no entities) the characters map one to one; else they are aligned entity by entity.
   */
  addText(data: string, source: string, start: number, rawLength: number): void {
    if (rawLength === data.length) {
      this.addRun(start, data.length, -1, start, start + data.length - 1);
      return;
    }
    const doc = this.doc;
    const out = doc.exact;
    const exactAt = doc.exactLength;
    let at = exactAt;
    // `raw[j]` is `source[start + j]`, for j < rawLength.
    const rawCode = (j: number) => (j < rawLength ? source.charCodeAt(start + j) : NaN);
    let j = 0;
    let i = 0;
    while (i < data.length) {
      if (rawCode(j) === 38 /* & */ && (data.charCodeAt(i) !== 38 || (j + 5 <= rawLength && source.startsWith('&amp;', start + j)))) {
        let semi = source.indexOf(';', start + j);
        semi = semi < 0 || semi >= start + rawLength ? -1 : semi - start;
        if (semi > j && semi - j <= 32) {
          out[at++] = start + j;
          i++;
          // An entity for a character outside the BMP decodes to two UTF-16 units.
          if (i < data.length && isLowSurrogate(data.charCodeAt(i))) {
            out[at++] = start + j;
            i++;
          }
          j = semi + 1;
          continue;
        }
      }
      out[at++] = start + Math.min(j, Math.max(0, rawLength - 1));
      i++;
      j++;
    }
    doc.exactLength = at;
    let min = Infinity;
    let max = -Infinity;
    for (let k = exactAt; k < at; k++) {
      const o = out[k]!;
      if (o < min) min = o;
      if (o > max) max = o;
    }
    this.addRun(start, data.length, exactAt, min, max);
  }

  /** The runs collected since the last `take` or `reset`. */
  take(): OffsetRuns {
    const runs = new OffsetRuns(this.doc, this.firstRun, this.doc.runCount, this.length);
    this.startChunk();
    return runs;
  }

  /** Drops the runs collected since the last `take`. */
  reset(): void {
    this.doc.runCount = this.firstRun;
    this.doc.exactLength = this.chunkExactStart;
    this.startChunk();
  }

  private startChunk(): void {
    this.firstRun = this.doc.runCount;
    this.chunkExactStart = this.doc.exactLength;
    this.length = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}
