/**
 * electron/open-external.ts, the only caller of shell.openExternal: the dialog it shows (full URL,
 * Cancel as the default and the Escape answer) and its own re-check of the link it is handed.
 */
import { describe, expect, it, vi } from 'vitest';
import { confirmAndOpenExternal, confirmationOptions } from '../../../electron/open-external';
import { parseExternalLink, type ExternalLink } from '../../../src/shared/external-link';

function linkOf(url: string): ExternalLink {
  const parsed = parseExternalLink(url);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function fakeDeps(response: number) {
  return {
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response, checkboxChecked: false })) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    window: () => undefined,
  };
}

describe('confirmAndOpenExternal', () => {
  it('shows the full URL, defaults to Cancel, and opens only on the Open button', async () => {
    const link = linkOf('https://example.com.attacker.example/login?next=%2Fhome');
    const options = confirmationOptions(link);
    expect(options.detail?.split('\n\n')[0]).toBe('https://example.com.attacker.example/login?next=%2Fhome');
    expect(options.message).toContain('example.com.attacker.example');
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);

    const yes = fakeDeps(0);
    expect(await confirmAndOpenExternal(yes as never, link)).toBe('opened');
    expect(yes.shell.openExternal).toHaveBeenCalledWith(link.href, { activate: true });
    const no = fakeDeps(1);
    expect(await confirmAndOpenExternal(no as never, link)).toBe('cancelled');
    expect(no.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses, without asking, a link object that fails the policy or disagrees with its href', async () => {
    const forged: ExternalLink = { href: 'file:///etc/passwd', protocol: 'https:', destination: 'x', warnings: [] };
    const unnormalised: ExternalLink = { ...linkOf('https://example.com/'), href: 'HTTPS://EXAMPLE.COM' };
    for (const link of [forged, unnormalised]) {
      const deps = fakeDeps(0);
      expect(await confirmAndOpenExternal(deps as never, link)).toBe('cancelled');
      expect(deps.dialog.showMessageBox).not.toHaveBeenCalled();
      expect(deps.shell.openExternal).not.toHaveBeenCalled();
    }
  });
});
