/**
 * Proponent data the packet prints. A missing name, county or contact is an error naming the field
 * and the proponent: the packet never prints a blank where a statute asks for a fact.
 */
import { parse as parseYaml } from 'yaml';
import type { ParseMessage } from '../constitution/types';
import type { MeasureFile, Proponent } from '../measure/types';
import { err, ok, type Result } from '../shared/result';
import { studioError, type StudioError } from '../shared/studio-error';

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** Check every proponent; the first problem is returned. */
export function checkProponents(
  proponents: readonly Proponent[],
  file: string | undefined,
): Result<readonly Proponent[], StudioError> {
  if (proponents.length === 0) {
    return err(
      studioError('missing-field', 'the measure names no proponents (front matter "proponents")', {
        ...(file === undefined ? {} : { file }),
        hint: 'Add each proponent with name, county and contact.',
      }),
    );
  }
  for (const [index, proponent] of proponents.entries()) {
    const checked = checkProponent(proponent, index, file);
    if (!checked.ok) return checked;
  }
  return ok(proponents);
}

/** Check one proponent (`index` in the front matter list of `file`): name, county and contact. */
export function checkProponent(
  proponent: Proponent,
  index: number,
  file: string | undefined,
): Result<Proponent, StudioError> {
  const where = file === undefined ? {} : { file };
  const who = present(proponent.name) ? `proponent "${proponent.name}"` : `proponent ${index + 1}`;
  if (!present(proponent.name)) {
    return err(studioError('missing-field', `${who} has no name (front matter "proponents[${index}].name")`, where));
  }
  if (!present(proponent.county)) {
    return err(
      studioError('missing-field', `${who} has no county of residence (front matter "proponents[${index}].county")`, {
        ...where,
        hint: 'The Elections Code section 9001(b)(1) declaration names the county.',
      }),
    );
  }
  const contact = proponent.contact;
  if (![contact.email, contact.phone, contact.address].some(present)) {
    return err(
      studioError(
        'missing-field',
        `${who} has no contact information (front matter "proponents[${index}].contact": email, phone or address)`,
        { ...where, hint: 'Elections Code section 9001(b)(2) asks each proponent for public contact information.' },
      ),
    );
  }
  return ok(proponent);
}

/** The contact lines printed for a proponent (public contact information, EC 9001(b)(2)). */
export function contactLines(proponent: Proponent): string[] {
  const { contact } = proponent;
  return [proponent.name, contact.organization, contact.address, contact.email, contact.phone].filter(present);
}

/** The front matter schema's report of an absent proponent field: `proponents.1.county: … received undefined`. */
const ABSENT_PROPONENT_FIELD = /^proponents\.(\d+)\.(name|county|contact)\b.*received undefined/;

const FIELD_WORDS: Readonly<Record<string, string>> = {
  name: 'no name',
  county: 'no county of residence',
  contact: 'no contact information',
};

function proponentName(frontMatterRaw: string, index: number): string | undefined {
  try {
    const data: unknown = parseYaml(frontMatterRaw);
    const list = typeof data === 'object' && data !== null ? (data as { proponents?: unknown }).proponents : undefined;
    const entry: unknown = Array.isArray(list) ? list[index] : undefined;
    const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name.trim() !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A parse error that is really a missing proponent fact, restated as `missing-field` naming the
 * proponent and the field; undefined for any other message.
 */
export function missingProponentField(
  message: ParseMessage,
  file: Pick<MeasureFile, 'frontMatterRaw'>,
  path: string | undefined,
): StudioError | undefined {
  const match = ABSENT_PROPONENT_FIELD.exec(message.message);
  if (match === null) return undefined;
  const index = Number(match[1]);
  const field = match[2]!;
  const name = proponentName(file.frontMatterRaw, index);
  const who = name === undefined ? `proponent ${index + 1}` : `proponent "${name}"`;
  return studioError(
    'missing-field',
    `${who} has ${FIELD_WORDS[field]} (front matter "proponents[${index}].${field}")`,
    {
      ...(path === undefined ? {} : { file: path }),
      line: message.line,
      column: message.column,
    },
  );
}
