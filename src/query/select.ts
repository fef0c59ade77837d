/**
 * CSS-like selectors over the treaty tree, by unist-util-select: `article > paragraph`,
 * `division[kind=part] article`, `article:has(point)`, `[eId=art_5]`.
 */
import { select as unistSelect, selectAll as unistSelectAll } from 'unist-util-select'
import { TreatyClausesError } from '../errors.js'
import type { TreatyNode } from '../schema/tree.js'

/**
 * The first node, in document order, that matches a selector.
 *
 * @example
 * select('article[eId=art_5] > content', doc)
 *
 * @param selector A CSS selector over node types and fields (`article > paragraph`).
 * @param tree A treaty tree, or any node of one.
 * @returns The node, or `undefined`.
 * @throws {TreatyClausesError} `invalid-query` when the selector cannot be parsed.
 */
export function select(selector: string, tree: TreatyNode): TreatyNode | undefined {
  return guard(selector, () => unistSelect(selector, tree) as TreatyNode | undefined)
}

/**
 * Every node, in document order, that matches a selector.
 *
 * @example
 * selectAll('article > paragraph', doc).length
 *
 * @param selector A CSS selector over node types and fields (`article > paragraph`).
 * @param tree A treaty tree, or any node of one.
 * @returns The nodes.
 * @throws {TreatyClausesError} `invalid-query` when the selector cannot be parsed.
 */
export function selectAll(selector: string, tree: TreatyNode): TreatyNode[] {
  return guard(selector, () => unistSelectAll(selector, tree) as TreatyNode[])
}

/** Run a selection, turning a selector syntax error into `invalid-query`. */
function guard<T>(selector: string, run: () => T): T {
  if (typeof selector !== 'string' || selector.trim() === '') {
    throw new TreatyClausesError('invalid-query', `Invalid selector: expected a non-empty string, got ${JSON.stringify(selector)}`)
  }
  try {
    return run()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TreatyClausesError('invalid-query', `Invalid selector ${JSON.stringify(selector)}: ${reason}`)
  }
}
