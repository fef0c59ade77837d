/**
 * The treaty tree's nodes as Akoma Ntoso elements: provisions and divisions keep their
 * element name and eId, with `<num>`, `<heading>`, and either `<content>` or
 * `<intro>`, sub-provisions and `<wrapUp>`; text leaves become `<p>` with `<ref>` links.
 */
import { x } from 'xastscript'
import type { Element } from 'xast'
import type { Annex, Division, Leaf, Provision } from '../../schema/tree.js'
import { paragraphsOf } from './inline.js'
import type { MarkIndex } from './inline.js'

/** What the converters need besides the node. */
export interface BodyContext {
  /** The document's inline marks (references, parties, dates). */
  marks: MarkIndex
  /** The clause kinds of a provision, for `refersTo`. */
  readonly kindsOf: (provision: Provision) => string[]
  /** Give an eId that is unique in the document (the same one, unless it was used). */
  readonly uniqueEId: (eId: string) => string
  /** A fresh eId for a generated container (`hcontainer_1`…). */
  readonly freshEId: () => string
}

/** A node that may sit in a hierarchy. */
type HierNode = Division | Provision | Leaf

/**
 * The element of a division or provision.
 *
 * @param node A division or provision.
 * @param context Shared state of the export.
 */
export function hierElement(node: Division | Provision, context: BodyContext): Element {
  const name = node.type === 'division' ? node.kind : node.type
  const kinds = node.type === 'division' ? [] : context.kindsOf(node)
  const head: Element[] = []
  if (node.num !== undefined) head.push(x('num', node.num.raw.trim()))
  if (node.heading !== undefined) head.push(x('heading', node.heading.text))
  return x(
    name,
    { eId: context.uniqueEId(node.eId), refersTo: kinds.length > 0 ? kinds.map((kind) => '#' + kind).join(' ') : undefined },
    [...head, ...hierarchyBody(node.children, context)]
  )
}

/**
 * A note of the source database (a `note` leaf) as an unnumbered `<hcontainer name="note">`,
 * so that it is never read as the `<intro>`, `<content>` or `<wrapUp>` of its provision.
 *
 * @param note A `note` leaf.
 * @param context Shared state of the export.
 */
export function noteElement(note: Leaf, context: BodyContext): Element {
  return x('hcontainer', { eId: context.freshEId(), name: 'note' }, [x('content', paragraphs([note], context))])
}

/**
 * The inside of a hierarchical element, after num and heading: `<content>` when there are
 * only text leaves; otherwise leading leaves as `<intro>`, trailing ones as `<wrapUp>`, and
 * leaves between sub-provisions as an unnumbered `<hcontainer name="content">`. Notes of the
 * source database are `<hcontainer name="note">`; beside notes alone, text is an
 * `<hcontainer name="content">` too (an intro or wrap-up needs sub-provisions).
 *
 * @param children The node's children.
 * @param context Shared state of the export.
 */
export function hierarchyBody(children: readonly HierNode[], context: BodyContext): Element[] {
  const isLeafNode = (child: HierNode): child is Leaf => 'value' in child
  const isText = (child: HierNode): child is Leaf => isLeafNode(child) && child.type !== 'note'
  if (children.every(isText)) {
    return children.length === 0 ? [] : [x('content', paragraphs(children, context))]
  }
  const structured = children.some((child) => !isLeafNode(child))
  const first = structured ? children.findIndex((child) => !isText(child)) : 0
  let last = children.length - 1
  while (structured && last > first && isText(children[last] as HierNode)) last--
  const result: Element[] = []
  const leading = children.slice(0, first).filter(isText)
  if (leading.length > 0) result.push(x('intro', paragraphs(leading, context)))
  let pending: Leaf[] = []
  const flush = (): void => {
    if (pending.length === 0) return
    result.push(x('hcontainer', { eId: context.freshEId(), name: 'content' }, [x('content', paragraphs(pending, context))]))
    pending = []
  }
  for (const child of children.slice(first, last + 1)) {
    if (!isLeafNode(child)) {
      flush()
      result.push(hierElement(child, context))
    } else if (child.type === 'note') {
      flush()
      result.push(noteElement(child, context))
    } else {
      pending.push(child)
    }
  }
  flush()
  const trailing = children.slice(last + 1).filter(isText)
  if (trailing.length > 0) result.push(x('wrapUp', paragraphs(trailing, context)))
  return result
}

/**
 * The `<p>` elements of some leaves.
 *
 * @param leaves Text leaves.
 * @param context Shared state of the export.
 */
export function paragraphs(leaves: readonly Leaf[], context: BodyContext): Element[] {
  return leaves.flatMap((leaf) => paragraphsOf(leaf, context.marks))
}

/**
 * The children of an annex as the content of a `<mainBody>`: sub-structures as they are,
 * runs of text as `<p>`.
 *
 * @param annex An annex.
 * @param context Shared state of the export.
 */
export function annexBody(annex: Annex, context: BodyContext): Element[] {
  const result: Element[] = []
  for (const child of annex.children) {
    if ('value' in child) result.push(...paragraphs([child], context))
    else result.push(hierElement(child, context))
  }
  if (result.length === 0) result.push(x('p'))
  return result
}
