/**
 * Caveats that qualify a clause from outside its own sentence or provision, and the cues of
 * `exception` and `temporal-limit`: real articles of the fixtures, and sentences of unseen
 * treaties from the Dutch treaty database (/work/shared/bulk, file names given; copied here so
 * the tests run without it).
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import type { Clause } from '../src/schema/annotation.js'
import { ATT, CHARTER, JAPAN, VCLT, article, caveatKinds, clause, clausesOf, fixture, provisions, snippet } from './annotate-helpers.js'

/** The caveat texts of a kind on a clause. */
function caveatTexts(c: Clause | undefined, kind: string): string[] {
  return (c?.caveats ?? []).filter((x) => x.kind === kind).map((x) => x.text)
}

/** The clauses of the provision with an eId in an analysed text. */
function clausesAt(text: string, eId: string): Clause[] {
  const tree = analyzeTreaty(text, { format: 'text' })
  return provisions(tree).find((p) => p.eId === eId)?.clauses ?? []
}

describe('a sentence with no clause of its own that opens with a qualifier limits the clause before it', () => {
  it('"Pending the first meeting …, a provisional Secretariat will …" (ATT Art. 18(1))', () => {
    expect(caveatTexts(clause(ATT, '18', 'institution'), 'temporal-limit')).toEqual(['Pending'])
  })

  it('"Unless …" after an amendment clause (CFE Treaty Art. XVI(5), BWBV0002009)', () => {
    const found = snippet(
      'The Joint Consultative Group may propose amendments to this Treaty for consideration and confirmation in accordance with Article XX. Unless such improvements relate only to minor matters of an administrative or technical nature, they shall be subject to consideration and confirmation in accordance with Article XX.'
    )
    expect(caveatKinds(found.find((c) => c.kind === 'amendment'))).toContain('exception')
  })

  it('a sentence that opens with no qualifier lends nothing', () => {
    const found = snippet('The Parties hereby establish a Council. The Council may meet in Geneva unless the Parties decide otherwise.')
    expect(caveatKinds(found.find((c) => c.kind === 'institution'))).toEqual([])
  })
})

describe('a provision with no clause of its own whose subject is a sibling provision qualifies it', () => {
  it('"The provisions of paragraph 1 … are without prejudice to …" (VCLT Art. 2(2))', () => {
    const definitions = clausesOf(article(fixture(VCLT), '2')).filter((c) => c.kind === 'definitions')
    expect(definitions.flatMap((c) => caveatTexts(c, 'non-prejudice'))).toContain('without prejudice')
  })

  it('"Notwithstanding the provisions of paragraphs (1) and (2), … unless …" (a tax convention Art. 5(5), BWBV0004767)', () => {
    const text = [
      'Article 5',
      '',
      '1. For the purposes of this Convention, the term "permanent establishment" means a fixed place of business through which the business of an enterprise is wholly or partly carried on.',
      '2. A building site or construction or installation project constitutes a permanent establishment only if it lasts more than 12 months.',
      '3. Notwithstanding the provisions of paragraphs (1) and (2), where a person is acting on behalf of an enterprise and habitually exercises in a Contracting State an authority to conclude contracts in the name of the enterprise, that enterprise shall be deemed to have a permanent establishment in that State, unless the activities of such person are limited to the purchase of goods or merchandise for the enterprise.',
      ''
    ].join('\n')
    expect(caveatKinds(clausesAt(text, 'art_5__para_1').find((c) => c.kind === 'definitions'))).toEqual(['exception'])
  })

  it('a reference deep in a sentence ("as defined in paragraph 2") lends nothing (UN Charter Art. 53)', () => {
    const definitions = clausesOf(article(fixture(CHARTER), '53')).filter((c) => c.kind === 'definitions')
    expect(definitions.length).toBeGreaterThan(0)
    for (const c of definitions) expect(caveatKinds(c)).toEqual([])
  })
})

