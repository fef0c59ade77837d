/**
 * treaty-clauses: treaty text in, a typed and annotated tree of its provisions out.
 *
 * The pipeline, top to bottom: `read/` (text or Markdown to positioned lines and blocks),
 * `structure/` (blocks to the treaty tree), `annotate/` (clauses, parties, caveats,
 * references), then `query/` and `export/` over the result.
 */
export { parseTreaty } from './structure/parse.js'
export { TreatyClausesError } from './errors.js'
export type { TreatyClausesErrorCode } from './errors.js'
export type { ParseOptions } from './options.js'
export * from './schema/index.js'
