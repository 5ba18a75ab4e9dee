import { createStudioClient } from '../../../src/api/client';
import { createInProcessTransport } from '../../../src/api/transports';
import { defineContractSuite, newTestService } from './contract-suite';

defineContractSuite('the in-process transport', async () => {
  const { service, printer, dataFolder } = await newTestService();
  return {
    client: createStudioClient(createInProcessTransport(service)),
    dataFolder,
    close: async () => {
      service.close();
      await printer.close();
    },
  };
});
