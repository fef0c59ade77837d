/**
 * The clause filter of `findClauses`, as a zod schema: queries from outside TypeScript (the
 * CLI, JSON) are checked against it, and a bad one is rejected with a message that names
 * the field and the values it allows.
 */
import * as z from 'zod/mini'
import { TreatyClausesError } from '../errors.js'
import {
  caveatKindSchema,
  clauseKindSchema,
  modalitySchema,
  roleSchema,
  triggerSchema
} from '../schema/vocabulary.js'
import { safeParse } from '../zod.js'

/** A value of the vocabulary, or a non-empty list of them. */
function oneOrMany<T extends z.core.$ZodEnum>(schema: T) {
  return z.optional(z.union([schema, z.array(schema).check(z.minLength(1))]))
}

/**
 * Which clauses `findClauses` returns. Every field is optional; a clause must pass all that
 * are given. A list means "any of" for `kind`, `modality`, `obligor`, `beneficiary` and
 * `trigger`, and "all of" for `caveat`.
 */
export const clauseFilterSchema = z.strictObject({
  /** The clause kind (TAXONOMY §2), or any of several. */
  kind: oneOrMany(clauseKindSchema),
  /** The modality, or any of several. */
  modality: oneOrMany(modalitySchema),
  /** Caveat kinds the clause must all carry. */
  caveat: oneOrMany(caveatKindSchema),
  /** The obligor's role, or any of several. */
  obligor: oneOrMany(roleSchema),
  /** The beneficiary's role, or any of several. */
  beneficiary: oneOrMany(roleSchema),
  /** The trigger of a security clause, or any of several. */
  trigger: oneOrMany(triggerSchema),
  /** A party's name or alias: the clause's obligor or beneficiary resolves to that party. */
  party: z.optional(z.string().check(z.minLength(1))),
  /** The article's number, arabic or roman ("4" finds "IV"), or the article's eId. */
  article: z.optional(z.string().check(z.minLength(1))),
  /** The eId of a provision: only clauses on it or below it. */
  within: z.optional(z.string().check(z.minLength(1))),
  /** Text the clause contains, ignoring case. */
  text: z.optional(z.string().check(z.minLength(1))),
  /** The least strength level (0 to 5); clauses without a strength do not pass. */
  minStrength: z.optional(z.int().check(z.minimum(0), z.maximum(5)))
})

/** Which clauses `findClauses` returns (what callers write). */
export type ClauseFilter = z.input<typeof clauseFilterSchema>

/** The values each enumerated field allows, for error messages. */
const allowed: Readonly<Record<string, readonly string[]>> = {
  kind: clauseKindSchema.options,
  modality: modalitySchema.options,
  caveat: caveatKindSchema.options,
  obligor: roleSchema.options,
  beneficiary: roleSchema.options,
  trigger: triggerSchema.options
}

/**
 * Check a clause filter that may come from outside TypeScript.
 *
 * @param value The filter, as parsed from JSON or the command line.
 * @returns The filter, typed.
 * @throws {TreatyClausesError} `invalid-query`, naming the bad field and the values it allows.
 */
export function parseClauseFilter(value: unknown): ClauseFilter {
  return parseQuery(clauseFilterSchema, value ?? {}, 'clause filter', allowed)
}

/**
 * Check a query object against its schema, or throw `invalid-query` with a message that
 * names each bad field, what it got and what it allows.
 *
 * @param schema The zod schema of the query.
 * @param value The query as given.
 * @param what What the query is, for the message ("clause filter").
 * @param enumerations The allowed values of enumerated fields, by field name.
 * @returns The parsed query.
 * @throws {TreatyClausesError} `invalid-query`.
 */
export function parseQuery<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
  what: string,
  enumerations: Readonly<Record<string, readonly string[]>> = {}
): z.output<T> {
  const result = safeParse(schema, value)
  if (result.success) return result.data
  const messages = new Map<string, string>()
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : ''
    if (messages.has(field)) continue
    messages.set(field, describeIssue(issue, field, value, enumerations, schema))
  }
  throw new TreatyClausesError('invalid-query', `Invalid ${what}: ${[...messages.values()].join('; ')}`)
}

/** One sentence about what is wrong with one field. */
function describeIssue(
  issue: z.core.$ZodIssue,
  field: string,
  value: unknown,
  enumerations: Readonly<Record<string, readonly string[]>>,
  schema: z.ZodMiniType
): string {
  if (issue.code === 'unrecognized_keys') {
    const known = schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : []
    return `unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; allowed fields: ${known.join(', ')}`
  }
  if (field === '') return `expected an object, got ${describeValue(value)}`
  const got = describeValue(isRecord(value) ? value[field] : undefined)
  const values = enumerations[field]
  if (values !== undefined) {
    return `field "${field}" must be one of ${values.join(', ')} (or a non-empty list of them), got ${got}`
  }
  return `field "${field}": ${issue.message}, got ${got}`
}

/** A short, quoted rendering of a bad value. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value)
  return text.length > 80 ? text.slice(0, 79) + '…' : text
}

/** A plain object. */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
