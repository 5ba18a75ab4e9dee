/**
 * Issue 7 deliverable 5 / study §5 S6: API calls from an unauthorised origin or without the web host's
 * token never succeed, and IPC calls from anything but the app's own top frame never reach a handler.
 *
 * Web host: EVERY operation of the contract (derived from STUDIO_METHODS, so a new one is covered
 * automatically) × forged requests (no token, wrong token, token in the wrong place, foreign / `null`
 * Origin, cross-site fetch metadata, DNS-rebinding Host headers, wrong method, wrong content type,
 * oversized body), plus the event stream and static files with path traversal. Each is refused with a
 * 4xx and no side effect: the service is never called, no file is written, the data folder is byte
 * for byte the same. Controls (the same operations with the right credentials) must reach the service,
 * so the matrix can fail.
 *
 * IPC: every registered channel × forged senders (no frame, sub-frames, foreign and file: origins, a
 * detached frame whose properties throw) is refused before the handler runs.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStudioIpc, type IpcMainLike } from '../../../electron/ipc';
import type { FrameLike, InvokeEventLike } from '../../../electron/sender-check';
import {
  HTTP_EVENTS_PATH,
  HTTP_TOKEN_HEADER,
  ipcChannel,
  isStudioMethod,
  STUDIO_METHODS,
  type StudioApi,
  type StudioMethod,
  type StudioService,
} from '../../../src/api/contract';
import { MAX_REQUEST_BODY_BYTES, startWebHost, type RunningWebHost } from '../../../src/node/web-host';
import { ok } from '../../../src/shared/result';
import { reportFigure } from '../../support/figures';
import { newTestService } from '../api/contract-suite';
import { SAMPLE_REQUESTS } from '../api/sample-requests';
import { rawHead, rawRequest, type RawResponse } from '../node/support/raw-http';

/** A request as sent on the wire. `head` sends only a request head (an oversized body is never uploaded). */
interface WireRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly headOnly?: boolean;
}

/** Where a forged request would have its effect: paths in its payload point into this folder. */
function payloadFor(method: StudioMethod, folder: string): unknown {
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('/tmp/')) return join(folder, basename(value));
    if (Array.isArray(value)) return value.map(rewrite);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, rewrite(inner)]));
    }
    return value;
  };
  return rewrite(SAMPLE_REQUESTS[method]);
}

/** Every file under `folder` with the hash of its bytes (symlinks listed, not followed). */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
      else files[path] = `(${entry.isSymbolicLink() ? 'symlink' : 'other'})`;
    }
  };
  if (existsSync(folder)) walk(folder);
  return files;
}

/** The renderer folder with a secret beside it and a symlink leading out of it. */
function rendererFixture(root: string): string {
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Amendment Studio</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'SECRET-OUTSIDE-THE-ROOT');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'escape.txt'));
  symlinkSync(root, join(renderer, 'up'));
  return renderer;
}

