/**
 * The file the OS asked us to open, from a command line (first launch or a second instance): the
 * last argument that names a document, resolved against the launching folder. Switches (`--…`) and
 * the executable and app paths are ignored.
 */
import { isAbsolute, resolve } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../src/node/path-policy';

/** The document path in `argv`, if any. */
export function documentFromArgv(argv: readonly string[], workingDirectory: string): string | undefined {
  const candidates = argv
    .slice(1)
    .filter(
      (arg) => !arg.startsWith('-') && DOCUMENT_EXTENSIONS.some((extension) => arg.toLowerCase().endsWith(extension)),
    );
  const last = candidates[candidates.length - 1];
  if (last === undefined) return undefined;
  return isAbsolute(last) ? last : resolve(workingDirectory, last);
}
