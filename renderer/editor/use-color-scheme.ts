/** The OS colour scheme (`prefers-color-scheme`), live: the app and Monaco themes follow it. */
import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

/** Current scheme, outside React. */
export function currentColorScheme(): ColorScheme {
  return window.matchMedia(QUERY).matches ? 'dark' : 'light';
}

/** Call `listener` whenever the OS scheme changes; returns the unsubscribe function. */
export function onColorSchemeChange(listener: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', listener);
  return () => media.removeEventListener('change', listener);
}

/** The OS scheme in a component. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(onColorSchemeChange, currentColorScheme, () => 'light');
}
