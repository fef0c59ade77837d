/**
 * Every clause kind and every caveat kind, on real articles of the fixtures (hand-written
 * snippets only where no fixture has the kind, and marked so).
 */
import { describe, expect, it } from 'vitest'
import { clauseSchema } from '../src/schema/annotation.js'
import { clauseKindSchema, caveatKindSchema } from '../src/schema/vocabulary.js'
import {
  ANZUS, ATT, CHARTER, DPRK, JAPAN, NATO, NATO_MD, NPT, OST, VCLT,
  article, caveatKinds, clause, clausesOf, fixture, kinds, provisions, snippet
} from './annotate-helpers.js'

/** [file, article, kind, modality] from the fixtures: one real case (at least) per kind. */
const kindCases: [string, string, string, string][] = [
  [NATO, '5', 'mutual-defence', 'obligation'],
  [ANZUS, 'IV', 'mutual-defence', 'declaration'],
  [DPRK, '4', 'mutual-defence', 'obligation'],
  [NATO, '4', 'consultation', 'obligation'],
  [ANZUS, 'III', 'consultation', 'obligation'],
  [NATO, '1', 'non-aggression', 'prohibition'],
  [CHARTER, '2', 'non-aggression', 'prohibition'],
  [NATO, '8', 'no-hostile-alliance', 'prohibition'],
  [NATO, '3', 'military-cooperation', 'obligation'],
  [CHARTER, '43', 'military-cooperation', 'obligation'],
  [NATO, '9', 'institution', 'constitutive'],
  [ATT, '18', 'institution', 'constitutive'],
  [NATO, '5', 'security-council-reporting', 'obligation'],
  [CHARTER, '51', 'security-council-reporting', 'obligation'],
  [NATO, '1', 'peaceful-settlement', 'obligation'],
  [CHARTER, '33', 'peaceful-settlement', 'obligation'],
  [CHARTER, '2', 'non-interference', 'declaration'],
  [NATO, '2', 'cooperation', 'obligation'],
  [ATT, '15', 'cooperation', 'obligation'],
  [NATO, '7', 'relation-to-other-obligations', 'declaration'],
  [NPT, 'VII', 'relation-to-other-obligations', 'declaration'],
  [NATO, '6', 'definitions', 'constitutive'],
  [VCLT, '2', 'definitions', 'constitutive'],
  [NPT, 'IX', 'signature', 'permission'],
  [ATT, '21', 'signature', 'permission'],
  [NATO, '11', 'ratification', 'obligation'],
  [NATO, '10', 'accession', 'permission'],
  [NATO, '11', 'entry-into-force', 'obligation'],
  [ANZUS, 'X', 'duration', 'obligation'],
  [NATO, '13', 'withdrawal', 'permission'],
  [NPT, 'VIII', 'amendment', 'permission'],
  [NATO, '12', 'review', 'obligation'],
  [ATT, '25', 'reservations', 'permission'],
  [NATO, '14', 'depositary', 'obligation'],
  [NPT, 'IX', 'registration', 'obligation'],
  [NATO, '14', 'authentic-texts', 'declaration'],
  [ATT, '19', 'dispute-settlement', 'obligation'],
  [JAPAN, '22', 'dispute-settlement', 'obligation']
]

