/**
 * A link clicked in the measure preview. The renderer never navigates to it: it asks the host
 * (openExternalLink), which checks it against the link policy. Electron confirms in a native dialog
 * and opens it; the web host hands the checked link back and the page asks here, with the same words
 * and the full URL, then opens it in a new tab that cannot reach back to the app (`noopener`).
 */
import { studio } from '../api/studio-api';
import { askConfirm } from '../state/confirm-store';
import { showToast } from '../state/ui-store';
import { errorText } from '../model/error-text';
import { linkConfirmation } from '../../src/shared/external-link';

/** Open `href` (from a link in the draft) after the user confirms; refusals are shown as a toast. */
export async function openDraftLink(href: string): Promise<void> {
  const answer = await studio.openExternalLink({ url: href });
  if (!answer.ok) {
    showToast(errorText(answer.error), 'danger');
    return;
  }
  if (answer.value.outcome !== 'confirm-in-page') return;
  const link = answer.value.link;
  const text = linkConfirmation(link);
  const confirmed = await askConfirm({
    title: text.title,
    message: text.message,
    detail: text.detail,
    confirmLabel: text.confirmLabel,
  });
  if (confirmed) window.open(link.href, '_blank', 'noopener,noreferrer');
}
