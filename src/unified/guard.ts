/**
 * Check that what a unified pipeline hands a plugin is a treaty tree.
 */
import type { Node } from 'unist'
import { TreatyClausesError } from '../errors.js'
import type { Treaty } from '../schema/tree.js'

/**
 * The tree as a treaty, or an error when another parser produced it.
 *
 * @param tree The tree a plugin got.
 * @param plugin The plugin's name, for the message.
 * @returns The same tree, typed.
 * @throws {TreatyClausesError} `invalid-input` when the root is not a `treaty`.
 */
export function asTreaty(tree: Node, plugin: string): Treaty {
  if (isTreaty(tree)) return tree
  throw new TreatyClausesError(
    'invalid-input',
    `${plugin} expects a treaty tree (use treatyParse first), got a root of type ${JSON.stringify(tree.type)}`
  )
}

/** Whether a unist node is the root of a treaty tree. */
function isTreaty(tree: Node): tree is Treaty {
  return tree.type === 'treaty' && 'children' in tree && 'diagnostics' in tree
}
