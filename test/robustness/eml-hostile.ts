// Hostile .eml builders shared by the hostile CLI suite and the eml limit tests.

const HEAD =
  'From: Shop <news@shop.example>\nTo: a@b.example\nSubject: Sale\nMessage-ID: <1@shop.example>\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nMIME-Version: 1.0\n';
const GOOD_HTML = '<html><body><p>Sale</p><p><a href="https://shop.example/unsubscribe">Unsubscribe</a></p></body></html>';

/** `depth` multiparts, one inside the other, with the HTML part at the bottom. */
export function deepMultipart(depth: number): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(`Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`);
    close.push(`\n--b${i}--\n`);
  }
  return `${HEAD}${open.join('')}Content-Type: text/html; charset=utf-8\n\n${GOOD_HTML}${close.reverse().join('')}`;
}

/** A List-Unsubscribe header with `count` URIs, folded one per line. */
export function manyUris(count: number): string {
  const uris = Array.from({ length: count }, (_, i) => `<https://shop.example/u/${i}>`).join(',\n ');
  return `${HEAD}List-Unsubscribe: ${uris}\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nContent-Type: text/html; charset=utf-8\n\n${GOOD_HTML}\n`;
}

/** A base64 HTML part whose body is not base64 at all. */
export function base64Garbage(bytes = 200_000): string {
  let body = '';
  for (let i = 0; i < bytes; i++) body += String.fromCharCode(33 + ((i * 7919 + 13) % 94));
  const lines = body.match(/.{1,76}/g)!.join('\n');
  return `${HEAD}Content-Type: multipart/alternative; boundary="x"\n\n--x\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${lines}\n--x--\n`;
}

/** `count` header fields in the top block. */
export function manyHeaders(count: number): string {
  return `${HEAD}${Array.from({ length: count }, (_, i) => `X-Filler-${i}: ${i}\n`).join('')}Content-Type: text/html\n\n${GOOD_HTML}\n`;
}
