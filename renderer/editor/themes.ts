/**
 * Light and dark Monaco themes matching the app palette (styles/theme.css). The redline colours are
 * the ones the print view uses: deletions struck in red, insertions underlined in green, so colour is
 * never the only signal.
 */
import type * as MonacoApi from 'monaco-editor/editor';

export const LIGHT_THEME = 'studio-light';
export const DARK_THEME = 'studio-dark';

const tokenRules = (dark: boolean): MonacoApi.editor.ITokenThemeRule[] => [
  { token: 'keyword.title.constitution', foreground: dark ? 'e8e1d4' : '1f2a44', fontStyle: 'bold' },
  { token: 'keyword.article.constitution', foreground: dark ? '9fb8ff' : '1d3f8a', fontStyle: 'bold' },
  { token: 'keyword.section.constitution', foreground: dark ? '8fc1e3' : '245b86', fontStyle: 'bold' },
  { token: 'keyword.heading.constitution', foreground: dark ? '9fb8ff' : '1d3f8a' },
  { token: 'string.heading-title.constitution', foreground: dark ? 'c9b98f' : '6b5413' },
  { token: 'number.subdivision.constitution', foreground: dark ? 'd7a86e' : '8a4b0f', fontStyle: 'bold' },
  { token: 'number.amount.constitution', foreground: dark ? 'b5cea8' : '256029' },
  { token: 'comment.history.constitution', foreground: dark ? '8a8f98' : '6a6f78', fontStyle: 'italic' },
  { token: 'comment.frontmatter.constitution', foreground: dark ? '7d828b' : '8a8f98' },
];

/** Define both themes; `themeFor` picks one from the OS preference. */
export function registerStudioThemes(monaco: typeof MonacoApi): void {
  monaco.editor.defineTheme(LIGHT_THEME, {
    base: 'vs',
    inherit: true,
    rules: tokenRules(false),
    colors: { 'editor.background': '#fffdf8', 'editorLineNumber.foreground': '#9a9488' },
  });
  monaco.editor.defineTheme(DARK_THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: tokenRules(true),
    colors: { 'editor.background': '#1b1d21', 'editorLineNumber.foreground': '#6a6e76' },
  });
}

/** The Monaco theme for a colour scheme. */
export function themeFor(scheme: 'light' | 'dark'): string {
  return scheme === 'dark' ? DARK_THEME : LIGHT_THEME;
}
