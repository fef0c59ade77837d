/**
 * The text of a provision or a clause, rebuilt from the tree's leaves, which hold the input's
 * text exactly.
 */
import type { Clause } from '../schema/annotation.js'
import type { Position } from '../schema/position.js'
import { isLeaf, type Leaf, type TreatyNode } from '../schema/tree.js'
import { walk } from './walk.js'

export { isLeaf }

/**
 * The text of the leaves under `node` that fall inside `span`, in document order, joined with
 * a blank line where leaves are apart in the input (across a sub-provision's number, say).
 *
 * @param node The node whose leaves to read (a provision, a division, the root).
 * @param span The span of the input to keep; the whole node when omitted.
 * @returns The text.
 */
export function textIn(node: TreatyNode, span?: Position): string {
  return textOfLeaves(leavesOf(node), span)
}

/**
 * The text leaves under a node, in document order (which is also the order of their offsets).
 *
 * @param node Any node.
 * @returns The leaves.
 */
export function leavesOf(node: TreatyNode): Leaf[] {
  const leaves: Leaf[] = []
  walk(node, (child) => {
    if (isLeaf(child)) leaves.push(child)
  })
  return leaves
}

/**
 * The text of the leaves that fall inside `span`, joined with a blank line where leaves are
 * apart. The first leaf is found by binary search, so many spans over one list stay cheap.
 *
 * @param leaves Leaves in document order.
 * @param span The span of the input to keep; all of the leaves when omitted.
 * @returns The text.
 */
export function textOfLeaves(leaves: readonly Leaf[], span?: Position): string {
  const start = span?.start.offset ?? Number.NEGATIVE_INFINITY
  const end = span?.end.offset ?? Number.POSITIVE_INFINITY
  let low = 0
  let high = leaves.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const leaf = leaves[middle]
    if (leaf !== undefined && leaf.position.end.offset <= start) low = middle + 1
    else high = middle
  }
  const parts: string[] = []
  for (let index = low; index < leaves.length; index++) {
    const leaf = leaves[index]
    if (leaf === undefined || leaf.position.start.offset >= end) break
    const leafStart = leaf.position.start.offset
    const leafEnd = leaf.position.end.offset
    if (leafEnd <= start) continue
    parts.push(leaf.value.slice(Math.max(start, leafStart) - leafStart, Math.min(end, leafEnd) - leafStart))
  }
  return parts.join('\n\n')
}

/**
 * The text of a clause: the part of its provision's text that its position covers.
 *
 * @param provision The provision that holds the clause.
 * @param clause The clause.
 * @returns The clause's text as written in the input.
 */
export function clauseText(provision: TreatyNode, clause: Pick<Clause, 'position'>): string {
  return textIn(provision, clause.position)
}
