/**
 * A depth-first, document-order walk over a treaty tree that knows each node's ancestors.
 *
 * An explicit stack instead of recursion: a hostile input may nest deeper than the call stack.
 */
import type { TreatyNode } from '../schema/tree.js'

/** What the visitor returns: `false` stops the walk, `'skip'` skips the node's children. */
export type WalkAction = boolean | 'skip' | undefined

/**
 * A function called for every node.
 *
 * @param node The node.
 * @param ancestors The node's ancestors, root first. The array is reused while walking:
 *   copy it to keep it beyond the call.
 * @returns `false` to stop, `'skip'` to skip the node's children, anything else to go on.
 */
export type Visitor = (node: TreatyNode, ancestors: readonly TreatyNode[]) => WalkAction

/** One open node of the walk and the index of its next child. */
interface Frame {
  node: TreatyNode
  next: number
}

/**
 * Visit `tree` and every node below it, in document order (preorder).
 *
 * @param tree The root to start at (any node of a treaty tree).
 * @param visit Called for each node with its ancestors.
 */
export function walk(tree: TreatyNode, visit: Visitor): void {
  const ancestors: TreatyNode[] = []
  const frames: Frame[] = []
  const first = visit(tree, ancestors)
  if (first === false) return
  if (first !== 'skip' && 'children' in tree) {
    frames.push({ node: tree, next: 0 })
    ancestors.push(tree)
  }
  let frame = frames.at(-1)
  while (frame !== undefined) {
    const children: readonly TreatyNode[] = 'children' in frame.node ? frame.node.children : []
    const child = children[frame.next]
    if (child === undefined) {
      frames.pop()
      ancestors.pop()
    } else {
      frame.next++
      const action = visit(child, ancestors)
      if (action === false) return
      if (action !== 'skip' && 'children' in child && child.children.length > 0) {
        frames.push({ node: child, next: 0 })
        ancestors.push(child)
      }
    }
    frame = frames.at(-1)
  }
}
