/**
 * `explain`: the rules that almost fired on a provision, and what stopped them.
 */
import { describe, expect, it } from 'vitest'
import { explain, explanationSchema } from '../src/annotate/explain.js'
import { TreatyClausesError } from '../src/errors.js'
import { parseTreaty } from '../src/structure/parse.js'
import { NATO, NPT, fixtureText } from './annotate-helpers.js'

const one = (text: string) => parseTreaty(`Article 1\n\n${text}\n`, { format: 'text' })

describe('explain', () => {
  it('a negated commitment: the mutual-defence cue matched but negation blocked it', () => {
    const e = explain(one('If one of the Parties is attacked, the other Party will not provide military assistance.'), 'art_1')
    expect(e.clauses).toEqual([])
    const miss = e.nearMisses.find((m) => m.ruleId === 'kind.mutual-defence.provide-assistance')
    expect(miss).toMatchObject({ reason: 'blocked', conclusion: 'mutual-defence' })
    expect(miss?.detail).toMatch(/will not provide/u)
    expect(explanationSchema.safeParse(e).success).toBe(true)
  })

  it('a cue without what the rule requires: assistance with no attack in the sentence', () => {
    const e = explain(one('The other Party shall provide military and other assistance to the armed forces of the first.'), 'art_1')
    expect(e.nearMisses).toContainEqual(expect.objectContaining({ ruleId: 'kind.mutual-defence.provide-assistance', reason: 'missing-requirement' }))
  })

  it('part of a cue: "consult" with no security context', () => {
    const e = explain(one('The Parties shall consult on the date of the next meeting.'), 'art_1')
    expect(e.nearMisses).toContainEqual(expect.objectContaining({ ruleId: 'kind.consultation.consult', reason: 'missing-requirement' }))
  })

  it('a caveat cue found outside any clause', () => {
    const e = explain(one('This is subject to the laws of the Parties.'), 'art_1')
    expect(e.nearMisses).toContainEqual(expect.objectContaining({ family: 'caveat', conclusion: 'domestic-law', reason: 'outside-clause' }))
  })

  it('suppressed by another rule: review over consultation (NATO Art. 12)', () => {
    const e = explain(parseTreaty(fixtureText(NATO), { format: 'text' }), 'art_12')
    expect(e.clauses.map((c) => c.kind)).toEqual(['review'])
    expect(e.nearMisses).toContainEqual(expect.objectContaining({ conclusion: 'consultation', reason: 'suppressed' }))
  })

  it('partial cues are listed with what was missing (NPT Art. I holds no clause)', () => {
    const e = explain(parseTreaty(fixtureText(NPT), { format: 'text' }), 'art_I')
    expect(e.clauses).toEqual([])
    expect(e.sentences.length).toBeGreaterThan(0)
    for (const m of e.nearMisses) expect(m.detail.length).toBeGreaterThan(0)
  })

  it('an unknown eId is invalid-query', () => {
    expect(() => explain(one('Text.'), 'art_99')).toThrow(TreatyClausesError)
  })
})
