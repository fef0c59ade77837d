/**
 * The versioned JSON document that `toJSON` writes and `fromJSON` reads.
 */
import * as z from 'zod/mini'
import { treatySchema } from '../schema/tree.js'

/** Where the JSON Schema of the document is published (the file is shipped in the package). */
export const jsonSchemaUrl = 'https://unpkg.com/treaty-clauses/schema/treaty-clauses.schema.json'

/**
 * The version of the JSON document's shape. It changes only when a field is removed or
 * changes meaning; new optional fields and new vocabulary values keep it.
 */
export const documentVersion = 1

/** A treaty tree as a JSON document: `{ $schema, version, treaty }`. */
export const treatyDocumentSchema = z.object({
  /** The URL of this document's JSON Schema. */
  $schema: z.optional(z.string()),
  /** The version of the document's shape. */
  version: z.literal(documentVersion),
  /** The (annotated) treaty tree. */
  treaty: treatySchema
})
/** A treaty tree as a JSON document. */
export type TreatyDocument = z.infer<typeof treatyDocumentSchema>
