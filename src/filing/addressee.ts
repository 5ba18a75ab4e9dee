/**
 * The request letter's inside address. The coordinator's name changes over time, so the addressee is
 * a setting; the default names the office (EC 9001(d) names the office, not a person).
 */

export const DEFAULT_ADDRESSEE =
  'Initiative Coordinator, Office of the Attorney General, 1300 I Street, Sacramento, California 95814-2919';

/** A line that is "State ZIP" belongs on the city's line: `Sacramento, California 95814-2919`. */
const STATE_AND_ZIP = /^[A-Z][A-Za-z]+( [A-Z][A-Za-z]+)? \d{5}(-\d{4})?$/;

/**
 * Address lines from the setting. A bare name ("Ms. Emily Gargiulo") is put above the default office
 * address; a full address is split at its commas, keeping "City, State ZIP" on one line.
 */
export function addresseeLines(setting: string | undefined): string[] {
  const value = (setting ?? '').trim();
  if (value === '') return splitAddress(DEFAULT_ADDRESSEE);
  if (!value.includes(',')) return [value, ...splitAddress(DEFAULT_ADDRESSEE)];
  return splitAddress(value);
}

function splitAddress(address: string): string[] {
  const lines: string[] = [];
  for (const piece of address.split(',').map((part) => part.trim())) {
    if (piece === '') continue;
    if (STATE_AND_ZIP.test(piece) && lines.length > 0) lines[lines.length - 1] = `${lines.at(-1)!}, ${piece}`;
    else lines.push(piece);
  }
  return lines;
}
