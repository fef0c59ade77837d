/**
 * Look provisions up by eId, and tell provisions from other nodes.
 */
import { isProvision, type Provision, type Treaty, type TreatyNode } from '../schema/tree.js'
import { walk } from './walk.js'

export { isProvision }

/**
 * Find the provision with an eId.
 *
 * @example
 * getProvision(doc, 'art_2__para_1__subpara_c')?.num.raw // '(c)'
 *
 * @param doc A treaty tree.
 * @param eId An Akoma Ntoso eId such as `art_5` or `art_2__para_1__subpara_c`.
 * @returns The provision, or `undefined` when none has that eId.
 */
export function getProvision(doc: Treaty, eId: string): Provision | undefined {
  let found: Provision | undefined
  walk(doc, (node) => {
    if (isProvision(node) && node.eId === eId) {
      found = node
      return false
    }
    // A provision's eId extends its parent's: `art_2__para_1` can only be below `art_2`.
    // (Divisions and annexes do not always prefix the eIds below them, so they are entered.)
    if (isProvision(node) && !eId.startsWith(node.eId + '__')) return 'skip'
    return undefined
  })
  return found
}

/**
 * The eId of the innermost node with an eId among `ancestors` and `node`.
 *
 * @param node A node.
 * @param ancestors Its ancestors, root first.
 * @returns The eId, or `undefined` outside any provision, division or annex.
 */
export function enclosingEId(node: TreatyNode, ancestors: readonly TreatyNode[]): string | undefined {
  if ('eId' in node) return node.eId
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const ancestor = ancestors[index]
    if (ancestor !== undefined && 'eId' in ancestor) return ancestor.eId
  }
  return undefined
}

/**
 * The innermost article among `ancestors` and `node`.
 *
 * @param node A node.
 * @param ancestors Its ancestors, root first.
 * @returns The article, or `undefined` outside articles.
 */
export function enclosingArticle(node: TreatyNode, ancestors: readonly TreatyNode[]): Provision | undefined {
  if (node.type === 'article' && isProvision(node)) return node
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const ancestor = ancestors[index]
    if (ancestor?.type === 'article' && isProvision(ancestor)) return ancestor
  }
  return undefined
}
