/** StudioApi: dialogs, revealing files, app information — the parts that depend on the host. */
import { dirname } from 'node:path';
import type { StudioApi } from '../../api/contract';
import { err, ok } from '../../shared/result';
import { studioError } from '../../shared/studio-error';
import { expandPath } from '../path-policy';
import type { ServiceContext } from './context';
import { isAbsolute } from 'node:path';

type HostMethods = Pick<StudioApi, 'showInFolder' | 'openFileDialog' | 'saveFileDialog' | 'getAppInfo'>;

export function hostMethods(context: ServiceContext): HostMethods {
  return {
    showInFolder(request) {
      const path = expandPath(request.path);
      if (!isAbsolute(path)) {
        return Promise.resolve(err(studioError('invalid-request', `"${request.path}" is not a full path.`)));
      }
      return Promise.resolve(ok({ folder: dirname(path), revealed: context.host.showItemInFolder(path) }));
    },
    async openFileDialog(request) {
      return ok(await context.host.openFileDialog(request.purpose));
    },
    async saveFileDialog(request) {
      return ok(await context.host.saveFileDialog(request.purpose, request.suggestedName));
    },
    getAppInfo() {
      return Promise.resolve(ok(context.info));
    },
  };
}
