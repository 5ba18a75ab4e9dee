/** StudioApi: the recovery store for unsaved work. */
import type { StudioApi } from '../../api/contract';
import { ok } from '../../shared/result';
import type { ServiceContext } from './context';

type RecoveryMethods = Pick<StudioApi, 'saveRecovery' | 'listRecovery' | 'readRecovery' | 'discardRecovery'>;

export function recoveryMethods(context: ServiceContext): RecoveryMethods {
  return {
    async saveRecovery(request) {
      const saved = await context.recovery.save(request);
      return saved.ok ? ok({ item: saved.value }) : saved;
    },
    async listRecovery() {
      return ok({ items: await context.recovery.list() });
    },
    readRecovery: (request) => context.recovery.read(request.key),
    async discardRecovery(request) {
      const discarded = await context.recovery.discard(request.key);
      return discarded.ok ? ok({ discarded: discarded.value }) : discarded;
    },
  };
}
