import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseConstitution } from '../../../src/constitution/parse';
import { remarkLegalStructure } from '../../../src/constitution/remark-legal-structure';

const SOURCE = `---
title: Test
edition: 2024-01-01
---

# Constitution of the State of California

## Article III (STATE OF CALIFORNIA)

### Section 1

(a) One.

(c) Three.

### Section 1

Again.
`;

describe('remarkLegalStructure', () => {
  it('builds the same LegalDoc as parseConstitution and reports through vfile', async () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLegalStructure);
    const file = new VFile({ path: 'edition.md', value: SOURCE });
    await processor.run(processor.parse(file), file);
    const doc = file.data.legalDoc!;
    expect({ ...doc, parsedWith: 'scanner' }).toEqual(parseConstitution(SOURCE, { path: 'edition.md' }));
    expect(doc.frontMatter).toMatchObject({ title: 'Test', edition: '2024-01-01' });
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal])).toEqual([
      ['subdivision-sequence', 14, 1, false],
      ['duplicate-section', 16, 1, true],
    ]);
    expect(file.messages[1]!.note).toMatch(/Renumber/);
  });
});
