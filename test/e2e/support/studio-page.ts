/** Opening the app on the e2e web host, with the 2011 edition in the library. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import { CONSTITUTION_2011_PATH } from '../../support/constitution-2011';

/** The page URL (with its session token) that global-setup.ts started. */
export function studioUrl(): string {
  const url = process.env['AMEND_E2E_URL'];
  if (url === undefined) throw new Error('AMEND_E2E_URL is not set: run through playwright.config.ts (global setup).');
  return url;
}

/**
 * Import the 2011 constitution through the API unless the library already holds an edition
 * (`url`: the page URL of the host to use, default the run's shared one).
 */
export async function ensureEdition2011(page: Page, url: string = studioUrl()): Promise<void> {
  const token = new URL(url).searchParams.get('token') ?? '';
  await page.evaluate(
    async ({ token, fileName, content }) => {
      const call = async (method: string, body: unknown): Promise<unknown> => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Amend-Token': token },
          body: JSON.stringify(body),
        });
        return response.json();
      };
      const listed = (await call('listEditions', {})) as { ok: boolean; value?: { editions: unknown[] } };
      if (listed.ok && (listed.value?.editions.length ?? 0) > 0) return;
      await call('importEdition', { fileName, content });
    },
    { token, fileName: basename(CONSTITUTION_2011_PATH), content: readFileSync(CONSTITUTION_2011_PATH, 'utf8') },
  );
}

/** Call the web host's API from `page` (same origin, with the token), as the renderer does. */
export async function callStudioApi(page: Page, method: string, body: unknown): Promise<unknown> {
  const token = new URL(studioUrl()).searchParams.get('token') ?? '';
  return page.evaluate(
    async ({ method, body, token }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Amend-Token': token },
        body: JSON.stringify(body),
      });
      return response.json() as Promise<unknown>;
    },
    { method, body, token },
  );
}

/**
 * Remove the editions a spec imported (those `imported` picks), so later specs find the library as
 * they expect: one edition to draft against. The specs share one data folder.
 */
export async function removeEditions(
  page: Page,
  imported: (edition: { readonly title: string; readonly importedFrom: string }) => boolean,
): Promise<void> {
  const listed = (await callStudioApi(page, 'listEditions', {})) as {
    value?: { editions: { id: string; title: string; importedFrom: string }[] };
  };
  for (const entry of listed.value?.editions ?? []) {
    if (imported(entry)) await callStudioApi(page, 'removeEdition', { id: entry.id });
  }
}
