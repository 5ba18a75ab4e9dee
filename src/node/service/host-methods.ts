/** StudioApi: dialogs, revealing files, app information — the parts that depend on the host. */
import { dirname } from 'node:path';
import type { StudioApi } from '../../api/contract';
import { parseExternalLink } from '../../shared/external-link';
import { err, ok } from '../../shared/result';
import { studioError } from '../../shared/studio-error';
import { revealablePath } from '../path-policy';
import type { ServiceContext } from './context';

type HostMethods = Pick<
  StudioApi,
  'showInFolder' | 'openFileDialog' | 'saveFileDialog' | 'openExternalLink' | 'getAppInfo'
>;

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
    async openExternalLink(request) {
      const link = parseExternalLink(request.url);
      if (!link.ok) {
        return err(
          studioError('invalid-request', `Link not opened: ${link.error}.`, {
            hint: 'Only https: and mailto: links are opened, after you confirm the full address.',
          }),
        );
      }
      if (context.host.openExternalLink === undefined) return ok({ outcome: 'confirm-in-page', link: link.value });
      const outcome = await context.host.openExternalLink(link.value);
      return ok({ outcome, url: link.value.href });
    },
    getAppInfo() {
      return Promise.resolve(ok(context.info));
    },
  };
}
