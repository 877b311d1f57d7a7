// A real HTTP server on 127.0.0.1 for the probe tests: 200, 302, 404, slow, huge body, reset, login page.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  base: string;
  /** Every request received, as "METHOD /path body". */
  requests: string[];
  /** Headers of the last request. */
  lastHeaders: http.IncomingHttpHeaders | undefined;
  /** Bytes of the 64 MB `/huge` body written before the client hung up (undefined while it reads). */
  hugeSentBeforeClose: number | undefined;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const requests: string[] = [];
  const state: { lastHeaders: http.IncomingHttpHeaders | undefined; hugeSentBeforeClose: number | undefined } = {
    lastHeaders: undefined,
    hugeSentBeforeClose: undefined,
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${body}`.trim());
      state.lastHeaders = req.headers;
      const path = (req.url ?? '/').split('?')[0];
      switch (path) {
        case '/ok':
          res.writeHead(200, { 'content-type': 'text/html' }).end('<p>You are unsubscribed.</p>');
          return;
        case '/redirect':
          res.writeHead(302, { location: '/ok' }).end();
          return;
        case '/to-private':
          res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/ok` }).end();
          return;
        case '/redirect-to':
          // Redirects wherever the test says: the probe must re-check every hop.
          res.writeHead(302, { location: new URL(req.url ?? '/', 'http://x').searchParams.get('u') ?? '/' }).end();
          return;
        case '/to-mapped':
          res.writeHead(301, { location: `http://[::ffff:7f00:3]/ok` }).end();
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' }).end();
          return;
        case '/to-login':
          res.writeHead(302, { location: '/account/login?next=/u' }).end();
          return;
        case '/account/login':
          res.writeHead(200, { 'content-type': 'text/html' }).end('<form><input name="u"><input type="password" name="p"></form>');
          return;
        case '/slow':
          setTimeout(() => res.writeHead(200).end('late'), 5000).unref();
          return;
        case '/huge': {
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = Buffer.alloc(64 * 1024, 'a');
          let sent = 0;
          const pump = () => {
            while (sent < 64 * 1024 * 1024) {
              sent += chunk.length;
              if (!res.write(chunk)) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('close', () => {
            state.hugeSentBeforeClose = sent;
            sent = Infinity;
          });
          pump();
          return;
        }
        case '/reset':
          req.socket.destroy();
          return;
        default:
          res.writeHead(404).end('not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    get lastHeaders() {
      return state.lastHeaders;
    },
    get hugeSentBeforeClose() {
      return state.hugeSentBeforeClose;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A sent message whose List-Unsubscribe and body link point at `post` and `get`. */
export function probeMessage(post: string, get: string, opts: { onePost?: boolean } = {}): string {
  return [
    'From: News <news@acme.example>',
    'To: seed@acme.example',
    'Subject: Sale',
    `List-Unsubscribe: <${post}>, <mailto:u@acme.example>`,
    ...(opts.onePost === false ? [] : ['List-Unsubscribe-Post: List-Unsubscribe=One-Click']),
    'DKIM-Signature: v=1; d=acme.example; h=from:list-unsubscribe:list-unsubscribe-post; b=x',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><body>',
    '<p>Sale!</p>',
    `<p><a href="${get}">Unsubscribe</a></p>`,
    '</body></html>',
    '',
  ].join('\r\n');
}