describe('clause kinds on real articles', () => {
  it.each(kindCases)('%s Art. %s → %s (%s)', (file, num, kind, modality) => {
    const c = clause(file, num, kind)
    expect(c, `${kind} in ${file} Art. ${num}`).toBeDefined()
    expect(c?.modality).toBe(modality)
    expect(c?.rules.some((id) => id.startsWith(`kind.${kind === 'relation-to-other-obligations' ? 'relation' : kind}.`))).toBe(true)
    expect(clauseSchema.safeParse(c).success).toBe(true)
  })

  it('covers every kind of the vocabulary (neutrality and territory-denial by snippet below)', () => {
    const covered = new Set([...kindCases.map((k) => k[2]), 'neutrality', 'territory-denial'])
    expect([...covered].sort()).toEqual([...clauseKindSchema.options].sort())
  })

  it('neutrality: the 1939 German–Soviet non-aggression pact, Art. II (quoted; no fixture has the kind)', () => {
    const [c] = snippet(
      'Should one of the High Contracting Parties become the object of belligerent action by a third Power, the other High Contracting Party shall in no manner lend its support to this third Power.'
    )
    expect(c?.kind).toBe('neutrality')
    expect(c?.modality).toBe('prohibition')
    expect(c?.obligor?.role).toBe('other-party')
  })

  it('territory-denial (hand-written, two renderings)', () => {
    for (const text of [
      'Neither Party shall allow its territory to be used by a third State for aggression against the other Party.',
      'Each Contracting Party undertakes not to permit the use of its territory by any third country for hostile acts against the other.'
    ]) {
      const found = snippet(text)
      expect(kinds(found)).toEqual(['territory-denial'])
      expect(found[0]?.modality).toBe('prohibition')
    }
  })

  it('holds several clauses in one provision: NATO Art. 5', () => {
    expect(kinds(clausesOf(article(fixture(NATO), '5')))).toEqual(['mutual-defence', 'security-council-reporting'])
  })

  it('may hold none: NPT Art. I (non-proliferation has no kind)', () => {
    expect(clausesOf(article(fixture(NPT), 'I'))).toEqual([])
  })

  it('gives the same answers for the Markdown copy of NATO', () => {
    for (const num of ['1', '4', '5', '9', '13', '14']) {
      expect(kinds(clausesOf(article(fixture(NATO_MD), num)))).toEqual(kinds(clausesOf(article(fixture(NATO), num))))
    }
  })

  it('every clause of the corpus matches the schema and points into the input', () => {
    for (const file of [NATO, ATT, CHARTER]) {
      for (const p of provisions(fixture(file))) {
        for (const c of p.clauses ?? []) {
          expect(clauseSchema.safeParse(c).success).toBe(true)
          for (const e of c.evidence) expect(e.position.end.offset).toBeGreaterThan(e.position.start.offset)
          expect(c.confidence).toBeGreaterThan(0)
        }
      }
    }
  })
})

describe('security clauses: NATO Art. 5 and ANZUS Art. IV', () => {
  it('NATO Art. 5: mutual-defence, obligation, each party, armed attack, strength 3, with its caveats', () => {
    const c = clause(NATO, '5', 'mutual-defence')
    expect(c?.obligor?.role).toBe('each-party')
    expect(c?.beneficiary).toMatchObject({ role: 'other-party', text: 'the Party or Parties so attacked' })
    expect(c?.trigger).toBe('armed-attack')
    expect(c?.strength?.level).toBe(3)
    expect(c?.strength?.features).toEqual(expect.arrayContaining(['immediate', 'armedForce', 'discretionary']))
    expect(caveatKinds(c)).toEqual(['discretion', 'geographic-scope', 'un-charter'])
    expect(c?.caveats.find((x) => x.kind === 'discretion')?.text).toBe('as it deems necessary')
    expect(c?.refs.some((r) => r.kind === 'external' && r.provision === 'Article 51')).toBe(true)
  })

  it('NATO Art. 5: the reporting clause ends when the Security Council acts (temporal-limit)', () => {
    const reporting = clausesOf(article(fixture(NATO), '5')).filter((c) => c.kind === 'security-council-reporting')
    expect(reporting.flatMap((c) => c.caveats.map((x) => x.kind))).toContain('temporal-limit')
  })

  it('ANZUS Art. IV: a declaration hedged by constitutional processes, strength 2', () => {
    const c = clause(ANZUS, 'IV', 'mutual-defence')
    expect(c?.modality).toBe('declaration')
    expect(c?.obligor?.role).toBe('each-party')
    expect(c?.strength?.level).toBe(2)
    expect(c?.strength?.features).toContain('hedged')
    expect(caveatKinds(c)).toEqual(['constitutional-process', 'geographic-scope'])
  })

  it('consultation has strength 1 and a threat trigger (NATO Art. 4)', () => {
    const c = clause(NATO, '4', 'consultation')
    expect(c?.strength?.level).toBe(1)
    expect(c?.trigger).toBe('threat')
  })

  it('other kinds take no strength (NATO Art. 2 cooperation)', () => {
    expect(clause(NATO, '2', 'cooperation')?.strength).toBeUndefined()
  })
})

