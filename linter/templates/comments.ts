// HTML comments of a template, found in linear time (a regex with a lazy body rescans to the end of the file for
// every `<!--` left open).
import type { Range } from '../types.ts';

/** The `<!-- … -->` spans of `text`, in order; one left open runs to the end. */
export function commentRanges(text: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    out.push({ start: at, end });
    at = end;
  }
  return out;
}

/** Whether `offset` is inside one of `ranges` (sorted, not overlapping). */
export function inRanges(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}
