/**
 * The Akoma Ntoso export of a hand-made annotated tree: valid against the OASIS schema, with
 * the eIds, nums, intro/content/wrapUp, <p>, internal refs and the annotations in place.
 * (Every real fixture is exported and validated in akoma-ntoso-fixtures.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { toAkomaNtoso } from '../src/index.js'
import type { Treaty } from '../src/index.js'
import { blocks } from '../src/export/akn/inline.js'
import { findDate } from '../src/export/akn/date.js'
import { handTree, natoText, spanOf } from './helpers/hand-tree.js'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

describe('toAkomaNtoso', () => {
  const xml = toAkomaNtoso(handTree())

  it.skipIf(!hasXmllint)('validates against the OASIS Akoma Ntoso 3.0 schema', () => {
    const result = validateAkn(xml)
    expect(result.output).toContain('validates')
    expect(result.status).toBe(0)
  })

  it.skipIf(!hasXmllint)('fails validation when the structure is broken (the check can fail)', () => {
    const broken = xml.replace('<body>', '<body><p>loose text</p>')
    expect(validateAkn(broken).status).not.toBe(0)
  })

  it('keeps eIds, nums, intro, content and internal references', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty">')).toBe(true)
    expect(xml).toContain('<article eId="art_5" refersTo="#mutual-defence #security-council-reporting"><num>Article 5</num><content><p>The Parties agree')
    expect(xml).toContain('<intro><p>For the purpose of <ref href="#art_5">Article 5</ref>, an armed attack')
    expect(xml).toContain('<point eId="art_6__point_ii"><num>(ii)</num><content><p>on the forces')
    expect(xml).toContain('<preface><longTitle><p>NORTH ATLANTIC TREATY</p></longTitle></preface>')
    expect(xml).toContain('<preamble><recitals><recital><p>The Parties to this Treaty reaffirm')
    expect(xml).toContain('<TLCConcept eId="mutual-defence"')
  })

  it('puts the annotations in a namespaced proprietary block', () => {
    expect(xml).toContain('<proprietary source="#treatyClauses"><tc:annotations xmlns:tc="urn:x-treaty-clauses:akn-annotations:1" version="1">')
    expect(xml).toMatch(/<tc:clause provision="#art_5" kind="mutual-defence" modality="obligation" trigger="armed-attack" confidence="0.9" rules="mutual-defence-assist" start="\d+" end="\d+"><tc:obligor role="each-party"/)
    expect(xml).toContain('<tc:caveat kind="discretion" ruleId="caveat-discretion"')
    expect(xml).toContain('<tc:strength level="3" features="immediate armedForce discretionary"/>')
    expect(xml).toContain('<tc:reference provision="#art_6" kind="internal" targets="#art_5"')
    expect(xml).toContain('<tc:diagnostic ruleId="numbering-gap" severity="warning"')
  })

  it('escapes text and links several targets of one reference', () => {
    const tree: Treaty = handTree()
    const article6 = tree.children[3]
    if (article6?.type !== 'article') throw new Error('expected article 6')
    const intro = article6.children[0]
    if (intro === undefined || !('value' in intro)) throw new Error('expected an intro')
    // Same length, so every offset stays right.
    intro.value = intro.value.replace('For the', '<&> the')
    article6.references = [{ kind: 'internal', text: 'Article 5', position: spanOf('Article 5', natoText.indexOf('Article 6')), targets: ['art_5', 'art_6'] }]
    const out = toAkomaNtoso(tree, { date: '1949-04-04', name: 'nato' })
    expect(out).toContain('<intro><p>&#x3C;&#x26;> the purpose of <mref>')
    expect(out).toContain('<mref>Article <ref href="#art_5">5</ref></mref>')
    expect(out).toContain('<FRBRthis value="/akn/un/act/treaty/1949-04-04/nato/!main"/>')
    if (hasXmllint) expect(validateAkn(out).status).toBe(0)
  })
})

describe('helpers', () => {
  it('splits a leaf into blocks at blank lines', () => {
    const text = '  first line\nstill first\n\n \t\nsecond\n'
    expect(blocks(text).map(([from, to]) => text.slice(from, to))).toEqual(['first line\nstill first', 'second'])
    expect(blocks('')).toEqual([])
  })

  it('reads the date a treaty was done', () => {
    expect(findDate('DONE at Washington, the fourth day of April, 1949.')).toBe('1949-04-04')
    expect(findDate('Signed at Pyongyang on 19 June 2024, in two copies')).toBe('2024-06-19')
    expect(findDate('Done at London on July 1, 1968')).toBe('1968-07-01')
    expect(findDate('DONE at New York, this second day of April, two thousand and thirteen.')).toBe('2013-04-02')
    expect(findDate('Done at Vienna, this twenty-third day of May, one thousand nine hundred and sixty-nine.')).toBe('1969-05-23')
    expect(findDate('Done in the year of grace')).toBeUndefined()
    expect(findDate('on the first day of May, in two copies')).toBeUndefined()
  })
})
