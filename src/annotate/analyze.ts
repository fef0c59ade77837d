/**
 * `analyzeTreaty`: parse and annotate in one call.
 */
import type { VFile } from 'vfile'
import type { ParseOptions } from '../options.js'
import type { AnnotateOptions } from '../schema/rule.js'
import type { Treaty } from '../schema/tree.js'
import { parseTreaty } from '../structure/parse.js'
import { annotateInPlace } from './annotate.js'

/** Options of `analyzeTreaty`: those of `parseTreaty` and of `annotate`. */
export type AnalyzeOptions = ParseOptions & AnnotateOptions

/**
 * Parse a treaty (plain text or Markdown) and annotate it: the tree with clauses and
 * references on every provision and the parties on the root.
 *
 * @param input The treaty text, or a VFile holding it.
 * @param options `format` (as for `parseTreaty`) and `rules`, `disable`, `builtins` (as for `annotate`).
 * @returns The annotated treaty.
 * @throws {TreatyClausesError} For invalid input, options or rules.
 */
export function analyzeTreaty(input: string | VFile, options?: AnalyzeOptions): Treaty {
  const { format, ...annotateOptions } = options ?? {}
  const tree = parseTreaty(input, format === undefined ? {} : { format })
  // The tree is our own fresh parse: annotate it in place instead of copying it first.
  return annotateInPlace(tree, annotateOptions)
}
