// JSON-RPC clients for the servers' tests, speaking their real framing over a child process's stdio: LSP's
// `Content-Length` headers, MCP's one message per line. They can also send raw bytes (malformed input).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

type Framing = 'lsp' | 'mcp';

export class JsonRpcClient {
  readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly received: Message[] = [];
  private readonly waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  stderr = '';

  constructor(
    command: string,
    args: string[],
    private readonly framing: Framing,
    cwd: string,
  ) {
    this.process = spawn(command, args, { cwd, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  request<T = unknown>(method: string, params?: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, ...(params !== undefined ? { params } : {}) });
    return this.waitFor((m) => m.id === id && m.method === undefined, timeoutMs).then((m) => {
      if (m.error) throw new Error(`${method}: ${m.error.message}`);
      return m.result as T;
    });
  }

  notify(method: string, params?: unknown): void {
    this.send({ jsonrpc: '2.0', method, ...(params !== undefined ? { params } : {}) });
  }

  /** The first message (already received or still to come) that matches. */
  waitFor(match: (m: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
    const seen = this.received.findIndex(match);
    if (seen >= 0) return Promise.resolve(this.received.splice(seen, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message in ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Bytes as they are, framed or not: malformed input for robustness tests. */
  sendRaw(text: string): void {
    this.process.stdin.write(text);
  }

  frame(body: string): string {
    return this.framing === 'lsp' ? `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}` : `${body}\n`;
  }

  close(): void {
    this.process.kill();
  }

  private send(message: Message): void {
    this.process.stdin.write(this.frame(JSON.stringify(message)));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      let body: string | undefined;
      if (this.framing === 'lsp') {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString();
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      } else {
        const newline = this.buffer.indexOf('\n');
        if (newline < 0) return;
        body = this.buffer.subarray(0, newline).toString();
        this.buffer = this.buffer.subarray(newline + 1);
        if (body.trim() === '') continue;
      }
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    const waiter = this.waiters.findIndex((w) => w.match(message));
    if (waiter >= 0) this.waiters.splice(waiter, 1)[0]!.resolve(message);
    else this.received.push(message);
  }
}
