/**
 * The copy `annotate` writes into: new objects for the root and every node with children (the
 * ones annotation changes), shared objects for the rest. Leaves, labels, headings and
 * positions are never written to, so sharing them keeps the input as it was at a fraction of a
 * deep copy's cost.
 */
import type { Treaty } from '../schema/tree.js'

/**
 * Copy the nodes of a tree that annotation writes to.
 *
 * @param tree The tree.
 * @returns A tree that can be annotated without changing `tree`.
 */
export function copyForAnnotation(tree: Treaty): Treaty {
  return copyNode(tree)
}

function copyNode<T extends object>(node: T): T {
  if (!('children' in node) || !Array.isArray(node.children)) return node
  const children: unknown[] = node.children
  return { ...node, children: children.map((child) => (typeof child === 'object' && child !== null ? copyNode(child) : child)) }
}
