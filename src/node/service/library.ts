/** StudioApi: the library of constitution editions. */
import { basename } from 'node:path';
import type { StudioApi } from '../../api/contract';
import { ok } from '../../shared/result';
import type { EditionLibrary } from '../edition-library';
import { readTextFile } from '../file-store';
import { readableDocumentPath } from '../path-policy';

type LibraryMethods = Pick<StudioApi, 'listEditions' | 'importEdition' | 'readEdition' | 'removeEdition'>;

export function libraryMethods(library: EditionLibrary): LibraryMethods {
  return {
    async listEditions() {
      return ok({ editions: await library.list() });
    },
    async importEdition(request) {
      if ('content' in request) return library.import(request.fileName, request.content);
      const path = await readableDocumentPath(request.path);
      if (!path.ok) return path;
      const file = await readTextFile(path.value);
      if (!file.ok) return file;
      return library.import(basename(path.value), file.value.source, file.value.sha256 ?? undefined);
    },
    readEdition: (request) => library.read(request.id),
    async removeEdition(request) {
      const removed = await library.remove(request.id);
      return removed.ok ? ok({ removed: removed.value }) : removed;
    },
  };
}
