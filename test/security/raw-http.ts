/**
 * Sends a request line exactly as written over a TCP socket, so a test can use request targets
 * an HTTP client library would normalise (absolute form, authority form, `*`).
 */
import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly body: string;
}

export function rawRequest(port: number, requestLine: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const all: Record<string, string> = { host: `127.0.0.1:${port}`, connection: 'close', ...headers };
    if (body !== undefined) all['content-length'] = String(Buffer.byteLength(body));
    socket.on('connect', () => {
      const head = Object.entries(all)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.write(`${requestLine}\r\n${head}\r\n${body ?? ''}`);
    });
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      const split = text.indexOf('\r\n\r\n');
      resolve({ status, body: split < 0 ? '' : text.slice(split + 4) });
    });
  });
}
