/**
 * What differs between hosts, behind one small interface: native dialogs, revealing a file, the OS
 * recent-documents list. Electron implements it over its modules (electron/host-adapter.ts); the web
 * host has no native UI and says so with `{ kind: 'browser' }`, so the UI takes its page-based branch.
 */
import type { DialogResult, HostKind, OpenDialogPurpose, SaveDialogPurpose } from '../api/contract';
import type { ExternalLink } from '../shared/external-link';

export interface HostAdapter {
  readonly kind: HostKind;
  openFileDialog(purpose: OpenDialogPurpose): Promise<DialogResult>;
  saveFileDialog(purpose: SaveDialogPurpose, suggestedName: string): Promise<DialogResult>;
  /** Reveal `path` in the file manager; false when the host cannot. */
  showItemInFolder(path: string): boolean;
  /** Tell the OS a document was used (jump lists, dock menus). */
  addRecentDocument(path: string): void;
  /**
   * Ask the user (showing `link.href` in full) and open a checked link in the OS. A host without it
   * (the web host) leaves the confirmation and the opening to the page.
   */
  openExternalLink?(link: ExternalLink): Promise<'opened' | 'cancelled'>;
}

/** The web host: no native dialogs or file manager; the page uses its own controls. */
export const WEB_HOST_ADAPTER: HostAdapter = {
  kind: 'web',
  openFileDialog: () => Promise.resolve({ kind: 'browser' }),
  saveFileDialog: () => Promise.resolve({ kind: 'browser' }),
  showItemInFolder: () => false,
  addRecentDocument: () => undefined,
};
