/**
 * The parties of a treaty.
 */
import type { Party } from '../schema/annotation.js'
import type { Treaty } from '../schema/tree.js'

/**
 * The states or organisations the title or preamble names as parties, with their aliases.
 *
 * @param doc An annotated treaty tree.
 * @returns The parties; empty when the text names none ("The Parties to this Treaty") or the
 *   tree is not annotated.
 */
export function parties(doc: Treaty): Party[] {
  return [...(doc.parties ?? [])]
}
