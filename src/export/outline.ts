/**
 * A plain-text outline of a treaty tree: one node a line, indented by depth.
 *
 * Pure and free of Node APIs, so the browser build and the CLI share it.
 */
import { walk } from '../query/walk.js'
import type { Leaf, Treaty, TreatyNode } from '../schema/tree.js'

/** How many characters of a leaf's text the outline shows. */
const previewLength = 60

/** Two spaces per level of depth. */
const indentUnit = '  '

/** Runs of whitespace, collapsed to one space in previews (a single quantifier: linear). */
const whitespaceRun = /\s+/g

/**
 * Render a treaty tree as an indented outline, one node a line.
 *
 * Each line holds the node's type, then what identifies it where it has it: a division's
 * kind, the cleaned num value, the heading in double quotes and the eId in square brackets.
 * Leaves (title, recital, formula, content, intro, wrapUp) show the start of their text
 * instead, whitespace collapsed. The root line also names the input format.
 *
 * @example
 * ```txt
 * treaty (text)
 *   title: NORTH ATLANTIC TREATY
 *   article 5 [art_5]
 *     content: The Parties agree that an armed attack against one or more of them…
 * ```
 *
 * @param tree A tree from `parseTreaty` (annotated or not).
 * @returns The outline, each line ending in `\n`.
 */
export function toOutline(tree: Treaty): string {
  let outline = ''
  walk(tree, (node, ancestors) => {
    outline += indentUnit.repeat(ancestors.length) + describe(node) + '\n'
    return undefined
  })
  return outline
}

/** The text of one outline line, without indentation. */
function describe(node: TreatyNode): string {
  if ('value' in node) {
    const text = preview(node)
    return text === '' ? node.type : `${node.type}: ${text}`
  }
  const parts: string[] = [node.type]
  if (node.type === 'treaty') {
    parts.push(`(${node.format})`)
    return parts.join(' ')
  }
  if (node.type === 'division') parts.push(node.kind)
  if ('num' in node && node.num !== undefined) parts.push(node.num.value)
  if ('heading' in node && node.heading !== undefined) parts.push(JSON.stringify(node.heading.text))
  if ('eId' in node) parts.push(`[${node.eId}]`)
  return parts.join(' ')
}

/** The start of a leaf's text on one line, cut with an ellipsis when longer. */
function preview(leaf: Leaf): string {
  // Only the head is shown, so only the head is cleaned: a 10 MB leaf costs no more than a short one.
  const head = leaf.value.slice(0, previewLength * 4).replace(whitespaceRun, ' ').trim()
  return head.length > previewLength ? head.slice(0, previewLength - 1) + '…' : head
}