/** The service, recording every call that reaches it and every event subscription. */
function recording(service: StudioService): { service: StudioService; calls: string[]; subscriptions: () => number } {
  const calls: string[] = [];
  let subscriptions = 0;
  const wrapped = new Proxy(service, {
    get(target, property, receiver): unknown {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property === 'string' && isStudioMethod(property) && typeof value === 'function') {
        return (request: unknown): unknown => {
          calls.push(property);
          return (value as (request: unknown) => unknown).call(target, request);
        };
      }
      if (property === 'subscribe') {
        return (listener: Parameters<StudioService['subscribe']>[0]) => {
          subscriptions++;
          return target.subscribe(listener);
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { service: wrapped, calls, subscriptions: () => subscriptions };
}

/** One forged variant of a POST /api/<method> call: its name and how to build it. */
interface Forgery {
  readonly name: string;
  readonly build: (call: { path: string; body: string }, host: RunningWebHost) => WireRequest;
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const wrongToken = (token: string): string => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;

/** The forged requests every operation is tried with. */
const FORGERIES: readonly Forgery[] = [
  { name: 'no token', build: (c, h) => post(c, { Origin: h.origin }) },
  { name: 'no token, no Origin', build: (c) => post(c, {}) },
  { name: 'wrong token', build: (c, h) => post(c, { Origin: h.origin, [HTTP_TOKEN_HEADER]: wrongToken(h.token) }) },
  { name: 'token cut short', build: (c, h) => post(c, { [HTTP_TOKEN_HEADER]: h.token.slice(0, 20) }) },
  { name: 'empty token', build: (c) => post(c, { [HTTP_TOKEN_HEADER]: '' }) },
  {
    name: 'token in the query string',
    build: (c, h) => post({ ...c, path: `${c.path}?token=${h.token}` }, { Origin: h.origin }),
  },
  { name: 'token as a bearer token', build: (c, h) => post(c, { Authorization: `Bearer ${h.token}` }) },
  { name: 'token in a cookie', build: (c, h) => post(c, { Cookie: `token=${h.token}` }) },
  { name: 'foreign Origin', build: (c, h) => post(c, withToken(h, { Origin: 'https://evil.example' })) },
  { name: 'null Origin', build: (c, h) => post(c, withToken(h, { Origin: 'null' })) },
  {
    name: 'Origin on another port',
    build: (c, h) => post(c, withToken(h, { Origin: `http://127.0.0.1:${h.port + 1}` })),
  },
  {
    name: 'Origin 127.0.0.1.evil.com',
    build: (c, h) => post(c, withToken(h, { Origin: `http://127.0.0.1.evil.com:${h.port}` })),
  },
  { name: 'cross-site fetch metadata', build: (c, h) => post(c, withToken(h, { 'Sec-Fetch-Site': 'cross-site' })) },
  { name: 'foreign Host (DNS rebinding)', build: (c, h) => post(c, withToken(h, { Host: `evil.example:${h.port}` })) },
  {
    name: 'Host 127.0.0.1.evil.com',
    build: (c, h) => post(c, withToken(h, { Host: `127.0.0.1.evil.com:${h.port}` })),
  },
  { name: 'Host without the port', build: (c, h) => post(c, withToken(h, { Host: '127.0.0.1' })) },
  { name: 'GET instead of POST', build: (c, h) => ({ ...post(c, withToken(h, {})), method: 'GET', body: '' }) },
  { name: 'PUT instead of POST', build: (c, h) => ({ ...post(c, withToken(h, {})), method: 'PUT' }) },
  {
    name: 'text/plain body (a simple cross-site form post)',
    build: (c, h) => ({
      method: 'POST',
      path: c.path,
      headers: withToken(h, { 'Content-Type': 'text/plain' }),
      body: c.body,
    }),
  },
  {
    name: 'oversized body',
    build: (c, h) => ({
      method: 'POST',
      path: c.path,
      headers: withToken(h, { ...JSON_TYPE, 'Content-Length': String(MAX_REQUEST_BODY_BYTES + 1) }),
      headOnly: true,
    }),
  },
];

function post(call: { path: string; body: string }, headers: Record<string, string>): WireRequest {
  return { method: 'POST', path: call.path, headers: { ...JSON_TYPE, ...headers }, body: call.body };
}

function withToken(host: RunningWebHost, headers: Record<string, string>): Record<string, string> {
  return { [HTTP_TOKEN_HEADER]: host.token, Origin: host.origin, ...headers };
}

/** Forged requests for the event stream (its token may travel in the query: EventSource cannot set headers). */
function eventStreamForgeries(host: RunningWebHost): readonly [string, WireRequest][] {
  const get = (path: string, headers: Record<string, string>): WireRequest => ({ method: 'GET', path, headers });
  const query = `${HTTP_EVENTS_PATH}?token=${host.token}`;
  return [
    ['no token', get(HTTP_EVENTS_PATH, { Origin: host.origin })],
    ['wrong token in the query', get(`${HTTP_EVENTS_PATH}?token=${wrongToken(host.token)}`, {})],
    ['wrong token in the header', get(HTTP_EVENTS_PATH, { [HTTP_TOKEN_HEADER]: wrongToken(host.token) })],
    ['foreign Origin', get(query, { Origin: 'https://evil.example' })],
    ['null Origin', get(query, { Origin: 'null' })],
    ['cross-site fetch metadata', get(query, { 'Sec-Fetch-Site': 'cross-site' })],
    ['foreign Host', get(query, { Host: `evil.example:${host.port}` })],
    ['Host 127.0.0.1.evil.com', get(query, { Host: `127.0.0.1.evil.com:${host.port}` })],
    ['token in a cookie', get(HTTP_EVENTS_PATH, { Cookie: `token=${host.token}` })],
    ['POST instead of GET', { method: 'POST', path: query, headers: JSON_TYPE, body: '{}' }],
  ];
}

/** Static routes that try to leave the renderer folder. */
const TRAVERSALS = [
  '/../secret.txt',
  '/assets/../../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '/..%2fsecret.txt',
  '/..%252fsecret.txt',
  '/assets/..%5c..%5csecret.txt',
  '/assets/escape.txt',
  '/up/secret.txt',
  '/index.html%00.js',
  '/%00/../secret.txt',
  '/%E0%A4%A',
  '//../secret.txt',
];

async function send(host: RunningWebHost, request: WireRequest): Promise<RawResponse> {
  const headers = { Host: `127.0.0.1:${host.port}`, ...request.headers };
  if (request.headOnly === true) {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
    const status = await rawHead(
      host.port,
      `${request.method} ${request.path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n{`,
    );
    return { status: Number(status.split(' ')[1]), headers: {}, body: '' };
  }
  return rawRequest(host.port, request.method, request.path, headers, request.body);
}

/** A forged request succeeded when it got a 2xx/3xx or an `ok: true` answer (the service call is checked separately). */
function succeeded(response: RawResponse): boolean {
  return response.status < 400 || response.body.includes('"ok":true');
}

describe('unauthorised calls to the web host API', () => {
  const root = mkdtempSync(join(tmpdir(), 'amend-unauthorised-'));
  const forgedFolder = join(root, 'forged-targets');
  const controlFolder = join(root, 'control-targets');
  let host: RunningWebHost;
  let calls: string[];
  let subscriptions: () => number;
  let dataFolder: string;
  let close: () => Promise<void>;
  const rendererDir = rendererFixture(root);
  mkdirSync(forgedFolder);
  mkdirSync(controlFolder);

  beforeAll(async () => {
    const test = await newTestService();
    const recorded = recording(test.service);
    calls = recorded.calls;
    subscriptions = recorded.subscriptions;
    dataFolder = test.dataFolder;
    host = await startWebHost({ service: recorded.service, rendererDir });
    close = async () => {
      await host.close();
      test.service.close();
      await test.printer.close();
    };
  });
  afterAll(() => close());

  it('refuses every operation x every forged request with a 4xx and no side effect; the controls succeed', async () => {
    const dataBefore = snapshot(dataFolder);
    const problems: string[] = [];
    let forged = 0;
    let forgedSucceeded = 0;
    /** Send a forged request; it succeeded if it got a success answer or reached the service at all. */
    const tryForged = async (label: string, request: WireRequest): Promise<void> => {
      forged++;
      const [callsBefore, subscriptionsBefore] = [calls.length, subscriptions()];
      const response = await send(host, request);
      if (succeeded(response) || calls.length > callsBefore || subscriptions() > subscriptionsBefore) {
        forgedSucceeded++;
        problems.push(`${label}: ${response.status} ${response.body.slice(0, 120)}`);
      } else if (response.status >= 500) problems.push(`${label}: ${response.status} (refused, but by a crash)`);
    };
    for (const method of STUDIO_METHODS) {
      const call = { path: `/api/${method}`, body: JSON.stringify(payloadFor(method, forgedFolder)) };
      for (const forgery of FORGERIES) await tryForged(`${method} / ${forgery.name}`, forgery.build(call, host));
    }
    const streams = eventStreamForgeries(host);
    for (const [name, request] of streams) await tryForged(`events / ${name}`, request);
    let traversalServed = 0;
    for (const path of TRAVERSALS) {
      const response = await send(host, { method: 'GET', path, headers: {} });
      if (response.body.includes('SECRET') || response.status < 400) {
        traversalServed++;
        problems.push(`static ${path}: ${response.status}`);
      }
    }
    // No side effect: nothing was written where the forged payloads pointed, the data folder is unchanged.
    const written = Object.keys(snapshot(forgedFolder));
    const dataChanged = JSON.stringify(snapshot(dataFolder)) !== JSON.stringify(dataBefore);

    // Controls: the same operations with the right token and Origin reach the service.
    const controlFailures: string[] = [];
    for (const method of STUDIO_METHODS) {
      const before = calls.length;
      const body = JSON.stringify(payloadFor(method, controlFolder));
      const response = await send(host, post({ path: `/api/${method}`, body }, withToken(host, {})));
      if (response.status !== 200 || calls.length !== before + 1 || calls.at(-1) !== method) {
        controlFailures.push(`${method}: ${response.status} ${response.body.slice(0, 120)}`);
      }
    }
    const subscribed = subscriptions();
    const stream = await send(host, { method: 'GET', path: `${HTTP_EVENTS_PATH}?token=${host.token}`, headers: {} });
    if (stream.status !== 200 || subscriptions() !== subscribed + 1) controlFailures.push('events');
    const served = await send(host, { method: 'GET', path: '/assets/app.js', headers: {} });
    if (served.status !== 200) controlFailures.push('static /assets/app.js');
    const controls = STUDIO_METHODS.length + 2;

    reportFigure(
      'unauthorised-api',
      `unauthorised API calls: ${STUDIO_METHODS.length} operations x ${FORGERIES.length} forged requests` +
        ` + ${streams.length} on the event stream, ${forgedSucceeded} succeeded (${written.length} files written,` +
        ` data folder ${dataChanged ? 'CHANGED' : 'unchanged'}); ${TRAVERSALS.length} traversal paths, ${traversalServed} served;` +
        ` ${controls - controlFailures.length}/${controls} controls with the token succeeded`,
      problems.length === 0 && written.length === 0 && !dataChanged && controlFailures.length === 0,
    );
    expect(forged).toBe(STUDIO_METHODS.length * FORGERIES.length + streams.length);
    expect(problems).toEqual([]);
    expect(written).toEqual([]);
    expect(dataChanged).toBe(false);
    expect(controlFailures).toEqual([]);
    // The side-effect check can see a write: the control saveMeasureAs wrote its file.
    expect(existsSync(join(controlFolder, 'copy.measure.md'))).toBe(true);
    expect(statSync(join(controlFolder, 'copy.measure.md')).size).toBeGreaterThan(0);
  }, 120_000);
});

/** A fake ipcMain holding the handlers registerStudioIpc installs. */
function fakeIpcMain(): IpcMainLike & {
  handlers: Map<string, (event: InvokeEventLike, payload: unknown) => Promise<unknown>>;
} {
  const handlers = new Map<string, (event: InvokeEventLike, payload: unknown) => Promise<unknown>>();
  return {
    handlers,
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
}

const APP_TOP: FrameLike = { url: 'app://main/index.html', parent: null };

/** A frame whose properties throw, as Electron's WebFrameMain does once its frame is disposed. */
function detachedFrame(): FrameLike {
  const disposed = (): never => {
    throw new Error('Render frame was disposed before WebFrameMain could be accessed');
  };
  return {
    get url(): string {
      return disposed();
    },
    get parent(): FrameLike | null {
      return disposed();
    },
  };
}

/** Senders that must never reach a handler. */
const FORGED_SENDERS: readonly [string, InvokeEventLike][] = [
  ['no sender frame (destroyed or navigated)', { senderFrame: null }],
  ['a sub-frame of the app (the print preview)', { senderFrame: { url: 'app://main/index.html', parent: APP_TOP } }],
  ['an about:srcdoc sub-frame', { senderFrame: { url: 'about:srcdoc', parent: APP_TOP } }],
  ['a foreign top frame https://evil.example', { senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['a file:// top frame', { senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } }],
  ['the print page app://print', { senderFrame: { url: 'app://print/job-1.html', parent: null } }],
  ['a look-alike app://main.evil', { senderFrame: { url: 'app://main.evil/index.html', parent: null } }],
  ['app://main with credentials', { senderFrame: { url: 'app://evil@main/index.html', parent: null } }],
  ['a foreign frame inside the app', { senderFrame: { url: 'https://evil.example/', parent: APP_TOP } }],
  ['a detached frame', { senderFrame: detachedFrame() }],
];

describe('IPC calls from a forged sender', () => {
  it('refuses every channel x every forged sender before the handler runs; the app frame gets through', async () => {
    const ipcMain = fakeIpcMain();
    const reached: string[] = [];
    const service = Object.fromEntries(
      STUDIO_METHODS.map((method) => [
        method,
        (request: unknown) => {
          reached.push(method);
          return Promise.resolve(ok({ method, request }));
        },
      ]),
    ) as unknown as StudioApi;
    registerStudioIpc(ipcMain, service);
    // Every channel the IPC layer registered, whatever it is: a new one is covered automatically.
    const channels = [...ipcMain.handlers.keys()];
    const unauthorised: string[] = [];
    for (const channel of channels) {
      const method = channel.replace(/^studio:/, '') as StudioMethod;
      for (const [name, event] of FORGED_SENDERS) {
        const before = reached.length;
        const answer = (await ipcMain.handlers.get(channel)!(event, SAMPLE_REQUESTS[method])) as { ok: boolean };
        if (answer.ok || reached.length !== before) unauthorised.push(`${channel} from ${name}`);
      }
    }
    const reachedByForgeries = reached.length;
    let controls = 0;
    for (const channel of channels) {
      const method = channel.replace(/^studio:/, '') as StudioMethod;
      const answer = (await ipcMain.handlers.get(channel)!({ senderFrame: APP_TOP }, SAMPLE_REQUESTS[method])) as {
        ok: boolean;
      };
      if (answer.ok && reached.at(-1) === method) controls++;
    }
    reportFigure(
      'ipc-sender',
      `IPC sender check: ${channels.length} channels x ${FORGED_SENDERS.length} forged senders, ` +
        `${unauthorised.length} unauthorised successes; ${controls}/${channels.length} calls from the app frame succeeded`,
      unauthorised.length === 0 && reachedByForgeries === 0 && controls === channels.length,
    );
    expect(channels.sort()).toEqual(STUDIO_METHODS.map(ipcChannel).sort());
    expect(unauthorised).toEqual([]);
    expect(reachedByForgeries).toBe(0);
    expect(controls).toBe(channels.length);
  });
});
