/**
 * Keyboard shortcuts: one table, used by the global key handler, the buttons' tooltips and the
 * shortcuts dialog. Ctrl on Linux/Windows, Cmd on macOS ("Mod").
 */
import type { MenuCommand } from '../../src/api/contract';

export type AppCommand =
  | Exclude<MenuCommand, 'undo' | 'redo' | 'close'>
  | 'view-library'
  | 'view-edit'
  | 'view-measure'
  | 'view-compare'
  | 'shortcuts';

export interface Shortcut {
  readonly command: AppCommand;
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly description: string;
}

const shortcut = (command: AppCommand, combo: string, description: string): Shortcut => {
  const parts = combo.split('+');
  return {
    command,
    key: parts[parts.length - 1]!.toLowerCase(),
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    description,
  };
};

export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('new', 'Mod+Alt+N', 'New measure'),
  shortcut('open', 'Mod+O', 'Open a measure'),
  shortcut('save', 'Mod+S', 'Save'),
  shortcut('save-as', 'Mod+Shift+S', 'Save as'),
  shortcut('export', 'Mod+E', 'Export'),
  shortcut('export-packet', 'Mod+Shift+E', 'Export the filing packet'),
  shortcut('import-edition', 'Mod+Shift+I', 'Import a constitution edition'),
  shortcut('find', 'Mod+F', 'Find in the constitution text'),
  shortcut('replace', 'Mod+H', 'Replace in the constitution text'),
  shortcut('view-library', 'Alt+1', 'Show the library'),
  shortcut('view-edit', 'Alt+2', 'Edit in context'),
  shortcut('view-measure', 'Alt+3', 'Show the measure'),
  shortcut('view-compare', 'Alt+4', 'Compare revisions'),
  shortcut('compare', 'Mod+Shift+K', 'Compare revisions'),
  shortcut('shortcuts', 'Mod+/', 'Show keyboard shortcuts'),
];

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly code?: string;
}

/** Whether the platform uses Cmd as the main modifier. */
export function isMac(platform = typeof navigator === 'undefined' ? '' : navigator.platform): boolean {
  return /mac/i.test(platform);
}

/** The command bound to a key event, if any. */
export function matchShortcut(event: KeyLike, mac = isMac()): AppCommand | undefined {
  const mod = mac ? event.metaKey : event.ctrlKey;
  // With Alt held, `key` may be a composed character (e.g. ¡ for Alt+1 on macOS); `code` is stable.
  const key = event.altKey && event.code?.startsWith('Digit') === true ? event.code.slice(5) : event.key.toLowerCase();
  return SHORTCUTS.find(
    (entry) => entry.key === key && entry.mod === mod && entry.shift === event.shiftKey && entry.alt === event.altKey,
  )?.command;
}

/** Human label of a command's shortcut, e.g. `Ctrl+Shift+S`. */
export function shortcutLabel(command: AppCommand, mac = isMac()): string {
  const entry = SHORTCUTS.find((candidate) => candidate.command === command);
  if (entry === undefined) return '';
  const parts = [
    ...(entry.mod ? [mac ? 'Cmd' : 'Ctrl'] : []),
    ...(entry.alt ? [mac ? 'Option' : 'Alt'] : []),
    ...(entry.shift ? ['Shift'] : []),
    entry.key.length === 1 ? entry.key.toUpperCase() : entry.key,
  ];
  return parts.join('+');
}
