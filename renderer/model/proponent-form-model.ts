/**
 * The proponent details of the export dialog: a form model and its validation. Errors are keyed by
 * field so the form shows each one next to its field.
 */
import type { Proponent } from '../../src/measure/types';
import { CALIFORNIA_COUNTIES } from './counties';

export interface ProponentDraft {
  readonly name: string;
  readonly county: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
  readonly organization: string;
}

export type ProponentField = keyof ProponentDraft;
export type ProponentErrors = Partial<Record<ProponentField, string>>;

/** Loose but useful: something@something.tld, no spaces. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Ten digits once punctuation is removed (a US number), optionally with a leading 1. */
const PHONE_DIGITS = /^1?\d{10}$/;

export const EMPTY_PROPONENT: ProponentDraft = {
  name: '',
  county: '',
  email: '',
  phone: '',
  address: '',
  organization: '',
};

/** True when no field of the entry was filled in. */
export function isBlankProponent(draft: ProponentDraft): boolean {
  return (Object.keys(EMPTY_PROPONENT) as ProponentField[]).every((field) => draft[field].trim() === '');
}

/** The form's view of a proponent from the measure file. */
export function toDraft(proponent: Proponent): ProponentDraft {
  return {
    name: proponent.name,
    county: proponent.county,
    email: proponent.contact.email ?? '',
    phone: proponent.contact.phone ?? '',
    address: proponent.contact.address ?? '',
    organization: proponent.contact.organization ?? '',
  };
}

/** The measure file's proponent from a (valid) form entry; empty contact fields are left out. */
export function fromDraft(draft: ProponentDraft): Proponent {
  const contact: Record<string, string> = {};
  for (const key of ['email', 'phone', 'address', 'organization'] as const) {
    const value = draft[key].trim();
    if (value !== '') contact[key] = value;
  }
  return { name: draft.name.trim(), county: normaliseCounty(draft.county), contact };
}

/** `los angeles county` → `Los Angeles`; unknown names are returned trimmed. */
export function normaliseCounty(county: string): string {
  const bare = county.trim().replace(/\s+county$/i, '');
  return CALIFORNIA_COUNTIES.find((name) => name.toLowerCase() === bare.toLowerCase()) ?? county.trim();
}

/** Field errors of one proponent (empty object when valid). */
export function validateProponent(draft: ProponentDraft): ProponentErrors {
  const errors: ProponentErrors = {};
  if (draft.name.trim() === '') errors.name = 'Enter the proponent’s full name as it will be signed.';
  if (draft.county.trim() === '') errors.county = 'Choose the county of residence (EC 9001(b)(1) declaration).';
  else if (!CALIFORNIA_COUNTIES.includes(normaliseCounty(draft.county))) {
    errors.county = `“${draft.county.trim()}” is not a California county.`;
  }
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  const address = draft.address.trim();
  if (email === '' && phone === '' && address === '') {
    errors.email = 'Give at least one way to reach the proponent: email, phone or mailing address.';
  }
  if (email !== '' && !EMAIL_PATTERN.test(email)) errors.email = `“${email}” is not an email address.`;
  if (phone !== '' && !PHONE_DIGITS.test(phone.replace(/[\s().+-]/g, ''))) {
    errors.phone = 'Enter a 10-digit phone number, e.g. (916) 555-0100.';
  }
  return errors;
}

/** Errors of every proponent; also reports an empty list. */
export function validateProponents(drafts: readonly ProponentDraft[]): {
  readonly perProponent: readonly ProponentErrors[];
  readonly list?: string;
  readonly valid: boolean;
} {
  const perProponent = drafts.map(validateProponent);
  const list = drafts.length === 0 ? 'The filing packet needs at least one proponent.' : undefined;
  const valid = list === undefined && perProponent.every((errors) => Object.keys(errors).length === 0);
  return list === undefined ? { perProponent, valid } : { perProponent, list, valid };
}
