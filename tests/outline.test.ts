import { describe, expect, it } from 'vitest'
import { toOutline } from '../src/index.js'
import type { Position, Treaty } from '../src/index.js'

// Positions do not matter to the outline; one dummy span keeps the fixture short.
const at: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }

describe('toOutline', () => {
  it('prints one node a line, indented by depth, with kind, num, heading and eId', () => {
    const tree: Treaty = {
      type: 'treaty',
      format: 'markdown',
      position: at,
      diagnostics: [],
      children: [
        { type: 'title', value: 'NORTH ATLANTIC\n   TREATY', position: at },
        { type: 'preamble', position: at, children: [{ type: 'formula', value: 'Have agreed as follows:', position: at }] },
        {
          type: 'division',
          kind: 'part',
          eId: 'part_I',
          num: { raw: 'PART I', value: 'I', position: at },
          heading: { text: 'Introduction', position: at },
          position: at,
          children: [
            {
              type: 'article',
              eId: 'art_2',
              num: { raw: 'Article 2', value: '2', position: at },
              heading: { text: 'Use of "terms"', position: at },
              position: at,
              children: [
                { type: 'intro', value: 'For the purposes of the present Convention:', position: at },
                {
                  type: 'paragraph',
                  eId: 'art_2__para_1',
                  num: { raw: '1.', value: '1', position: at },
                  position: at,
                  children: [{ type: 'content', value: 'x'.repeat(100), position: at }]
                }
              ]
            }
          ]
        },
        { type: 'conclusions', position: at, children: [{ type: 'content', value: ' \n ', position: at }] }
      ]
    }
    expect(toOutline(tree)).toBe(
      [
        'treaty (markdown)',
        '  title: NORTH ATLANTIC TREATY',
        '  preamble',
        '    formula: Have agreed as follows:',
        '  division part I "Introduction" [part_I]',
        '    article 2 "Use of \\"terms\\"" [art_2]',
        '      intro: For the purposes of the present Convention:',
        '      paragraph 1 [art_2__para_1]',
        `        content: ${'x'.repeat(59)}…`,
        '  conclusions',
        '    content',
        ''
      ].join('\n')
    )
  })

  it('prints a bare root for an empty tree', () => {
    expect(toOutline({ type: 'treaty', format: 'text', position: at, diagnostics: [], children: [] })).toBe('treaty (text)\n')
  })
})
