/**
 * The link-click matrix (reliability-anchors §5 S5): every URL a draft could hold, sent the way a click
 * in the measure preview sends it — through the IPC handler, the service and the Electron host adapter,
 * with a mocked native dialog and `shell.openExternal` — and through the pure policy and the web host.
 * Only https: and mailto: may reach the OS, and only after the user confirmed a dialog showing the
 * full URL.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel, type OpenExternalLinkResponse } from '../../../src/api/contract';
import { WEB_HOST_ADAPTER } from '../../../src/node/host-adapter';
import { createStudioService, type RunningStudioService } from '../../../src/node/studio-service';
import { ALLOWED_LINK_PROTOCOLS, MAX_LINK_CHARS, parseExternalLink } from '../../../src/shared/external-link';
import type { Result } from '../../../src/shared/result';
import type { StudioError } from '../../../src/shared/studio-error';
import { electronHostAdapter } from '../../../electron/host-adapter';
import { registerStudioIpc, type IpcMainLike } from '../../../electron/ipc';
import { reportFigure } from '../../support/figures';

type Expectation = { readonly allowed: false } | { readonly allowed: true; readonly destination: string };
const REFUSED: Expectation = { allowed: false };
const to = (destination: string): Expectation => ({ allowed: true, destination });

/** [url as written in a draft, what must happen]. */
const MATRIX: readonly (readonly [string, Expectation])[] = [
  // Script and local-content schemes.
  ['javascript:alert(document.domain)', REFUSED],
  ['JaVaScRiPt:alert(1)', REFUSED],
  [' javascript:alert(1)', REFUSED],
  ['java\tscript:alert(1)', REFUSED],
  ['javascript://example.com/%0Aalert(1)', REFUSED],
  ['vbscript:msgbox(1)', REFUSED],
  ['data:text/html,<script>alert(1)</script>', REFUSED],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', REFUSED],
  ['blob:https://example.com/9f2c', REFUSED],
  ['file:///etc/passwd', REFUSED],
  ['file:///C:/Windows/System32/calc.exe', REFUSED],
  ['file://attacker.example/share/payload.exe', REFUSED],
  // Windows paths and UNC shares (Zettlr #1716, Typora #2166).
  ['\\\\attacker.example\\share\\payload.exe', REFUSED],
  ['C:\\Windows\\System32\\calc.exe', REFUSED],
  ['https:\\\\attacker.example\\', REFUSED],
  // Custom and OS protocol handlers.
  ['ms-msdt:/id PCWDiagnostic /skip force', REFUSED],
  ['search-ms:query=invoice&crumb=location:\\\\attacker.example\\share', REFUSED],
  ['ms-officecmd:{"id":1}', REFUSED],
  ['zoommtg://zoom.us/join?confno=1', REFUSED],
  ['smb://attacker.example/share', REFUSED],
  ['ftp://ftp.example.com/file', REFUSED],
  ['http://www.sos.ca.gov/', REFUSED],
  ['app://main/index.html', REFUSED],
  ['chrome://settings', REFUSED],
  ['devtools://devtools/bundled/inspector.html', REFUSED],
  ['about:blank', REFUSED],
  ['intent://scan/#Intent;scheme=zxing;end', REFUSED],
  ['x-apple.systempreferences:com.apple.preference.security', REFUSED],
  // NUL bytes, control and invisible characters.
  ['https://example.com/\u0000.exe', REFUSED],
  ['https://example.com%00.attacker.example/', REFUSED],
  ['https://exa\nmple.com/', REFUSED],
  ['https://\u202eelpmaxe.com/', REFUSED],
  ['https://example\u200b.com/', REFUSED],
  // Credentials in the URL ("example.com@attacker" is the site attacker.example).
  ['https://user:secret@example.com/', REFUSED],
  ['https://www.sos.ca.gov@attacker.example/', REFUSED],
  // Not absolute, empty, over-long, malformed.
  ['//attacker.example/', REFUSED],
  ['www.sos.ca.gov', REFUSED],
  ['', REFUSED],
  ['https://', REFUSED],
  ['mailto:', REFUSED],
  [`https://example.com/${'a'.repeat(MAX_LINK_CHARS)}`, REFUSED],
  // Allowed: https and mailto, shown and opened exactly as parsed.
  ['https://www.sos.ca.gov/elections/ballot-measures/', to('www.sos.ca.gov')],
  ['HTTPS://LEGINFO.LEGISLATURE.CA.GOV/faces/codes.xhtml', to('leginfo.legislature.ca.gov')],
  ['https://example.com.attacker.example/login', to('example.com.attacker.example')],
  ['https://аpple.com/', to('xn--pple-43d.com')],
  ['https://xn--pple-43d.com/', to('xn--pple-43d.com')],
  ['https://93.184.216.34/', to('93.184.216.34')],
  ['https://oag.ca.gov/initiatives?status=active#list', to('oag.ca.gov')],
  ['mailto:initiatives@doj.ca.gov', to('initiatives@doj.ca.gov')],
  ['mailto:initiatives@doj.ca.gov?subject=Request%20for%20title%20and%20summary', to('initiatives@doj.ca.gov')],
];

