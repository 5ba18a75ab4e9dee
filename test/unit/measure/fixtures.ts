/** Paths and readers for the measure tests' fixtures and the shipped examples. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/measure');
export const EXAMPLES = resolve(import.meta.dirname, '../../../resources/examples');

export function readFixture(...parts: string[]): string {
  return readFileSync(resolve(FIXTURES, ...parts), 'utf8');
}

export function readExample(name: string): string {
  return readFileSync(resolve(EXAMPLES, name), 'utf8');
}

export const EXAMPLE_2016 = 'calexit-2016-repeal.measure.md';
export const EXAMPLE_2017 = 'calexit-2017-revised.measure.md';
export const EXAMPLE_BASE = 'article-iii-excerpt.md';

export const EXAMPLE_PARTNER = 'calexit-2017-partner.measure.md';
export const MINI_CONSTITUTION = 'mini-constitution.md';
