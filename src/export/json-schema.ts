/**
 * The JSON Schema of every public shape, generated from the zod schemas (the single source
 * of truth), for users of other languages. The same document is shipped in the package as
 * `schema/treaty-clauses.schema.json`.
 */
import * as z from 'zod/mini'
import {
  caveatSchema,
  clauseSchema,
  evidenceSchema,
  partySchema,
  referenceSchema,
  roleRefSchema,
  strengthSchema
} from '../schema/annotation.js'
import { pointSchema, positionSchema } from '../schema/position.js'
import {
  annexSchema,
  conclusionsSchema,
  diagnosticSchema,
  divisionSchema,
  formatSchema,
  headingSchema,
  leafSchema,
  numSchema,
  preambleSchema,
  provisionSchema,
  severitySchema,
  treatySchema
} from '../schema/tree.js'
import {
  caveatKindSchema,
  clauseKindSchema,
  divisionKindSchema,
  modalitySchema,
  roleSchema,
  strengthFeatureSchema,
  triggerSchema
} from '../schema/vocabulary.js'
import { explanationSchema, nearMissSchema } from '../annotate/explain.js'
import { parseOptionsSchema } from '../options.js'
import { clauseFilterSchema } from '../query/filter.js'
import { annotateOptionsSchema, ruleSchema } from '../schema/rule.js'
import { searchOptionsSchema } from '../query/search.js'
import { jsonSchemaUrl, treatyDocumentSchema } from './document.js'

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>

/** Every public shape and the name it has under `$defs`. */
function shapes(): [string, z.ZodMiniType][] {
  return [
    ['TreatyDocument', treatyDocumentSchema],
    ['Treaty', treatySchema],
    ['Preamble', preambleSchema],
    ['Division', divisionSchema],
    ['Provision', provisionSchema],
    ['Conclusions', conclusionsSchema],
    ['Annex', annexSchema],
    ['Leaf', leafSchema],
    ['Num', numSchema],
    ['Heading', headingSchema],
    ['Diagnostic', diagnosticSchema],
    ['Severity', severitySchema],
    ['Format', formatSchema],
    ['Point', pointSchema],
    ['Position', positionSchema],
    ['Clause', clauseSchema],
    ['Caveat', caveatSchema],
    ['Evidence', evidenceSchema],
    ['Party', partySchema],
    ['RoleRef', roleRefSchema],
    ['Strength', strengthSchema],
    ['Reference', referenceSchema],
    ['ClauseKind', clauseKindSchema],
    ['Modality', modalitySchema],
    ['Role', roleSchema],
    ['CaveatKind', caveatKindSchema],
    ['Trigger', triggerSchema],
    ['StrengthFeature', strengthFeatureSchema],
    ['DivisionKind', divisionKindSchema],
    ['ClauseFilter', clauseFilterSchema],
    ['SearchOptions', searchOptionsSchema],
    ['ParseOptions', parseOptionsSchema],
    ['AnnotateOptions', annotateOptionsSchema],
    ['Rule', ruleSchema],
    ['Explanation', explanationSchema],
    ['NearMiss', nearMissSchema]
  ]
}

/** The schema, built once. */
let cached: JsonSchema | undefined

/**
 * The JSON Schema (draft 2020-12) of the library's public shapes. The root validates the
 * document `toJSON` writes; every shape (`Treaty`, `Provision`, `Clause`, `ClauseFilter`, `Rule`,
 * the options, the vocabularies…) is under `$defs`, named as its TypeScript type.
 *
 * @returns A fresh copy of the schema, safe to change.
 */
export function jsonSchema(): JsonSchema {
  cached ??= build()
  return structuredClone(cached)
}

/** Generate the schema from the zod schemas. */
function build(): JsonSchema {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of shapes()) registry.add(schema, { id })
  const generated = z.toJSONSchema(registry, { uri: (id) => `#/$defs/${id}` })
  const defs: Record<string, unknown> = {}
  for (const [id] of shapes()) {
    const { $schema: _dialect, $id: _id, ...schema } = generated.schemas[id] ?? {}
    defs[id] = schema
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: jsonSchemaUrl,
    title: 'treaty-clauses',
    description:
      'A treaty parsed and annotated by treaty-clauses (the document toJSON writes). Every public shape is under $defs.',
    $ref: '#/$defs/TreatyDocument',
    $defs: defs
  }
}
