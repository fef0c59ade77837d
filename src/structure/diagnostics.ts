/**
 * Collects the parser's diagnostics, with a cap per rule so that pathological input (100k
 * duplicate articles) yields a readable report instead of 100k messages.
 */
import type { Diagnostic } from '../schema/tree.js'
import type { PointLocator } from '../read/lines.js'

/** How many messages one rule may raise before the rest are summarised. */
const MAX_PER_RULE = 50

/** Ids of the rules the structure parser reports under. */
export type StructureRuleId =
  | 'article-numbering-gap'
  | 'article-numbering-duplicate'
  | 'article-numbering-order'
  | 'label-numbering-gap'
  | 'label-numbering-duplicate'
  | 'label-numbering-restart'
  | 'label-unexpected-start'
  | 'ambiguous-label'
  | 'ambiguous-heading'
  | 'text-outside-article'
  | 'no-articles'
  | 'control-characters'
  | 'implicit-annex'

/** Gathers diagnostics while the tree is built. */
export class DiagnosticCollector {
  readonly #locator: PointLocator
  readonly #counts = new Map<string, number>()
  readonly #list: Diagnostic[] = []

  /** @param locator Turns offsets into points. */
  constructor(locator: PointLocator) {
    this.#locator = locator
  }

  /**
   * Record a diagnostic about a span of the input.
   *
   * @param ruleId The rule that raised it.
   * @param severity How it should be taken.
   * @param reason What was found, in words.
   * @param start Start offset.
   * @param end End offset.
   * @param alternative For ambiguous input: the reading not taken.
   */
  add(
    ruleId: StructureRuleId,
    severity: Diagnostic['severity'],
    reason: string,
    start: number,
    end: number,
    alternative?: string
  ): void {
    const count = (this.#counts.get(ruleId) ?? 0) + 1
    this.#counts.set(ruleId, count)
    if (count > MAX_PER_RULE) return
    const diagnostic: Diagnostic = {
      ruleId,
      source: 'treaty-clauses',
      severity,
      reason,
      position: { start: this.#locator.point(start), end: this.#locator.point(end) }
    }
    if (alternative !== undefined) diagnostic.alternative = alternative
    this.#list.push(diagnostic)
  }

  /**
   * The diagnostics in input order, with one summary per rule that hit the cap.
   *
   * @returns The diagnostics.
   */
  finish(): Diagnostic[] {
    const list = [...this.#list].sort((a, b) => a.position.start.offset - b.position.start.offset)
    for (const [ruleId, count] of this.#counts) {
      if (count <= MAX_PER_RULE) continue
      const last = [...list].reverse().find((item) => item.ruleId === ruleId)
      if (!last) continue
      list.push({
        ...last,
        reason: `${String(count - MAX_PER_RULE)} more '${ruleId}' messages were left out`,
        severity: 'info'
      })
    }
    return list
  }
}
