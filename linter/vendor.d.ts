// Type declarations for packages that ship none.
declare module 'mjml' {
  interface MjmlResult {
    html: string;
    errors: { line: number; message: string; tagName: string; formattedMessage: string }[];
  }
  export default function mjml2html(input: string | object, options?: Record<string, unknown>): Promise<MjmlResult>;
}
declare module 'mjml-core' {
  export const components: Record<string, unknown>;
}
declare module 'mjml-parser-xml' {
  export default function parse(xml: string, options?: Record<string, unknown>): unknown;
}
declare module 'postcss-safe-parser' {
  import type { Root } from 'postcss';
  export default function safeParse(css: string): Root;
}
