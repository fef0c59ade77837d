/**
 * Cross-references read backwards: which provisions cite a given one.
 */
import type { Reference } from '../schema/annotation.js'
import type { Position } from '../schema/position.js'
import type { Provision, Treaty } from '../schema/tree.js'
import { isProvision } from './provision.js'
import { walk } from './walk.js'

/** A reference that cites the provision asked about, with where it is. */
export interface ReferenceMatch {
  /** The reference, as the annotator recorded it. */
  reference: Reference
  /** The eId of the provision whose text makes the reference. */
  eId: string
  /** The provision whose text makes the reference. */
  provision: Provision
  /** The eIds among the reference's targets that are, or are inside, the provision asked about. */
  targets: string[]
  /** Where the reference's text is in the input. */
  position: Position
}

/** Options of `referencesTo`. */
export interface ReferencesToOptions {
  /**
   * Also count references to provisions inside the one asked about (a citation of
   * "paragraph 1 of Article 5" cites Article 5). Default: `true`.
   */
  descendants?: boolean | undefined
}

/**
 * Which provisions cite a provision: the internal cross-references whose targets include
 * its eId, in document order.
 *
 * @example
 * referencesTo(doc, 'art_5').map((match) => match.eId) // ['art_6'] in the North Atlantic Treaty
 *
 * @param doc An annotated treaty tree.
 * @param eId The eId of the cited provision (`art_5`).
 * @param options Whether citations of its sub-provisions count.
 * @returns The citing references.
 */
export function referencesTo(doc: Treaty, eId: string, options: ReferencesToOptions = {}): ReferenceMatch[] {
  const descendants = options.descendants ?? true
  const prefix = eId + '__'
  const matches: ReferenceMatch[] = []
  walk(doc, (node) => {
    if (!isProvision(node) || node.references === undefined) return
    for (const reference of node.references) {
      const targets = (reference.targets ?? []).filter(
        (target) => target === eId || (descendants && target.startsWith(prefix))
      )
      if (targets.length > 0) matches.push({ reference, eId: node.eId, provision: node, targets, position: reference.position })
    }
  })
  return matches
}
