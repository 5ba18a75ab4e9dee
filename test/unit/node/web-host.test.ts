import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioClient } from '../../../src/api/client';
import { HTTP_TOKEN_HEADER } from '../../../src/api/contract';
import { createHttpTransport } from '../../../src/api/http-transport';
import { CONTENT_SECURITY_POLICY } from '../../../src/node/content-security-policy';
import { MAX_REQUEST_BODY_BYTES, startWebHost, type RunningWebHost } from '../../../src/node/web-host';
import { defineContractSuite, newTestService } from '../api/contract-suite';
import { rawHead, rawRequest, type RawResponse } from './support/raw-http';

function rendererFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'amend-web-root-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Amendment Studio</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  symlinkSync(join(root, 'secret.txt'), join(renderer, 'assets', 'escape.txt'));
  return renderer;
}

defineContractSuite('HTTP to the web host', async () => {
  const { service, printer, dataFolder } = await newTestService();
  const host = await startWebHost({ service, rendererDir: rendererFixture() });
  const client = createStudioClient(
    createHttpTransport({ baseUrl: host.origin, token: host.token, fetch: (url, init) => fetch(url, init) }),
  );
  return {
    client,
    dataFolder,
    close: async () => {
      await host.close();
      service.close();
      await printer.close();
    },
  };
});

describe('web host security', () => {
  let host: RunningWebHost;
  let close: () => Promise<void>;
  const auth = (): Record<string, string> => ({ [HTTP_TOKEN_HEADER]: host.token });
  const json = { 'Content-Type': 'application/json' };

  beforeAll(async () => {
    const { service, printer } = await newTestService();
    host = await startWebHost({ service, rendererDir: rendererFixture() });
    close = async () => {
      await host.close();
      service.close();
      await printer.close();
    };
  });
  afterAll(() => close());

  const noCors = (response: RawResponse): void => {
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  };

  it('prints a 127.0.0.1 URL carrying a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it.each([
    ['POST', '/api/listEditions'],
    ['POST', '/api/noSuchMethod'],
    ['GET', '/api/events'],
    ['GET', '/api'],
    ['GET', '/api/'],
    ['OPTIONS', '/api/listEditions'],
    ['DELETE', '/api/removeEdition'],
    ['POST', '/API/listEditions'],
    ['POST', '/api//listEditions'],
    ['POST', '/%61pi/listEditions'],
    ['POST', '/assets/../api/listEditions'],
    ['GET', '/api/../../etc/passwd'],
  ])('answers %s %s without the token with 401 before routing', async (method, path) => {
    const response = await rawRequest(host.port, method, path, json, '{}');
    expect(response.status).toBe(401);
    noCors(response);
  });

  it('refuses a wrong token, and a token in the query of an ordinary API call', async () => {
    expect(
      (await rawRequest(host.port, 'POST', '/api/listEditions', { ...json, [HTTP_TOKEN_HEADER]: 'x' }, '{}')).status,
    ).toBe(401);
    const queried = await rawRequest(host.port, 'POST', `/api/listEditions?token=${host.token}`, json, '{}');
    expect(queried.status).toBe(401);
  });

  it('accepts the token in the query for the event stream (EventSource cannot set headers)', async () => {
    const response = await rawRequest(host.port, 'GET', `/api/events?token=${host.token}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    noCors(response);
  });

  it('answers 404 for an unknown route and 405 for GET on a method, once the token is given', async () => {
    expect((await rawRequest(host.port, 'POST', '/api/noSuchMethod', { ...json, ...auth() }, '{}')).status).toBe(404);
    expect((await rawRequest(host.port, 'GET', '/api/listEditions', auth())).status).toBe(405);
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1', '127.0.0.1:1', 'localhost.evil.example', '0.0.0.0'])(
    'refuses Host %s with 4xx before anything else (DNS rebinding)',
    async (hostHeader) => {
      for (const [method, path] of [
        ['GET', '/'],
        ['POST', '/api/listEditions'],
      ] as const) {
        const response = await rawRequest(host.port, method, path, { ...json, ...auth(), Host: hostHeader }, '{}');
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.body).not.toContain('editions');
        noCors(response);
      }
    },
  );

  it('accepts localhost:PORT as the Host', async () => {
    const response = await rawRequest(
      host.port,
      'POST',
      '/api/listEditions',
      { ...json, ...auth(), Host: `localhost:${host.port}` },
      '{}',
    );
    expect(response.status).toBe(200);
  });

  it('refuses a foreign Origin, even with the token, and cross-site fetch metadata', async () => {
    const foreign = await rawRequest(
      host.port,
      'POST',
      '/api/listEditions',
      { ...json, ...auth(), Origin: 'http://evil.example' },
      '{}',
    );
    expect(foreign.status).toBe(403);
    noCors(foreign);
    const nullOrigin = await rawRequest(
      host.port,
      'POST',
      '/api/listEditions',
      { ...json, ...auth(), Origin: 'null' },
      '{}',
    );
    expect(nullOrigin.status).toBe(403);
    const crossSite = await rawRequest(
      host.port,
      'POST',
      '/api/listEditions',
      { ...json, ...auth(), 'Sec-Fetch-Site': 'cross-site' },
      '{}',
    );
    expect(crossSite.status).toBe(403);
    const own = await rawRequest(
      host.port,
      'POST',
      '/api/listEditions',
      { ...json, ...auth(), Origin: host.origin },
      '{}',
    );
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toEqual({ ok: true, value: { editions: [] } });
    noCors(own);
  });

  it('serves index.html with the strict CSP and nosniff', async () => {
    const page = await rawRequest(host.port, 'GET', `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    noCors(page);
    const script = await rawRequest(host.port, 'GET', '/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    noCors(script);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/escape.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses traversal %s', async (path) => {
    const response = await rawRequest(host.port, 'GET', path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('SECRET');
  });

  it('caps JSON bodies and refuses non-JSON', async () => {
    const status = await rawHead(
      host.port,
      `POST /api/saveRecovery HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${HTTP_TOKEN_HEADER}: ${host.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${MAX_REQUEST_BODY_BYTES + 1}\r\n\r\n{`,
    );
    expect(status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(
      (await rawRequest(host.port, 'POST', '/api/listEditions', { ...auth(), 'Content-Type': 'text/plain' }, '{}'))
        .status,
    ).toBe(415);
    expect((await rawRequest(host.port, 'POST', '/api/listEditions', { ...json, ...auth() }, '{not json')).status).toBe(
      400,
    );
  });

  it('listens on 127.0.0.1 only', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal);
    expect(host.origin.startsWith('http://127.0.0.1:')).toBe(true);
    if (external === undefined) return; // no non-loopback interface on this machine: nothing else to reach
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(host.port, external.address);
      socket.on('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('says how to build the renderer when it is missing', async () => {
    const { service, printer } = await newTestService();
    const bare = await startWebHost({ service, rendererDir: mkdtempSync(join(tmpdir(), 'amend-empty-')) });
    const response = await rawRequest(bare.port, 'GET', '/');
    await bare.close();
    service.close();
    await printer.close();
    expect(response.status).toBe(503);
    expect(response.body).toContain('npm run build:renderer');
  });
});