/** A URL for a failure message (the over-long one would fill the screen). */
const shown = (url: string): string => JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}...` : url);

/** What the mocked Electron did, in order. */
type OsEvent = { readonly kind: 'asked'; readonly detail: string } | { readonly kind: 'opened'; readonly url: string };

function fakeElectron(answer: () => number): { events: OsEvent[]; deps: Parameters<typeof electronHostAdapter>[0] } {
  const events: OsEvent[] = [];
  const showMessageBox = (...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> => {
    const options = args[args.length - 1] as { detail?: string };
    events.push({ kind: 'asked', detail: options.detail ?? '' });
    return Promise.resolve({ response: answer(), checkboxChecked: false });
  };
  const deps = {
    dialog: {
      showOpenDialog: () => Promise.reject(new Error('not in this test')),
      showSaveDialog: () => Promise.reject(new Error('not in this test')),
      showMessageBox,
    },
    shell: {
      showItemInFolder: () => undefined,
      openExternal: (url: string) => {
        events.push({ kind: 'opened', url });
        return Promise.resolve();
      },
    },
    app: { addRecentDocument: () => undefined, getPath: () => '/tmp' },
    window: () => undefined,
  };
  return { events, deps };
}

/** An IPC main that keeps the handlers, and a click's invoke from the app's own top frame. */
function ipcFor(
  service: RunningStudioService,
): (url: string) => Promise<Result<OpenExternalLinkResponse, StudioError>> {
  const handlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener as never),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  registerStudioIpc(ipcMain, service);
  const handler = handlers.get(ipcChannel('openExternalLink'));
  if (handler === undefined) throw new Error('openExternalLink is not registered');
  const event = { senderFrame: { url: 'app://main/index.html', parent: null } };
  return async (url) => (await handler(event, { url })) as Result<OpenExternalLinkResponse, StudioError>;
}

function start(host: Parameters<typeof createStudioService>[0]['host']): Promise<RunningStudioService> {
  return createStudioService({
    host,
    dataFolder: mkdtempSync(join(tmpdir(), 'amend-links-')),
    examplesFolder: join(tmpdir(), 'no-examples'),
    version: 't',
    printer: () => {
      throw new Error('no printing in this test');
    },
  });
}

describe('link-click matrix', () => {
  let answer = 0;
  const electron = fakeElectron(() => answer);
  let service: RunningStudioService;
  let web: RunningStudioService;
  beforeAll(async () => {
    service = await start(electronHostAdapter(electron.deps));
    web = await start(WEB_HOST_ADAPTER);
  });
  afterAll(() => {
    service.close();
    web.close();
  });

  it('opens only https:/mailto:, only after a confirmation that shows the full URL', async () => {
    const click = ipcFor(service);
    const wrong: string[] = [];
    let unconfirmed = 0;
    let offList = 0;
    for (const [url, expected] of MATRIX) {
      for (const userSays of [0, 1]) {
        answer = userSays;
        electron.events.length = 0;
        const result = await click(url);
        const opened = electron.events.filter((event) => event.kind === 'opened');
        for (const [index, event] of electron.events.entries()) {
          if (event.kind !== 'opened') continue;
          const asked = electron.events[index - 1];
          // The dialog right before must have shown exactly the URL that was opened.
          if (asked?.kind !== 'asked' || asked.detail.split('\n\n')[0] !== event.url) unconfirmed += 1;
          const protocol = new URL(event.url).protocol;
          if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(protocol)) offList += 1;
        }
        const policy = parseExternalLink(url);
        if (!expected.allowed) {
          if (result.ok || electron.events.length > 0 || policy.ok) wrong.push(`${shown(url)} was not refused`);
          else if (result.error.code !== 'invalid-request' || !result.error.message.startsWith('Link not opened: ')) {
            wrong.push(`${shown(url)}: unexpected error ${result.error.message}`);
          }
          continue;
        }
        const href = policy.ok ? policy.value.href : '';
        const outcome = userSays === 0 ? 'opened' : 'cancelled';
        if (!policy.ok || policy.value.destination !== expected.destination) {
          wrong.push(`${shown(url)}: policy said ${JSON.stringify(policy)}`);
        } else if (!result.ok || result.value.outcome !== outcome) {
          wrong.push(`${shown(url)}: expected ${outcome}, got ${JSON.stringify(result)}`);
        } else if (
          opened.length !== (userSays === 0 ? 1 : 0) ||
          (opened.length === 1 && opened[0]?.kind === 'opened' && opened[0].url !== href)
        ) {
          wrong.push(`${shown(url)}: OS saw ${JSON.stringify(electron.events)}`);
        }
      }
    }
    reportFigure(
      'link-policy',
      `links: ${MATRIX.length} URLs tried, ${unconfirmed} reached the OS without confirmation, ${offList} non-allowlisted schemes opened`,
      unconfirmed === 0 && offList === 0 && wrong.length === 0,
    );
    expect(wrong).toEqual([]);
    expect(unconfirmed).toBe(0);
    expect(offList).toBe(0);
  });

  it('on the web host, checks the link and leaves the confirmation to the page', async () => {
    for (const [url, expected] of MATRIX) {
      const result = await web.openExternalLink({ url });
      if (!expected.allowed) {
        expect(result.ok, url).toBe(false);
        continue;
      }
      expect(result.ok && result.value.outcome === 'confirm-in-page' && result.value.link.destination).toBe(
        expected.destination,
      );
    }
  });

  it('warns about an international site name and shows its punycode form', () => {
    const homograph = parseExternalLink('https://аpple.com/');
    expect(homograph.ok && homograph.value.href).toBe('https://xn--pple-43d.com/');
    expect(homograph.ok && homograph.value.warnings.join(' ')).toMatch(/international characters/);
    const plain = parseExternalLink('https://example.com.attacker.example/');
    expect(plain.ok && plain.value.warnings).toEqual([]);
  });

  it('says why a link is refused', () => {
    const reasons = (url: string): string => {
      const result = parseExternalLink(url);
      return result.ok ? 'allowed' : result.error;
    };
    expect(reasons('javascript:alert(1)')).toBe('“javascript:” links are never opened (only https: and mailto:)');
    expect(reasons('https://example.com/\u0000')).toMatch(/control characters/);
    expect(reasons('\\\\host\\share')).toMatch(/backslash/);
    expect(reasons('https://a:b@example.com/')).toMatch(/user name or password/);
    expect(reasons(`https://example.com/${'a'.repeat(MAX_LINK_CHARS)}`)).toMatch(/characters long/);
  });
});
