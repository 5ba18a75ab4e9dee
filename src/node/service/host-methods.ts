/** StudioApi: dialogs, revealing files, app information — the parts that depend on the host. */
import { dirname } from 'node:path';
import type { StudioApi } from '../../api/contract';
import { ok } from '../../shared/result';
import { revealablePath } from '../path-policy';
import type { ServiceContext } from './context';

type HostMethods = Pick<StudioApi, 'showInFolder' | 'openFileDialog' | 'saveFileDialog' | 'getAppInfo'>;

export function hostMethods(context: ServiceContext): HostMethods {
  return {
    showInFolder(request) {
      const path = revealablePath(request.path);
      if (!path.ok) return Promise.resolve(path);
      return Promise.resolve(ok({ folder: dirname(path.value), revealed: context.host.showItemInFolder(path.value) }));
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
