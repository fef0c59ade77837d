/**
 * The JSON export: stable and versioned, read back by fromJSON, valid against the JSON
 * Schema generated from the zod schemas, and the shipped schema file up to date.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { TreatyClausesError, builtinRules, fromJSON, jsonSchema, jsonSchemaUrl, toJSON, toJsonDocument } from '../src/index.js'
import { handTree } from './helpers/hand-tree.js'

/** A validator for the generated schema. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  return ajv.compile(jsonSchema())
}

describe('toJSON', () => {
  it('writes a versioned document with a stable key order', () => {
    const json = toJSON(handTree())
    const value = JSON.parse(json) as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['$schema', 'version', 'treaty'])
    expect(value.$schema).toBe(jsonSchemaUrl)
    expect(value.version).toBe(1)
    const treaty = value.treaty as Record<string, unknown>
    expect(Object.keys(treaty)).toEqual(['type', 'diagnostics', 'format', 'parties', 'position', 'children'])
    const article = (treaty.children as Record<string, unknown>[])[2] ?? {}
    expect(Object.keys(article)).toEqual(['type', 'clauses', 'eId', 'num', 'position', 'references', 'children'])
  })

  it('gives the same text for the same tree, whatever order its keys were set in', () => {
    const tree = handTree()
    const reversed = reverseKeys(tree)
    expect(toJSON(reversed as typeof tree)).toBe(toJSON(tree))
    expect(toJSON(tree, { space: 0 }).split('\n')).toHaveLength(2)
  })

  it('round-trips through fromJSON, as text or as a value', () => {
    const tree = handTree()
    expect(fromJSON(toJSON(tree))).toEqual(tree)
    expect(fromJSON(toJsonDocument(tree))).toEqual(tree)
  })

  it('rejects what is not a treaty document', () => {
    expect(() => fromJSON('{')).toThrow(TreatyClausesError)
    expect(() => fromJSON('{"version":2,"treaty":{}}')).toThrow(/Not a treaty-clauses document: version/)
    expect(() => fromJSON({ version: 1, treaty: { type: 'treaty' } })).toThrow(/treaty\./)
  })
})

describe('jsonSchema', () => {
  it('validates the JSON export and rejects a broken one', () => {
    const validate = validator()
    const document = JSON.parse(toJSON(handTree())) as { treaty: { children: { clauses?: { kind: string }[] }[] } }
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    const clause = document.treaty.children[2]?.clauses?.[0]
    if (clause !== undefined) clause.kind = 'alliance'
    expect(validate(document)).toBe(false)
  })

  it('names every public shape under $defs', () => {
    const defs = Object.keys(jsonSchema().$defs as object)
    for (const name of ['TreatyDocument', 'Treaty', 'Provision', 'Division', 'Clause', 'Caveat', 'Reference', 'Party', 'Diagnostic', 'ClauseFilter', 'ClauseKind', 'CaveatKind']) {
      expect(defs).toContain(name)
    }
    const clauseKinds = (jsonSchema().$defs as Record<string, { enum?: string[] }>).ClauseKind?.enum
    expect(clauseKinds).toContain('mutual-defence')
  })

  it('is shipped up to date as schema/treaty-clauses.schema.json (npm run schema)', () => {
    const shipped = readFileSync(new URL('../schema/treaty-clauses.schema.json', import.meta.url), 'utf8')
    expect(shipped, 'schema/treaty-clauses.schema.json is out of date: run npm run schema').toBe(JSON.stringify(jsonSchema(), null, 2) + '\n')
  })
})

/** A deep copy with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]))
}

describe('jsonSchema of user input', () => {
  it('accepts the built-in rules and a clause filter, and rejects a bad one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    ajv.addSchema(jsonSchema())
    const rule = ajv.getSchema(`${jsonSchemaUrl}#/$defs/Rule`)
    const filter = ajv.getSchema(`${jsonSchemaUrl}#/$defs/ClauseFilter`)
    if (rule === undefined || filter === undefined) throw new Error('missing $defs')
    for (const builtin of builtinRules) expect(rule(builtin), JSON.stringify(rule.errors)).toBe(true)
    expect(filter({ kind: ['mutual-defence'], caveat: 'domestic-law', minStrength: 2 })).toBe(true)
    expect(filter({ kind: 'alliance' })).toBe(false)
    expect(filter({ colour: 'red' })).toBe(false)
  })
})
