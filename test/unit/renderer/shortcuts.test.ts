import { describe, expect, it } from 'vitest';
import { matchShortcut, shortcutLabel, SHORTCUTS, type KeyLike } from '../../../renderer/model/shortcuts';

const key = (over: Partial<KeyLike> & { key: string }): KeyLike => ({
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});

describe('matchShortcut', () => {
  it('maps Ctrl combinations on Linux and Cmd on macOS', () => {
    expect(matchShortcut(key({ key: 's', ctrlKey: true }), false)).toBe('save');
    expect(matchShortcut(key({ key: 'S', ctrlKey: true, shiftKey: true }), false)).toBe('save-as');
    expect(matchShortcut(key({ key: 's', metaKey: true }), true)).toBe('save');
    expect(matchShortcut(key({ key: 's', ctrlKey: true }), true)).toBeUndefined();
    expect(matchShortcut(key({ key: 'e', ctrlKey: true }), false)).toBe('export');
    expect(matchShortcut(key({ key: 'o', ctrlKey: true }), false)).toBe('open');
  });
  it('reads Alt+digit from the physical key (macOS composes a character)', () => {
    expect(matchShortcut(key({ key: '¡', code: 'Digit1', altKey: true }), true)).toBe('view-library');
    expect(matchShortcut(key({ key: '3', code: 'Digit3', altKey: true }), false)).toBe('view-measure');
  });
  it('leaves unbound keys alone', () => {
    expect(matchShortcut(key({ key: 'a' }), false)).toBeUndefined();
    expect(matchShortcut(key({ key: 'z', ctrlKey: true }), false)).toBeUndefined();
  });
  it('binds every combination once', () => {
    const combos = SHORTCUTS.map((entry) => `${entry.mod}${entry.shift}${entry.alt}${entry.key}`);
    expect(new Set(combos).size).toBe(combos.length);
  });
});

describe('shortcutLabel', () => {
  it('spells the platform modifier', () => {
    expect(shortcutLabel('save-as', false)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('save-as', true)).toBe('Cmd+Shift+S');
    expect(shortcutLabel('view-edit', false)).toBe('Alt+2');
  });
});
