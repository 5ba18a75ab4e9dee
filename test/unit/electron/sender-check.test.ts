import { describe, expect, it } from 'vitest';
import { isAppMainUrl, isTrustedSender, type FrameLike } from '../../../electron/sender-check';

const top = (url: string): FrameLike => ({ url, parent: null });
const child = (url: string): FrameLike => ({ url, parent: top('app://main/index.html') });

describe('IPC sender check', () => {
  it('accepts the top frame of app://main', () => {
    expect(isTrustedSender({ senderFrame: top('app://main/index.html') })).toBe(true);
    expect(isTrustedSender({ senderFrame: top('app://main/index.html?token=x#y') })).toBe(true);
  });

  it('refuses sub-frames, even of our own origin (the print preview)', () => {
    expect(isTrustedSender({ senderFrame: child('app://main/index.html') })).toBe(false);
    expect(isTrustedSender({ senderFrame: child('about:srcdoc') })).toBe(false);
  });

  it('refuses a missing frame (destroyed or navigated)', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it.each([
    'app://print/job-1.html',
    'app://main.evil/index.html',
    'app://mainx/index.html',
    'app://evil@main/index.html',
    'app://main:8080/index.html',
    'https://main/index.html',
    'http://127.0.0.1:4317/',
    'file:///app/out/renderer/index.html',
    'data:text/html,<script>',
    'about:blank',
    '',
    'app:main',
  ])('refuses a top frame at %s', (url) => {
    expect(isTrustedSender({ senderFrame: top(url) })).toBe(false);
    expect(isAppMainUrl(url)).toBe(false);
  });
});
