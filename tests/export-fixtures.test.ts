/**
 * The exports of every real treaty of the corpus: Akoma Ntoso XML valid against the OASIS
 * schema (xmllint) with every provision's eId and every internal link resolving, and JSON
 * valid against the generated JSON Schema that reads back to the same tree.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { fromJSON, isProvision, jsonSchema, toAkomaNtoso, toJSON, walk } from '../src/index.js'
import { corpusFiles, loadTreaty } from './helpers/corpus.js'
import { hasXmllint, validateAkn } from './helpers/xmllint.js'

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema())

describe.each(corpusFiles)('%s', (file) => {
  const { tree } = loadTreaty(file)

  it.skipIf(!hasXmllint)('exports Akoma Ntoso that validates against the OASIS schema', () => {
    const result = validateAkn(toAkomaNtoso(tree))
    expect(result.output).toContain('validates')
    expect(result.status).toBe(0)
  })

  it('keeps every provision eId, and every <ref> points at one', () => {
    const xml = toAkomaNtoso(tree)
    const eIds = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((match) => match[1]))
    walk(tree, (node) => {
      if (isProvision(node)) expect(eIds.has(node.eId), node.eId).toBe(true)
    })
    for (const match of xml.matchAll(/<ref href="#([^"]+)"/g)) expect(eIds.has(match[1]), match[1]).toBe(true)
  })

  it('exports JSON that the JSON Schema accepts and fromJSON reads back', () => {
    const json = toJSON(tree)
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    expect(fromJSON(json)).toEqual(JSON.parse(JSON.stringify(tree)))
  })
})

describe('North Atlantic Treaty in Akoma Ntoso', () => {
  it('links "Article 5" in Article 6 and marks Article 5 as mutual defence', () => {
    const xml = toAkomaNtoso(loadTreaty('north-atlantic-treaty-1949.txt').tree)
    expect(xml).toContain('For the purpose of <ref href="#art_5">Article 5</ref>')
    expect(xml).toMatch(/<article eId="art_5" refersTo="[^"]*#mutual-defence/)
    expect(xml).toContain('<FRBRdate date="1949-04-04" name="signature"/>')
    expect(xml).toMatch(/<conclusions><p>[^<]*<date date="1949-04-04">fourth day of April, 1949<\/date>/)
  })

  it('marks the named parties of the Treaty of Peace with Japan', () => {
    const { tree, text } = loadTreaty('treaty-of-peace-with-japan-1951.txt')
    const xml = toAkomaNtoso(tree)
    const japan = (tree.parties ?? []).findIndex((party) => party.name === 'Japan')
    expect(japan).not.toBe(-1)
    const position = tree.parties?.[japan]?.position
    if (position === undefined) throw new Error('Japan has no position')
    const id = `party_${japan + 1}`
    expect(xml).toContain(`<TLCOrganization eId="${id}" href="/ontology/organization/japan" showAs="Japan"/>`)
    expect(xml).toContain(`<party eId="${id}__name" refersTo="#${id}">${text.slice(position.start.offset, position.end.offset)}</party>`)
  })
})
