/**
 * The treaty tree as stable, versioned JSON, and back.
 */
import { TreatyClausesError } from '../errors.js'
import type { Treaty } from '../schema/tree.js'
import { documentVersion, jsonSchemaUrl, treatyDocumentSchema } from './document.js'
import { stableJson } from './stable.js'
import type { JsonValue } from './stable.js'
import { safeParse } from '../zod.js'

/** Options of `toJSON`. */
export interface ToJsonOptions {
  /** Indentation, as for `JSON.stringify`. Default: 2; 0 writes one line. */
  space?: number | undefined
}

/**
 * The JSON document of a treaty tree, as a value: `{ $schema, version, treaty }` with every
 * object's keys in a stable order (`type` first, `children` last, the rest sorted).
 *
 * @param doc A treaty tree, annotated or not.
 * @returns A plain JSON value.
 */
export function toJsonDocument(doc: Treaty): JsonValue {
  return stableJson({ $schema: jsonSchemaUrl, version: documentVersion, treaty: doc })
}

/**
 * Serialise a treaty tree as its JSON document: the same tree always gives the same text.
 * The document validates against `jsonSchema()`; `fromJSON` reads it back.
 *
 * @example
 * const json = toJSON(doc) // '{\n  "$schema": "https://unpkg.com/treaty-clauses/…",\n  "version": 1,\n  "treaty": {…}\n}\n'
 *
 * @param doc A treaty tree, annotated or not.
 * @param options Indentation.
 * @returns The JSON text, ending in a newline.
 */
export function toJSON(doc: Treaty, options: ToJsonOptions = {}): string {
  return JSON.stringify(toJsonDocument(doc), null, options.space ?? 2) + '\n'
}

/**
 * Read a JSON document written by `toJSON` (as text or already parsed) and check it.
 *
 * @param input The JSON text, or its parsed value.
 * @returns The treaty tree.
 * @throws {TreatyClausesError} `invalid-input` when the text is not JSON or not a treaty document.
 */
export function fromJSON(input: unknown): Treaty {
  let value = input
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input)
    } catch (error) {
      throw new TreatyClausesError('invalid-input', `Not JSON: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const result = safeParse(treatyDocumentSchema, value)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue === undefined || issue.path.length === 0 ? '(document)' : issue.path.join('.')
    throw new TreatyClausesError('invalid-input', `Not a treaty-clauses document: ${where}: ${issue?.message ?? 'invalid'}`)
  }
  return result.data.treaty
}
