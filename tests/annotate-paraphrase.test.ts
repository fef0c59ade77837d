/**
 * Paraphrase robustness: the same clause in different English renderings gets the same
 * answer. Article 4 of the 2024 Russia–DPRK treaty in three renderings, and other security
 * clauses reworded (word order, party designations, British and American spelling).
 */
import { describe, expect, it } from 'vitest'
import { DPRK, article, caveatKinds, clausesOf, fixture, kinds, snippet } from './annotate-helpers.js'

const RENDERINGS = {
  kcna: fixture(DPRK),
  official:
    'In case any one of the Parties is put in a state of war by an armed invasion from an individual state or several states, the other Party shall immediately provide military and other assistance with all means at its disposal in accordance with Article 51 of the UN Charter and the laws of the DPRK and the Russian Federation.',
  press:
    'If one of the parties is attacked, the other party will immediately provide military and other assistance with all means at its disposal, consistent with the laws of Russia and North Korea.'
}

describe('Russia–DPRK 2024, Article 4', () => {
  it('1. the KCNA rendering (fixtures/gold): mutual-defence, obligation, other party, state of war, strength 5', () => {
    const found = clausesOf(article(RENDERINGS.kcna, '4'))
    expect(kinds(found)).toEqual(['mutual-defence'])
    const c = found[0]
    expect(c?.modality).toBe('obligation')
    expect(c?.obligor?.role).toBe('other-party')
    expect(c?.trigger).toBe('state-of-war')
    expect(caveatKinds(c)).toEqual(['domestic-law', 'un-charter'])
    expect(c?.strength?.level).toBe(5)
    expect(c?.strength?.features).toEqual(expect.arrayContaining(['immediate', 'allMeans']))
    expect(c?.evidence.some((e) => e.text.includes('provide military and other assistance'))).toBe(true)
  })

  it('2. the official-style rendering ("the other Party shall immediately provide …") gives the same answer', () => {
    const found = snippet(RENDERINGS.official)
    expect(kinds(found)).toEqual(['mutual-defence'])
    const c = found[0]
    expect(c?.modality).toBe('obligation')
    expect(c?.obligor?.role).toBe('other-party')
    expect(c?.trigger).toBe('state-of-war')
    expect(caveatKinds(c)).toEqual(['domestic-law', 'un-charter'])
    expect(c?.strength?.level).toBe(5)
  })

  it('3. the press-report rendering gives the same answer, with domestic-law only', () => {
    const found = snippet(RENDERINGS.press)
    expect(kinds(found)).toEqual(['mutual-defence'])
    const c = found[0]
    expect(c?.modality).toBe('obligation')
    expect(c?.obligor?.role).toBe('other-party')
    // The press report says only "is attacked": no "state of war" is mentioned, so the trigger
    // the text supports is an armed attack. The treaty's own text says state of war; the
    // annotator reports what the words in front of it say.
    expect(c?.trigger).toBe('armed-attack')
    // It names no Charter article, so the only caveat is the domestic laws.
    expect(caveatKinds(c)).toEqual(['domestic-law'])
    expect(c?.strength?.level).toBe(5)
  })
})

describe('other security clauses, reworded', () => {
  it('mutual defence with "High Contracting Parties", "regarded as" and "come to the aid"', () => {
    const [c] = snippet(
      'The High Contracting Parties agree that an armed attack against any one of them shall be regarded as an attack against all of them, and each High Contracting Party shall come to the aid of the Contracting Party so attacked.'
    )
    expect(c?.kind).toBe('mutual-defence')
    expect(c?.modality).toBe('obligation')
    expect(c?.obligor?.role).toBe('each-party')
  })

  it('immediate assistance by all the means it may consider necessary → strength 4', () => {
    const [c] = snippet(
      'Should either Contracting Party become the object of aggression, the other Contracting Party shall forthwith render it all necessary assistance, including military assistance, by all the means it may consider necessary.'
    )
    expect(c?.kind).toBe('mutual-defence')
    expect(c?.trigger).toBe('aggression')
    expect(c?.strength?.level).toBe(4)
  })

  it('British and American spelling give the same answer', () => {
    const british = snippet('The Parties shall, in the exercise of the right of collective self-defence recognised by Article 51 of the Charter of the United Nations, assist the Party so attacked by such action as they deem necessary.')
    const american = snippet('The Parties shall, in the exercise of the right of collective self-defense recognized by Article 51 of the Charter of the United Nations, assist the Party so attacked by such action as they deem necessary.')
    expect(kinds(british)).toEqual(['mutual-defence'])
    expect(american.map((c) => [c.kind, c.modality, caveatKinds(c), c.strength?.level])).toEqual(
      british.map((c) => [c.kind, c.modality, caveatKinds(c), c.strength?.level])
    )
  })

  it('consultation with "Members" and "confer"', () => {
    for (const text of [
      'The Members will consult one another whenever the security of any Member is threatened.',
      'The States Parties shall confer together without delay whenever, in the opinion of any of them, a threat to peace arises.'
    ]) {
      const [c] = snippet(text)
      expect(c?.kind).toBe('consultation')
      expect(c?.strength?.level).toBe(1)
      expect(c?.obligor?.role).toBe('all-parties')
    }
  })

  it('non-aggression with "sides" and word order', () => {
    for (const text of [
      'The two sides shall refrain from any act of aggression against each other.',
      'Both sides undertake not to attack each other.'
    ]) {
      expect(kinds(snippet(text))).toEqual(['non-aggression'])
    }
  })

  it('a negated commitment is not mutual defence', () => {
    expect(kinds(snippet('If one of the Parties is attacked, the other Party will not provide military assistance.'))).toEqual([])
  })

  it('assistance without an attack is cooperation, not mutual defence (OST Art. V style)', () => {
    expect(kinds(snippet('States Parties shall render to astronauts all possible assistance in the event of accident or distress.'))).toEqual(['cooperation'])
  })
})
