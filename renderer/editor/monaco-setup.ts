/**
 * Monaco, bundled locally (no CDN, no request leaves the host): the slim `monaco-editor/editor`
 * entry with every editor feature and the Markdown language, and the editor worker emitted by Vite.
 * Import `monaco` from here only, so the environment is set before the first editor is created.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/markdown/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerConstitutionLanguage } from './constitution-language';
import { registerStudioThemes, themeFor } from './themes';
import { currentColorScheme, onColorSchemeChange } from './use-color-scheme';

self.MonacoEnvironment = {
  getWorker: (): Worker => new EditorWorker(),
};

registerConstitutionLanguage(monaco);
registerStudioThemes(monaco);
// Monaco has one global theme; it follows the OS like the rest of the app.
monaco.editor.setTheme(themeFor(currentColorScheme()));
onColorSchemeChange(() => monaco.editor.setTheme(themeFor(currentColorScheme())));

export { monaco };
export type Monaco = typeof monaco;