describe('"such …" points at the sibling that introduced it', () => {
  it('"If such a conference has not been held before the tenth annual session …" limits the review clause, not the amendment one (UN Charter Art. 109)', () => {
    expect(caveatKinds(clause(CHARTER, '109', 'review'))).toContain('temporal-limit')
    expect(caveatKinds(clause(CHARTER, '109', 'amendment'))).not.toContain('temporal-limit')
  })
})

describe('exception cues', () => {
  it('a proviso on what the clause covers: "where those obligations are consistent with this Treaty" (ATT Art. 26(1))', () => {
    expect(caveatTexts(clause(ATT, '26', 'relation-to-other-obligations'), 'exception')).toEqual(['where those obligations are consistent with'])
  })

  it('"only to the extent that" and "except" (Japan Art. 12(c), (d))', () => {
    const coop = clausesOf(article(fixture(JAPAN), '12')).filter((c) => c.kind === 'cooperation')
    const exceptions = coop.flatMap((c) => caveatTexts(c, 'exception'))
    expect(exceptions).toContain('only to the extent')
    expect(exceptions).toContain('except')
  })

  it('British drafting: "save in so far as" (a Council of Europe convention Art. 29(5), BWBV0001475)', () => {
    const found = snippet(
      'A State Party which has made reservations in respect of any of the provisions in Chapter VII of the Convention may not claim application of the said provisions by another State Party save in so far as it has itself accepted these provisions.'
    )
    expect(caveatKinds(found.find((c) => c.kind === 'reservations'))).toEqual(['exception'])
  })
})

describe('temporal-limit cues', () => {
  it('a deadline: "within nine months after", "not later than three years after" (Japan Art. 23(b))', () => {
    const eif = clausesOf(article(fixture(JAPAN), '23')).filter((c) => c.kind === 'entry-into-force')
    expect(eif.flatMap((c) => caveatTexts(c, 'temporal-limit'))).toContain('within nine months after')
  })

  it('"Pending …" and "during a period of four years" in an intro reach the items under it (Japan Art. 12(b))', () => {
    const inB = provisions(fixture(JAPAN)).filter((p) => p.eId.startsWith('art_12__subpara_b')).flatMap((p) => p.clauses ?? [])
    const coop = inB.find((c) => c.kind === 'cooperation')
    expect(caveatTexts(coop, 'temporal-limit')).toEqual(['Pending', 'during a period of'])
  })

  it('a notice period is still not a temporal limit of a withdrawal clause', () => {
    const found = snippet('Any Party may withdraw from this Treaty by giving notice; the withdrawal shall take effect one year after the notice.')
    expect(caveatKinds(found.find((c) => c.kind === 'withdrawal'))).not.toContain('temporal-limit')
  })
})

describe('upon-request cues', () => {
  it('"the requested Party" is the party asked, not a request that activates the clause (a mutual assistance protocol Art. 26(2), BWBV0001532)', () => {
    const found = snippet(
      'The Parties shall afford each other mutual legal assistance, which may be refused if the requested Party believes that compliance with the request would undermine its fundamental interests.'
    )
    const coop = found.find((c) => c.kind === 'cooperation')
    expect(coop).toBeDefined()
    expect(caveatKinds(coop)).not.toContain('upon-request')
  })
})

describe('clause kinds found with the caveat work', () => {
  it('most-favoured-nation and national treatment are economic cooperation (Japan Art. 12(b); British spelling alike)', () => {
    const inB = provisions(fixture(JAPAN)).filter((p) => p.eId.startsWith('art_12__subpara_b')).flatMap((p) => p.clauses ?? [])
    expect(inB.some((c) => c.kind === 'cooperation')).toBe(true)
    const british = snippet('Each Contracting Party shall accord to investments of investors of the other Contracting Party most-favoured-nation treatment.')
    expect(british.map((c) => c.kind)).toContain('cooperation')
  })

  it('"hereby establish a Joint Consultative Group" establishes an organ (CFE Treaty Art. XVI(1), BWBV0002009)', () => {
    const found = snippet('To promote the objectives and implementation of the provisions of this Treaty, the States Parties hereby establish a Joint Consultative Group.')
    expect(found.map((c) => c.kind)).toEqual(['institution'])
  })
})
