/**
 * Caveats that qualify a clause from outside its own sentence or provision, and the cues of
 * `exception` and `temporal-limit`: real articles of the fixtures, and sentences of unseen
 * treaties from the Dutch treaty database (/work/shared/bulk, file names given; copied here so
 * the tests run without it).
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { caveatFeatures } from '../src/annotate/strength.js'
import type { Clause } from '../src/schema/annotation.js'
import { ANZUS, ATT, CHARTER, DPRK, JAPAN, NATO, NPT, OST, VCLT, article, caveatKinds, clause, clausesOf, fixture, provisions, snippet } from './annotate-helpers.js'

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

describe('what a non-prejudice phrase keeps is not a caveat of the clause', () => {
  it('"without prejudice to … the meanings which may be given to them in the internal law of any State" is non-prejudice, not domestic-law (VCLT Art. 2(2))', () => {
    const definitions = clausesOf(article(fixture(VCLT), '2')).filter((c) => c.kind === 'definitions')
    expect(definitions.flatMap((c) => caveatKinds(c))).toContain('non-prejudice')
    expect(definitions.flatMap((c) => caveatKinds(c))).not.toContain('domestic-law')
  })

  it('paraphrase: national legislation, British spelling, the saving before the definitions', () => {
    const text = [
      'Article 2',
      '',
      '1. The provisions of paragraph 2 on the use of terms are without prejudice to the meanings given to those terms under the national legislation of either Party.',
      '2. For the purposes of this Agreement, "vessel" means any ship flying the flag of a Party.',
      ''
    ].join('\n')
    const definitions = clausesAt(text, 'art_2__para_2').find((c) => c.kind === 'definitions')
    expect(caveatKinds(definitions)).toEqual(['non-prejudice'])
  })

  it('"shall not in any way affect the authority … of the Security Council … to take … such action as it deems necessary": the Council’s judgment, not the obligor’s (UN Charter Art. 51)', () => {
    expect(caveatKinds(clause(CHARTER, '51', 'security-council-reporting'))).toEqual(['non-prejudice', 'temporal-limit'])
    const found = snippet('Measures taken under this Article shall be reported at once to the Security Council and shall not affect the right of the Council to take such action as it considers appropriate.')
    expect(caveatKinds(found.find((c) => c.kind === 'security-council-reporting'))).toEqual(['non-prejudice'])
  })

  it('a cue outside the kept object stays: "in accordance with its national laws, without prejudice to …"', () => {
    const found = snippet('Each Party shall, in accordance with its national laws, accord national treatment to investors of the other Party, without prejudice to its obligations under other agreements.')
    expect(caveatKinds(found.find((c) => c.kind === 'cooperation'))).toEqual(['domestic-law', 'non-prejudice'])
  })

  it('a measure that "shall not be considered to derogate from the grant of … most-favored-nation treatment" is not a savings clause for that grant (Japan Art. 12(d))', () => {
    const coop = clausesOf(article(fixture(JAPAN), '12')).filter((c) => c.kind === 'cooperation')
    expect(coop.flatMap((c) => caveatKinds(c))).not.toContain('non-prejudice')
    const found = snippet('In applying this Article, a measure shall not be deemed to derogate from the grant of most-favoured-nation treatment if it is needed to safeguard the external financial position of the Party applying it.')
    expect(found.map((c) => [c.kind, caveatKinds(c)])).toEqual([['cooperation', []]])
  })

  it('a savings clause whose clause has a cue of its own keeps non-prejudice: "without prejudice to the obligations of Parties who have agreed to submit their disputes to the Court" (BWBV0004856 Art. 11)', () => {
    const found = snippet(
      'The High Contracting Parties undertake to submit to arbitration any disputes arising out of the interpretation or application of this Convention, but this shall be without prejudice to the obligations of those High Contracting Parties who have agreed to submit their disputes to the International Court of Justice.'
    )
    expect(caveatKinds(found.find((c) => c.kind === 'dispute-settlement'))).toContain('non-prejudice')
  })
})

describe('a scope statement with no clause of its own limits the scope its article fixed', () => {
  it('"This Treaty shall not apply to … provided that …" (ATT Art. 2(3)) qualifies the definitions of Art. 2(2)', () => {
    expect(caveatTexts(clause(ATT, '2', 'definitions'), 'exception')).toEqual(['provided that'])
  })

  it('paraphrase: "The present Convention does not apply to warships, except …"; "shall not be applicable … unless …"', () => {
    for (const scope of [
      'The present Convention does not apply to warships, except when they are used for commercial purposes.',
      'The provisions of this Agreement shall not be applicable to fishing vessels unless the flag State so decides.'
    ]) {
      const text = ['Article 1', '', '1. For the purposes of this Convention, "ship" means any sea-going vessel.', `2. ${scope}`, ''].join('\n')
      expect(caveatKinds(clausesAt(text, 'art_1__para_1').find((c) => c.kind === 'definitions'))).toEqual(['exception'])
    }
  })

  it('other clauses are not limited by it: "This Agreement shall apply to the part of the Kingdom in Europe only" (BWBV0006301 Art. 10)', () => {
    const text = ['Article 10', '', '1. This Agreement shall enter into force on the date of signature.', '2. This Agreement shall apply to the part of the Kingdom of the Netherlands in Europe only.', ''].join('\n')
    expect(caveatKinds(clausesAt(text, 'art_10__para_1').find((c) => c.kind === 'entry-into-force'))).toEqual([])
  })
})

describe('a sentence with no clause that the next sentence points back at limits that sentence', () => {
  it('"… until the Security Council has taken the measures necessary …. Measures taken … in the exercise of this right …" (UN Charter Art. 51)', () => {
    expect(caveatTexts(clause(CHARTER, '51', 'security-council-reporting'), 'temporal-limit')).toEqual(['until the Security Council has taken'])
  })

  it('paraphrase: "pending action by the Council" and "such right"', () => {
    const found = snippet(
      'Nothing in this Treaty shall impair the right of collective self-defence of a Party that is attacked, pending the measures of the Security Council. Any measures taken in the exercise of such right shall immediately be reported to the Security Council.'
    )
    expect(caveatKinds(found.find((c) => c.kind === 'security-council-reporting'))).toContain('temporal-limit')
  })

  it('a sentence that does not point back takes nothing; "this Treaty" is the text, not the sentence before', () => {
    const found = snippet(
      'Nothing in this Treaty shall impair the right of self-defence until the Security Council has taken the measures necessary. This Treaty shall be reported to the Security Council, and measures shall immediately be reported to the Security Council.'
    )
    const reporting = found.find((c) => c.kind === 'security-council-reporting')
    expect(reporting).toBeDefined()
    expect(caveatKinds(reporting)).not.toContain('temporal-limit')
  })
})

describe('the thing a sibling introduced: "The agreement or agreements …" after "a special agreement"', () => {
  it('constitutional processes of the special agreements hedge the obligation that runs through them (UN Charter Art. 43)', () => {
    expect(caveatKinds(clause(CHARTER, '43', 'military-cooperation'))).toEqual(['constitutional-process'])
    expect(clausesOf(article(fixture(CHARTER), '43')).map((c) => c.kind)).not.toContain('ratification')
  })

  it('paraphrase: "an agreement", "constitutional requirements", a pronoun subject', () => {
    const text = [
      'Article 4',
      '',
      '1. All Parties undertake to make available to the Council, on its call and in accordance with an agreement, armed forces, assistance and facilities necessary for the purpose of maintaining international peace and security.',
      '2. The agreement shall be negotiated as soon as possible. It shall be subject to ratification by the signatory States in accordance with their constitutional requirements.',
      ''
    ].join('\n')
    const tree = analyzeTreaty(text, { format: 'text' })
    const all = provisions(tree).flatMap((p) => p.clauses ?? [])
    expect(all.map((c) => c.kind)).not.toContain('ratification')
    expect(caveatKinds(all.find((c) => c.kind === 'military-cooperation'))).toEqual(['constitutional-process'])
  })

  it('what a defined thing later does does not qualify the definition (BWBV0003485 Art. 13)', () => {
    const text = [
      'Article 13',
      '',
      '1. For the purposes of this Convention, a Standing Committee shall be set up.',
      '2. The Standing Committee shall meet whenever a majority of the Contracting Parties so request.',
      ''
    ].join('\n')
    expect(caveatKinds(clausesAt(text, 'art_13__para_1').find((c) => c.kind === 'definitions'))).toEqual([])
  })
})

describe('signature, ratification, accession and entry into force are about this treaty', () => {
  it('another instrument is not: "Any protocol … shall enter into force", "agreements … subject to approval" (BWBV0002799 Art. 17, BWBV0001193 Art. VIII)', () => {
    expect(snippet('Any protocol, except as otherwise provided in such protocol, shall enter into force on the ninetieth day after the deposit of the eleventh instrument of ratification.').map((c) => c.kind)).not.toContain('entry-into-force')
    expect(snippet('Such agreements shall be subject to ratification by the Parties concerned.').map((c) => c.kind)).not.toContain('ratification')
  })

  it('this treaty is, however it calls itself: "This Administrative Arrangement", "The present Treaty", "It" after "This Treaty", "If the Treaty has not come into force"', () => {
    expect(snippet('This Administrative Arrangement shall enter into force on the date of signature.').map((c) => c.kind)).toContain('entry-into-force')
    expect(snippet('The present Treaty shall be ratified by the signatory States.').map((c) => c.kind)).toContain('ratification')
    expect(snippet('This Treaty shall be open for signature. It shall be subject to ratification by the signatory States.').map((c) => c.kind)).toContain('ratification')
    expect(clausesOf(article(fixture(JAPAN), '23')).filter((c) => c.kind === 'entry-into-force').flatMap((c) => caveatKinds(c))).toContain('temporal-limit')
  })
})

describe('an organ’s name is not an area', () => {
  it('"the Secretary General of the Council of Europe" is not a geographic scope (BWBV0001037 Art. 5(2))', () => {
    const found = snippet('Any State may, by a declaration addressed to the Secretary General of the Council of Europe, extend the application of this Protocol to any other territory. In respect of such territory the Protocol shall enter into force on the first day of the month following the date of receipt of the declaration.')
    const eif = found.find((c) => c.kind === 'entry-into-force')
    expect(eif).toBeDefined()
    expect(caveatKinds(eif)).not.toContain('geographic-scope')
  })
})

describe('an area or the Charter inside what a phrase of consideration weighs is not a caveat', () => {
  it('"having regard for the factors then affecting peace and security in the North Atlantic area, including … arrangements under the Charter" (NATO Art. 12)', () => {
    expect(caveatKinds(clause(NATO, '12', 'review'))).toEqual(['temporal-limit', 'upon-request'])
  })

  it('"with due consideration for the needs of the developing areas of the world" (NPT Art. IV(2))', () => {
    const coop = clausesOf(article(fixture(NPT), 'IV')).filter((c) => c.kind === 'cooperation')
    expect(coop.length).toBeGreaterThan(0)
    for (const c of coop) expect(caveatKinds(c)).not.toContain('geographic-scope')
  })

  it('"taking into account the specific conditions of each region" (a sea turtle convention Art. XII(4), BWBV0001954); "bearing in mind", "in the light of"', () => {
    for (const text of [
      'The Parties shall promote international cooperation in the development and improvement of fishing gear and techniques, taking into account the specific conditions of each region, in order to maintain the productivity of commercial fisheries.',
      'The Parties shall encourage scientific and technical cooperation, bearing in mind the special needs of the under-developed areas of the world.',
      'The Parties shall promote cooperation on relevant measures in the light of experience gained through cooperation in existing joint commissions in various regions.'
    ]) {
      const coop = snippet(text).find((c) => c.kind === 'cooperation')
      expect(coop, text).toBeDefined()
      expect(caveatKinds(coop), text).not.toContain('geographic-scope')
    }
  })

  it('an area outside the weighed object, or after "with regard to" (concerning), stays', () => {
    const outside = snippet('The Parties shall promote scientific cooperation in the Baltic region, having regard to the needs of their fishing communities.')
    expect(caveatKinds(outside.find((c) => c.kind === 'cooperation'))).toContain('geographic-scope')
    const concerning = snippet('The Parties shall promote scientific cooperation with regard to fisheries in the Baltic region.')
    expect(caveatKinds(concerning.find((c) => c.kind === 'cooperation'))).toContain('geographic-scope')
  })

  it('constitutional provisions weighed still hedge the clause: "with due regard to the different constitutional provisions of each Party" (BWBV0004011 Art. 1)', () => {
    const found = snippet(
      'Each Contracting Party undertakes to facilitate and foster transfrontier co-operation between territorial communities. It shall endeavour to promote the conclusion of any agreements and arrangements that may prove necessary for this purpose with due regard to the different constitutional provisions of each Party.'
    )
    expect(caveatKinds(found.find((c) => c.kind === 'cooperation'))).toContain('constitutional-process')
  })
})

describe('a judgment inside the event a temporal limit awaits is not the obligor’s discretion', () => {
  it('"Pending the coming into force of such special agreements … as in the opinion of the Security Council enable it …, the parties … shall … consult" (UN Charter Art. 106)', () => {
    expect(caveatKinds(clause(CHARTER, '106', 'consultation'))).toEqual(['temporal-limit'])
  })

  it('paraphrase: "Until the entry into force of such arrangements as in the judgment of the Commission …"; a cue after the awaited event stays', () => {
    const awaited = snippet(
      'Until the entry into force of such arrangements as in the judgment of the Commission ensure adequate supervision, the Parties shall consult together whenever the security of any of them is threatened.'
    )
    expect(caveatKinds(awaited.find((c) => c.kind === 'consultation'))).toEqual(['temporal-limit'])
    const after = snippet(
      'Pending the first meeting of the Council, the Parties will consult together whenever, in the opinion of any of them, the security of any of them is threatened.'
    )
    expect(caveatKinds(after.find((c) => c.kind === 'consultation'))).toEqual(['discretion', 'temporal-limit'])
  })
})

describe('a caveat lent from outside the clause’s sentence weighs on its strength as its own caveats do', () => {
  // No treaty of the corpus (fixtures and the Dutch treaty database) states a mutual-defence or
  // consultation clause and hedges it in the next sentence or provision, so these are the
  // ANZUS Art. IV hedge ("in accordance with its constitutional processes") and the NATO Art. 5
  // discretion ("such action as it deems necessary") moved out of the clause's sentence. The
  // strength must not depend on where the caveat stands.
  const ATTACK = 'If either Party is the object of an armed attack, the other Party shall assist the Party so attacked'
  const HEDGE = 'in accordance with the constitutional processes of each Party'
  const strengthOf = (text: string): Clause['strength'] => {
    const tree = analyzeTreaty(`Article 1\n\n${text}\n`, { format: 'text' })
    return clausesOf(article(tree, '1')).find((c) => c.kind === 'mutual-defence')?.strength
  }

  it('control: the hedge in the clause’s own sentence gives level 2, hedged; without it, level 3', () => {
    expect(strengthOf(`${ATTACK} ${HEDGE}.`)).toEqual({ level: 2, features: ['hedged'] })
    expect(strengthOf(`${ATTACK}.`)).toEqual({ level: 3, features: [] })
  })

  it('the hedge in a follow-on sentence ("Such assistance shall be rendered …") gives the same level 2, not 3', () => {
    expect(strengthOf(`${ATTACK}. Such assistance shall be rendered ${HEDGE}.`)).toEqual({ level: 2, features: ['hedged'] })
  })

  it('the hedge in the next paragraph gives the same level 2 and the hedged feature (it used to add neither)', () => {
    expect(strengthOf(`1. ${ATTACK}.\n\n2. Such assistance shall be rendered ${HEDGE}.`)).toEqual({ level: 2, features: ['hedged'] })
  })

  it('discretion lent to an immediate, all-means promise lowers 5 to 4 wherever it stands', () => {
    const promise = 'If either Party is the object of an armed attack, the other Party shall immediately assist the Party so attacked with all the means at its disposal'
    const expected = { level: 4, features: ['immediate', 'allMeans', 'discretionary'] }
    expect(strengthOf(`${promise}, taking such action as it deems necessary.`)).toEqual(expected)
    expect(strengthOf(`${promise}. Such assistance shall comprise such action as it deems necessary.`)).toEqual(expected)
    expect(strengthOf(`1. ${promise}.\n\n2. Such assistance shall comprise such action as it deems necessary.`)).toEqual(expected)
  })

  it('every clause with a strength in the fixtures has the features of all its caveats', () => {
    for (const file of [NATO, ANZUS, CHARTER, OST, ATT, NPT, VCLT, JAPAN, DPRK]) {
      for (const p of provisions(fixture(file))) {
        for (const c of p.clauses ?? []) if (c.strength !== undefined) expect(c.strength.features, `${file} ${p.eId}`).toEqual(expect.arrayContaining(caveatFeatures(c.caveats)))
      }
    }
  })
})
