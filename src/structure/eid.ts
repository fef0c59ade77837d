/**
 * Akoma Ntoso identifiers (eIds): `art_4`, `art_2__para_1__subpara_c`, `part_II__sec_1`.
 */
import type { DivisionKind } from '../schema/vocabulary.js'
import type { ProvisionType } from '../schema/tree.js'

/** The eId prefix of each node type, as the AKN naming convention abbreviates them. */
export const EID_PREFIX: Record<ProvisionType | DivisionKind | 'annex', string> = {
  article: 'art',
  paragraph: 'para',
  subparagraph: 'subpara',
  point: 'point',
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  subsection: 'subsec',
  annex: 'annex'
}

const SAFE = /^[A-Z0-9]+$/i

/** Hands out eIds that are unique in one document. */
export class EidRegistry {
  readonly #next = new Map<string, number>()

  /**
   * A unique eId for a node.
   *
   * @param parent The parent's eId, or '' at the top.
   * @param prefix The node type's prefix ("art", "para").
   * @param value The node's number as written ("4", "IV", "14 bis").
   * @returns `parent__prefix_value`, with `_2`, `_3`… appended when that is taken.
   */
  create(parent: string, prefix: string, value: string): string {
    const clean = SAFE.test(value) ? value : value.replace(/[^A-Z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'nn'
    const base = `${parent === '' ? '' : parent + '__'}${prefix}_${clean}`
    const seen = this.#next.get(base)
    if (seen === undefined) {
      this.#next.set(base, 2)
      return base
    }
    // A suffixed id may itself be a real id already ("art_1_2" cannot be, since values lose "_").
    this.#next.set(base, seen + 1)
    return `${base}_${String(seen)}`
  }
}
