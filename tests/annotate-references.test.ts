/**
 * Cross-references: internal ones resolve to eIds, external ones name the instrument and the
 * provision, and one naming nothing is a diagnostic.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { referenceSchema, type Reference } from '../src/schema/annotation.js'
import { ANZUS, ATT, NATO, NPT, VCLT, article, fixture, provisions } from './annotate-helpers.js'

function refsIn(file: string, eId: string): Reference[] {
  return provisions(fixture(file)).find((p) => p.eId === eId)?.references ?? []
}

describe('internal references', () => {
  it('"Article 5" resolves to art_5 (NATO Art. 6)', () => {
    expect(refsIn(NATO, 'art_6')).toContainEqual(expect.objectContaining({ kind: 'internal', text: 'Article 5', targets: ['art_5'] }))
  })

  it('"Articles 3 and 5" resolves to both (NATO Art. 9)', () => {
    expect(refsIn(NATO, 'art_9')).toContainEqual(expect.objectContaining({ text: 'Articles 3 and 5', targets: ['art_3', 'art_5'] }))
  })

  it('roman numbers: "Article VII" (ANZUS Art. VIII) and "Article IV" (ANZUS Art. V)', () => {
    expect(refsIn(ANZUS, 'art_VIII')).toContainEqual(expect.objectContaining({ text: 'Article VII', targets: ['art_VII'] }))
    expect(refsIn(ANZUS, 'art_V')).toContainEqual(expect.objectContaining({ text: 'Article IV', targets: ['art_IV'] }))
  })

  it('"paragraph 3 of this Article" resolves inside the article (NPT Art. IX.1)', () => {
    const refs = provisions(fixture(NPT)).filter((p) => p.eId.startsWith('art_IX')).flatMap((p) => p.references ?? [])
    const ref = refs.find((r) => r.text === 'paragraph 3 of this Article')
    expect(ref?.targets).toHaveLength(1)
    expect(ref?.targets?.[0]).toMatch(/^art_IX__para_3$/)
  })

  it('"paragraphs 1 to 3 of article 65" expands the range (VCLT Art. 66 or 67)', () => {
    const all = provisions(fixture(VCLT)).flatMap((p) => p.references ?? [])
    const ranged = all.find((r) => /^paragraphs 1 to 3 of article 65$/iu.test(r.text))
    if (ranged !== undefined) expect(ranged.targets).toEqual(['art_65__para_1', 'art_65__para_2', 'art_65__para_3'])
    const tree = analyzeTreaty('Article 65\n\n1. One.\n2. Two.\n3. Three.\n\nArticle 66\n\nAs provided in paragraphs 1 to 3 of article 65, the parties shall act.\n', { format: 'text' })
    const refs = article(tree, '66').references ?? []
    expect(refs[0]?.targets).toEqual(['art_65__para_1', 'art_65__para_2', 'art_65__para_3'])
  })

  it('"Article 2 (1)" resolves to the paragraph (ATT)', () => {
    const refs = provisions(fixture(ATT)).flatMap((p) => p.references ?? [])
    expect(refs.find((r) => r.text.startsWith('Article 2 (1)'))?.targets).toEqual(['art_2__para_1'])
  })

  it('a reference naming no node is kept with no targets and reported as a diagnostic', () => {
    const tree = analyzeTreaty('Article 1\n\nThe Parties shall act as provided in Article 99.\n', { format: 'text' })
    const ref = article(tree, '1').references?.[0]
    expect(ref).toMatchObject({ kind: 'internal', text: 'Article 99', targets: [] })
    const d = tree.diagnostics.find((x) => x.ruleId === 'annotate/unresolved-reference')
    expect(d?.position).toEqual(ref?.position)
    expect(d?.reason).toMatch(/article 99/u)
  })

  it('every reference of the corpus has the schema and its text at its position', () => {
    const text = fixture(NATO)
    for (const p of provisions(text)) for (const r of p.references ?? []) expect(referenceSchema.safeParse(r).success).toBe(true)
  })
})

describe('external references', () => {
  it('"Article 51 of the Charter of the United Nations" names the Charter and the article (NATO Art. 5)', () => {
    expect(refsIn(NATO, 'art_5')).toContainEqual(
      expect.objectContaining({ kind: 'external', instrument: 'Charter of the United Nations', provision: 'Article 51' })
    )
  })

  it('"Article 51 of the UN Charter" and a bare "the UN Charter"', () => {
    const tree = analyzeTreaty('Article 4\n\nThe other side shall act in accordance with Article 51 of the UN Charter. Nothing here affects the UN Charter.\n', { format: 'text' })
    const refs = article(tree, '4').references ?? []
    expect(refs[0]).toMatchObject({ kind: 'external', text: 'Article 51 of the UN Charter', instrument: 'Charter of the United Nations', provision: 'Article 51' })
    expect(refs[1]).toMatchObject({ kind: 'external', text: 'UN Charter', instrument: 'Charter of the United Nations' })
    expect(refs[1]?.provision).toBeUndefined()
  })

  it('"article 102 of the Charter of the United Nations" (NPT Art. IX.6) is external, not an NPT article', () => {
    const refs = provisions(fixture(NPT)).flatMap((p) => p.references ?? [])
    const r = refs.find((x) => x.text.toLowerCase().startsWith('article 102'))
    expect(r).toMatchObject({ kind: 'external', provision: 'Article 102' })
  })

  it('a clause carries the references of its own sentence (refs)', () => {
    const art5 = article(fixture(NATO), '5')
    const md = art5.clauses?.find((c) => c.kind === 'mutual-defence')
    expect(md?.refs.map((r) => r.text)).toEqual(['Article 51 of the Charter of the United Nations'])
  })
})
