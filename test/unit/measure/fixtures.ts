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

/** The front matter of a small test measure drafted against the mini constitution's edition id. */
export function measureHead(title = 'Test Act', kind = 'constitutional amendment'): string {
  return `---
title: ${title}
kind: ${kind}
base:
  edition: measure-test-edition
  sha256: 5c3f0b1e9a7d2c4b6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e0b
revision:
  label: Rev. 1
---
`;
}
