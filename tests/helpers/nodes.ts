/**
 * Lookups over a parsed tree for the structure tests: every node in document order, and a
 * provision by its eId.
 */
import type { Provision, Treaty, TreatyNode } from '../../src/index.js'

/** Every node of a tree, in document order. */
export function nodes(tree: Treaty): TreatyNode[] {
  const out: TreatyNode[] = []
  const walk = (node: TreatyNode): void => {
    out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

/** The provision with an eId (throws when there is none, so a test fails where it looks). */
export function byEId(tree: Treaty, eId: string): Provision {
  const found = nodes(tree).find((node) => 'eId' in node && node.eId === eId)
  if (!found) throw new Error(`no node ${eId}`)
  return found as Provision
}