/** [file, article, kind, caveat] from the fixtures: one real case (at least) per caveat kind. */
const caveatCases: [string, string, string, string][] = [
  [NATO, '5', 'mutual-defence', 'un-charter'],
  [NPT, 'IX', 'registration', 'un-charter'],
  [DPRK, '4', 'mutual-defence', 'domestic-law'],
  [ATT, '11', 'cooperation', 'domestic-law'],
  [ANZUS, 'IV', 'mutual-defence', 'constitutional-process'],
  [NATO, '11', 'ratification', 'constitutional-process'],
  [NATO, '5', 'mutual-defence', 'geographic-scope'],
  [NATO, '6', 'definitions', 'geographic-scope'],
  [NATO, '4', 'consultation', 'discretion'],
  [NPT, 'X', 'withdrawal', 'discretion'],
  [NATO, '13', 'withdrawal', 'temporal-limit'],
  [ANZUS, 'VIII', 'consultation', 'temporal-limit'],
  [ATT, '25', 'reservations', 'exception'],
  [ATT, '24', 'withdrawal', 'exception'],
  [NATO, '7', 'relation-to-other-obligations', 'non-prejudice'],
  [CHARTER, '51', 'security-council-reporting', 'non-prejudice'],
  [NATO, '12', 'review', 'upon-request'],
  [ATT, '16', 'cooperation', 'upon-request']
]

describe('caveat kinds on real articles', () => {
  it.each(caveatCases)('%s Art. %s %s takes %s', (file, num, kind, caveat) => {
    const all = clausesOf(article(fixture(file), num)).filter((c) => c.kind === kind)
    const found = all.flatMap((c) => c.caveats).find((x) => x.kind === caveat)
    expect(found, `${caveat} on ${kind}`).toBeDefined()
    expect(found?.text.length).toBeGreaterThan(0)
    expect(found?.position.end.offset).toBeGreaterThan(found?.position.start.offset ?? Infinity)
  })

  it('covers every caveat kind of the vocabulary', () => {
    expect([...new Set(caveatCases.map((c) => c[3]))].sort()).toEqual([...caveatKindSchema.options].sort())
  })

  it('a caveat text is the exact input slice at its position', () => {
    const c = clause(NATO, '5', 'mutual-defence')
    for (const x of c?.caveats ?? []) expect(x.position.end.offset - x.position.start.offset).toBe(x.text.length)
  })

  it('does not take a caveat from another sentence of another clause (NATO Art. 5 reporting has no un-charter)', () => {
    const reporting = clausesOf(article(fixture(NATO), '5')).filter((c) => c.kind === 'security-council-reporting')
    expect(reporting.flatMap((c) => c.caveats.map((x) => x.kind))).not.toContain('un-charter')
  })

  it('the UN Charter referring to itself is not an un-charter caveat (Art. 2)', () => {
    expect(caveatKinds(clause(CHARTER, '2', 'non-aggression'))).not.toContain('un-charter')
  })
})

