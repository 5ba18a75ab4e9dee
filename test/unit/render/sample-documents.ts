/**
 * Hand-written measure trees for the render and filing tests (independent of the measure builder, so
 * a renderer failure points at the renderer).
 */
import type { MeasureDocument } from '../../../src/measure/document';

/** The 2017 coalition measure's worked example (drafting-conventions.md). */
export const CALEXIT_2017_DOCUMENT: MeasureDocument = {
  title: 'California Nationhood',
  kind: 'constitutional amendment',
  notation:
    'This initiative measure expressly amends the California Constitution by amending a section thereof; therefore, existing provisions proposed to be deleted are printed in strikeout type and new provisions proposed to be added are printed in italic type to indicate that they are new.',
  enactingClause: 'The people of the State of California do enact as follows:',
  sections: [
    {
      label: 'SECTION 1.',
      kind: 'uncodified',
      heading: 'Title.',
      blocks: [
        {
          type: 'paragraph',
          runs: [
            { text: 'This measure shall be known and may be cited as the “California Nationhood Act.”', mark: 'none' },
          ],
        },
      ],
    },
    {
      label: 'SEC. 2.',
      kind: 'amendment',
      clause: 'Section 1 of Article III of the California Constitution is amended to read:',
      target: 'art-III/sec-1',
      blocks: [
        {
          type: 'restatement',
          mode: 'redline',
          blocks: [
            {
              type: 'paragraph',
              runs: [
                { text: 'SEC. 1. The State of California is ', mark: 'none' },
                { text: 'an inseparable', mark: 'delete' },
                { text: ' ', mark: 'none' },
                { text: 'a', mark: 'insert' },
                {
                  text: ' part of the United States of America, and the United States Constitution is the supreme law of the land.',
                  mark: 'none',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      label: 'SEC. 3.',
      kind: 'amendment',
      clause: 'Section 1 of Article III of the California Constitution is repealed.',
      target: 'art-III/sec-1',
      blocks: [
        {
          type: 'restatement',
          mode: 'struck',
          blocks: [{ type: 'paragraph', runs: [{ text: 'SEC. 1. A repealed provision.', mark: 'none' }] }],
        },
      ],
    },
    {
      label: 'SEC. 4.',
      kind: 'amendment',
      clause: 'Section 1.5 is added to Article III of the California Constitution, to read:',
      target: 'art-III/sec-1.5',
      blocks: [
        {
          type: 'restatement',
          mode: 'inserted',
          blocks: [{ type: 'paragraph', runs: [{ text: 'SEC. 1.5. An added provision.', mark: 'none' }] }],
        },
      ],
    },
  ],
  fingerprint: { revisionLabel: 'Rev. 2', sha256: '3f2a9c0b1d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff' },
};

/** A draft from a hostile partner: markup and script in every text field. */
export const HOSTILE_DOCUMENT: MeasureDocument = {
  title: '<script>alert("title")</script>Evil',
  kind: 'constitutional amendment',
  notation: '<img src=x onerror=alert(1)>',
  sections: [
    {
      label: 'SECTION 1.</span><script>alert(2)</script>',
      kind: 'uncodified',
      heading: '<iframe src="https://attacker.example/"></iframe>',
      blocks: [
        {
          type: 'paragraph',
          runs: [
            { text: '<b style="color:white">hidden</b> <a href="javascript:alert(3)">click</a>', mark: 'none' },
            { text: '</del><script>alert(4)</script>', mark: 'delete' },
          ],
        },
      ],
    },
  ],
  fingerprint: {
    revisionLabel: '"; } body { display: none } </style><script>alert(5)</script>',
    sha256: 'ab'.repeat(32),
  },
};
