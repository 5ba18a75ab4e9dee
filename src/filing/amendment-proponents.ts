/**
 * Who signs an amendment (ca-filing-rules.md §2.2): EC 9002(b)(1) asks for "a signed request by all
 * the proponents", and the proponents are the persons who submitted the measure as filed (EC
 * 9001(a)). So the letter and the requests are signed by every proponent of the filed measure,
 * whatever proponent list the amended draft carries; a difference between the lists is reported,
 * never resolved silently.
 */
import type { Proponent } from '../measure/types';
import { err, ok, type Result } from '../shared/result';
import type { StudioError } from '../shared/studio-error';
import { checkProponent, checkProponents } from './proponents';

export interface AmendmentSigners {
  /**
   * Every proponent of the filed measure, in the filed order. A proponent the amended measure also
   * names is printed with the amended measure's (newer) contact details.
   */
  readonly signers: readonly Proponent[];
  /** Proponents of the filed measure the amended measure does not name. */
  readonly missing: readonly string[];
  /** Names in the amended measure that are not proponents of the filed measure (they do not sign). */
  readonly added: readonly string[];
}

/** Names compared the way people write them: case and runs of spaces do not matter. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The signers of an amendment, or the first missing proponent fact (naming the file the printed
 * record comes from).
 */
export function amendmentSigners(
  filed: { readonly proponents: readonly Proponent[]; readonly path?: string },
  amended: { readonly proponents: readonly Proponent[]; readonly path?: string },
): Result<AmendmentSigners, StudioError> {
  const checkedAmended = checkProponents(amended.proponents, amended.path);
  if (!checkedAmended.ok) return checkedAmended;
  if (filed.proponents.length === 0) {
    const none = checkProponents(filed.proponents, filed.path);
    if (!none.ok) return none;
  }
  const amendedByName = new Map(amended.proponents.map((proponent) => [nameKey(proponent.name), proponent]));
  const filedNames = new Set(filed.proponents.map((proponent) => nameKey(proponent.name)));
  const signers: Proponent[] = [];
  const missing: string[] = [];
  for (const [index, proponent] of filed.proponents.entries()) {
    const current = amendedByName.get(nameKey(proponent.name));
    if (current !== undefined) {
      signers.push(current);
      continue;
    }
    // Printed from the filed measure's record, so that record must be complete.
    const checked = checkProponent(proponent, index, filed.path);
    if (!checked.ok) return err(checked.error);
    signers.push(proponent);
    missing.push(proponent.name);
  }
  const added = amended.proponents
    .filter((proponent) => !filedNames.has(nameKey(proponent.name)))
    .map((proponent) => proponent.name);
  return ok({ signers, missing, added });
}

function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

function signing(proponents: readonly Proponent[]): string {
  const names = nameList(proponents.map((proponent) => proponent.name));
  return proponents.length === 1
    ? `the letter and the request are for ${names}, who must sign both`
    : `the letter and the requests are for ${names}; each of them must sign`;
}

/** The warning for a proponent list that differs from the filed one; undefined when they agree. */
export function proponentChangeWarning(signers: AmendmentSigners): string | undefined {
  const { missing, added } = signers;
  if (missing.length === 0 && added.length === 0) return undefined;
  const parts = [
    ...(missing.length === 0
      ? []
      : [
          `${nameList(missing)} filed the measure but ${missing.length === 1 ? 'is' : 'are'} missing from the amended measure's proponents`,
        ]),
    ...(added.length === 0
      ? []
      : [
          `${nameList(added)} ${added.length === 1 ? 'is' : 'are'} named in the amended measure but did not file the measure`,
        ]),
  ];
  const notSigning =
    added.length === 0
      ? ''
      : ` ${nameList(added)} ${added.length === 1 ? 'does' : 'do'} not sign: the proponents are the persons who submitted the measure as filed (Elections Code section 9001(a)), so a name added later cannot sign the request as one of them.`;
  return `The amended measure's proponents differ from the measure as filed: ${parts.join('; ')}. Elections Code section 9002(b)(1) requires an amendment to be submitted with a signed request by all the proponents of the measure as filed, so ${signing(signers.signers)}.${notSigning}`;
}