describe('obligors and named parties', () => {
  it('resolves Japan as a named party (Japan Art. 5, via the intro of 5(a))', () => {
    const c = clause(JAPAN, '5', 'peaceful-settlement')
    expect(c?.obligor).toMatchObject({ role: 'named-party', party: 'Japan' })
    expect(c?.modality).toBe('obligation')
  })

  it('the depositary as subject of notify/inform (NATO Art. 13)', () => {
    expect(clause(NATO, '13', 'depositary')?.obligor?.role).toBe('depositary')
  })

  it('an organ (ATT Art. 17: the Conference of States Parties)', () => {
    expect(clause(ATT, '17', 'institution')?.obligor?.role).toBe('organ')
  })

  it('all parties (NATO Art. 3) and each party (NATO Art. 8)', () => {
    expect(clause(NATO, '3', 'military-cooperation')?.obligor?.role).toBe('all-parties')
    expect(clause(NATO, '8', 'no-hostile-alliance')?.obligor?.role).toBe('each-party')
  })

  it('passive agent: "shall be registered by the Depositary Governments" (OST Art. XIV)', () => {
    expect(clause(OST, 'XIV', 'registration')?.obligor?.role).toBe('depositary')
  })

  it('a party named in quotation marks is a defined term, not the obligor (definitions of the bulk corpus)', () => {
    // Real definitions, with their own quotation marks: BWBV0001355 (Iceland–Netherlands tax
    // convention, Art. 3(1)(a)) and BWBV0001615 (Art. 1(2)(a)).
    const terms = snippet(
      '1. For the purposes of this Convention, unless the context otherwise requires:\n\na) the terms “a Contracting State” and “the other Contracting State” mean the Republic of Iceland (Iceland) or the Kingdom of the Netherlands (the Netherlands) as the context requires;\n\nb) the term “person” includes an individual, a company and any other body of persons;'
    )
    const states = snippet('2. For the purposes of this Agreement:\n\na) “States Parties" means States which have consented to be bound by this Agreement and for which the Agreement is in force.')
    for (const found of [terms, states]) {
      expect(kinds(found)).toEqual(['definitions'])
      expect(found.map((c) => c.obligor)).toEqual(found.map(() => undefined))
    }
    // The same role unquoted still binds.
    const exchange = snippet('Each Contracting State shall exchange with the other Contracting State such information as is necessary for carrying out the provisions of this Convention.')
    expect(exchange.map((c) => [c.kind, c.obligor?.role])).toEqual([['cooperation', 'each-party']])
  })
})

describe('final clauses outside the fixtures (sentences of the bulk corpus)', () => {
  const kindsOf = (text: string): string[] => kinds(snippet(text))

  it('depositary: who holds the instruments and tells the parties, not any "deposited"', () => {
    // BWBV0001016 Art. 26(5) and BWBV0005098 Art. 9(5): the depositary's duty to inform.
    expect(kindsOf('The Secretary-General of the United Nations shall inform all States which have signed the present Covenant or acceded to it of the deposit of each instrument of ratification or accession.')).toEqual(['depositary'])
    expect(kindsOf('The Secretary-General of the Council of Europe shall notify all Members of the Council and any acceding States of the deposit of all instruments of ratification and accession.')).toEqual(['depositary'])
    // BWBV0001014 Art. IX: a translation kept with the original; BWBV0001004 Art. 41(1): a
    // deposit named as the condition of entry into force; BWBV0006168 Art. 84(3): a party's
    // own notice, timed by its deposit.
    expect(kindsOf('Official translations in the Russian and Spanish languages shall be prepared and deposited with the signed original.')).toEqual([])
    expect(kindsOf('This Convention shall come into force on the thirtieth day following the date on which the fortieth instrument of ratification or accession is deposited in accordance with article 40.')).toEqual(['entry-into-force'])
    expect(kindsOf('Each Member State having signed this Agreement shall notify the European Commission of its ratification of the Agreement at the time of the deposit of its instrument of ratification.')).toEqual([])
  })

  it('relation-to-other-obligations: a saving of other obligations, not a limit on the treaty’s own', () => {
    // BWBV0001034 Art. 5 (European Convention on the Suppression of Terrorism).
    expect(kindsOf('Nothing in this Convention shall be interpreted as imposing an obligation to extradite if the requested State has substantial grounds for believing that the request for extradition has been made for the purpose of prosecuting or punishing a person on account of his race.')).toEqual([])
    expect(kindsOf('Nothing in this Convention shall be interpreted as affecting the rights and obligations of the Parties under the Charter of the United Nations.')).toEqual(['relation-to-other-obligations'])
  })

  it('cooperation: information shared with others, not information someone merely has', () => {
    // BWBV0001193 Art. XV(5)(c) and BWBV0001160 Annex 18 Art. 5.2: information "available to" its holder.
    expect(kindsOf('The Executive Council shall examine the proposal in the light of all information available to it, including whether the proposal fulfils the requirements of paragraph 4.')).toEqual([])
    expect(kindsOf('The application shall contain such information as is reasonably available to the applicant on the following:')).toEqual([])
    expect(kindsOf('The Parties shall ensure that the results of such research are made available to all Parties.')).toEqual(['cooperation'])
  })
})
