import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedRequestUrl,
  mainWindowWebPreferences,
  PRINT_CONTENT_SECURITY_POLICY,
  printWindowWebPreferences,
  PRIVILEGED_SCHEMES,
  securityWarningsEnvironment,
} from '../../../electron/security-policy';

const REQUIRED = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('webPreferences', () => {
  it('locks down the main window and keeps only the bundled preload', () => {
    const preferences = mainWindowWebPreferences('/app/out/electron/preload.cjs', false);
    expect(preferences).toMatchObject({ ...REQUIRED, preload: '/app/out/electron/preload.cjs', devTools: false });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('locks down the print window, without a preload', () => {
    const preferences = printWindowWebPreferences();
    expect(preferences).toMatchObject(REQUIRED);
    expect(preferences.preload).toBeUndefined();
    expect(preferences.devTools).toBe(false);
  });

  it('registers app:// as a standard, secure scheme (a real origin, no file://)', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
    expect(PRIVILEGED_SCHEMES[0]!.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('security warnings', () => {
  it('forces Electron’s security warnings on in development, leaves a packaged app alone', () => {
    expect(securityWarningsEnvironment(false)).toEqual({ ELECTRON_ENABLE_SECURITY_WARNINGS: 'true' });
    expect(securityWarningsEnvironment(true)).toEqual({});
  });
});

describe('Content-Security-Policy', () => {
  it.each([
    ['app', CONTENT_SECURITY_POLICY],
    ['print', PRINT_CONTENT_SECURITY_POLICY],
  ])('the %s policy starts from default-src none and never allows eval or remote hosts', (_name, policy) => {
    const parsed = directives(policy);
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:|\*/);
    expect(parsed.get('object-src') ?? parsed.get('default-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows scripts from the app only (no inline scripts)', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
    expect(directives(PRINT_CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'none'"]);
  });

  it('refuses framing by other pages', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('request and navigation policy', () => {
  it.each([
    ['app://main/index.html', true],
    ['app://main/assets/editor.worker.js', true],
    ['data:font/woff2;base64,AAAA', true],
    ['blob:app://main/0b1c', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:3000/', false],
    ['file:///etc/passwd', false],
    ['ws://localhost/', false],
    ['not a url', false],
  ])('request %s allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url)).toBe(allowed);
  });

  it.each([
    ['app://main/index.html', true, false],
    ['https://evil.example/', true, false],
    ['about:blank', true, false],
    ['about:srcdoc', false, true],
    ['about:blank', false, true],
    ['blob:app://main/1', false, true],
    ['https://evil.example/', false, false],
    ['file:///etc/passwd', false, false],
    ['javascript:alert(1)', false, false],
    ['about:config', false, false],
  ])('navigation to %s (main frame %s) allowed: %s', (url, isMainFrame, allowed) => {
    expect(isAllowedNavigation(url, isMainFrame)).toBe(allowed);
  });
});
