/**
 * The browser branch of "open a file": a transient `<input type=file>`. Used when the host answers
 * `{ kind: 'browser' }` to openFileDialog (the web host has no native dialog).
 */

/** Let the user pick one file; resolves undefined when they cancel. */
export function pickFile(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? undefined), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}

export const MEASURE_FILE_TYPES = '.md,.markdown,.measure.md,text/markdown,text/plain';
