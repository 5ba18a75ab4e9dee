/**
 * The local web host (`amend serve`): the built renderer and the StudioApi over HTTP, on 127.0.0.1
 * only, behind a random session token. Routes:
 * - `POST /api/<method>` — JSON request body → JSON `Result` (HTTP 200 even for error Results:
 *   errors are data); 4xx only for requests that never reached a method;
 * - `GET /api/events` — Server-Sent Events carrying StudioEvents;
 * - `GET /…` — static files of the renderer (index.html with the CSP header).
 * Gatekeeping (Host, Origin, token) is in web-security.ts and runs before any routing.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { realpath } from 'node:fs/promises';
import {
  isStudioMethod,
  HTTP_API_PREFIX,
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_QUERY,
  MAX_DOCUMENT_BYTES,
  type StudioService,
} from '../api/contract';
import { dispatchStudioCall } from '../api/dispatch';
import { err } from '../shared/result';
import { studioError, type StudioErrorCode } from '../shared/studio-error';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { lookUpStaticFile } from './static-files';
import { admit, BASE_HEADERS } from './web-security';

/**
 * Largest JSON request body. A request carries at most one document (≤ MAX_DOCUMENT_BYTES); JSON
 * escapes (`\n`, `\"`, `\\`) at most double typical text, so 4× leaves room and still stops a runaway
 * upload long before memory is at risk.
 */
export const MAX_REQUEST_BODY_BYTES = 4 * MAX_DOCUMENT_BYTES;
/** Comment lines on the event stream keep idle connections from being timed out by the browser or OS. */
const EVENT_HEARTBEAT_MS = 20_000;

export interface WebHostOptions {
  readonly service: StudioService;
  /** Folder of the built renderer (out/renderer). */
  readonly rendererDir: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Session token; default 32 random bytes. Supplied only by tests that need a known URL. */
  readonly token?: string;
}

export interface RunningWebHost {
  /** `http://127.0.0.1:PORT/?token=…`: what the user opens. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** A new random session token (256 bits, URL-safe). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  extra: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': contentType, ...extra });
  response.end(body);
}

/**
 * An error answer. The connection is closed after it: the request body may be unread, and a
 * kept-alive connection would then read its leftover bytes as the next request.
 */
function sendError(response: ServerResponse, status: number, code: StudioErrorCode, message: string): void {
  send(response, status, JSON.stringify(err(studioError(code, message))), 'application/json; charset=utf-8', {
    Connection: 'close',
  });
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_REQUEST_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

class WebHost {
  private readonly streams = new Set<ServerResponse>();

  constructor(
    private readonly service: StudioService,
    private readonly rendererDir: string,
    private readonly token: string,
    private port = 0,
  ) {}

  setPort(port: number): void {
    this.port = port;
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const admission = admit({ url: request.url ?? '/', headers: request.headers }, this.port, this.token);
    if (!admission.admitted) return sendError(response, admission.status, 'invalid-request', admission.reason);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${this.port}`);
    if (admission.api) return this.handleApi(request, response, url.pathname);
    return this.handleStatic(request, response, url.pathname);
  }

  private async handleApi(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (pathname === HTTP_EVENTS_PATH) {
      if (request.method !== 'GET') return sendError(response, 405, 'invalid-request', 'Use GET for /api/events.');
      return this.openEventStream(request, response);
    }
    const method = pathname.slice(HTTP_API_PREFIX.length);
    if (!pathname.startsWith(HTTP_API_PREFIX) || !isStudioMethod(method)) {
      return sendError(response, 404, 'not-found', `No API route ${pathname}.`);
    }
    if (request.method !== 'POST') return sendError(response, 405, 'invalid-request', 'API calls use POST.');
    if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
      return sendError(response, 415, 'invalid-request', 'API calls send JSON (Content-Type: application/json).');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(request));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return sendError(response, 413, 'too-large', `The request is larger than ${MAX_REQUEST_BODY_BYTES} bytes.`);
      }
      return sendError(response, 400, 'invalid-request', 'The request body is not valid JSON.');
    }
    const result = await dispatchStudioCall(this.service, method, payload);
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  }

  private openEventStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8' });
    response.write(': amendment studio events\n\n');
    this.streams.add(response);
    const unsubscribe = this.service.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => response.write(': ping\n\n'), EVENT_HEARTBEAT_MS);
    const stop = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      this.streams.delete(response);
    };
    request.on('close', stop);
    response.on('error', stop);
  }

  private async handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'Method not allowed.\n', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
    }
    const found = await lookUpStaticFile(this.rendererDir, pathname);
    if (found.kind === 'refused') return send(response, 400, 'Bad path.\n', 'text/plain; charset=utf-8');
    if (found.kind === 'missing') {
      const hint =
        pathname === '/' ? 'The renderer is not built: run `npm run build:renderer`, then reload.\n' : 'Not found.\n';
      return send(response, pathname === '/' ? 503 : 404, hint, 'text/plain; charset=utf-8');
    }
    const isHtml = found.contentType.startsWith('text/html');
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': found.contentType,
      'Content-Length': String(found.body.length),
      ...(isHtml ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : found.body);
  }

  closeStreams(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Start the web host on 127.0.0.1. Resolves once it is listening. */
export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const token = options.token ?? newSessionToken();
  const rendererDir = await realpath(options.rendererDir).catch(() => options.rendererDir);
  const host = new WebHost(options.service, rendererDir, token);
  const server = createServer((request, response) => {
    host.handle(request, response).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) sendError(response, 500, 'internal', `The web host failed: ${detail}`);
      else response.destroy();
    });
  });
  const port = await listen(server, options.port ?? 0);
  host.setPort(port);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?${HTTP_TOKEN_QUERY}=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        host.closeStreams();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
