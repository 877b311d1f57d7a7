// Plain ANSI styling; every helper is the identity when colour is off.
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);
const plain = (s: string) => s;

export function palette(color: boolean): Palette {
  if (!color) return { red: plain, yellow: plain, gray: plain, bold: plain, underline: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), gray: wrap(90, 39), bold: wrap(1, 22), underline: wrap(4, 24) };
}

/** Length of a string as shown, ANSI codes excluded. */
export function visibleLength(s: string): number {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[\d+m/g, '').length;
}
