/** A studio service for tests: a fresh data folder, the web host's adapter, the shipped examples, no printer. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_HOST_ADAPTER, type HostAdapter } from '../../../../src/node/host-adapter';
import { createStudioService, type RunningStudioService } from '../../../../src/node/studio-service';
import { EXAMPLES_FOLDER } from '../../api/contract-suite';

export function startTestService(
  options: { readonly prefix?: string; readonly host?: HostAdapter; readonly dataFolder?: string } = {},
): Promise<RunningStudioService> {
  return createStudioService({
    host: options.host ?? WEB_HOST_ADAPTER,
    dataFolder: options.dataFolder ?? mkdtempSync(join(tmpdir(), `${options.prefix ?? 'amend-test'}-data-`)),
    examplesFolder: EXAMPLES_FOLDER,
    version: 't',
    printer: () => {
      throw new Error('no printing in this test');
    },
  });
}
