/** Raw HTTP requests for the web-host tests: exact paths (no URL normalisation) and exact headers. */
import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Send one request with exactly this path and these headers (Host defaults to 127.0.0.1:port). */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
        // Event streams never end: take the headers and the first chunk.
        if ((response.headers['content-type'] ?? '').startsWith('text/event-stream')) {
          response.once('data', () => {
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
            response.destroy();
          });
        }
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Send only a request head (e.g. a huge Content-Length) and read the status line the server answers. */
export function rawHead(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(head));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\r\n')) {
        resolve(text.split('\r\n')[0]!);
        socket.destroy();
      }
    });
    socket.on('error', reject);
  });
}
