/**
 * `annotate`: the treaty tree in, a new tree out with `clauses` and `references` on every
 * provision and `parties` on the root. The input tree is not changed.
 */
import type { Diagnostic, Treaty } from '../schema/tree.js'
import type { AnnotateOptions } from '../schema/rule.js'
import { findClauses } from './clauses.js'
import { copyForAnnotation } from './copy.js'
import { lendCaveats } from './lending.js'
import { prepare, walkProvisions } from './prepare.js'
import { findReferences } from './references.js'

export { validateRules } from './prepare.js'

/**
 * Annotate a parsed treaty: what each provision does (clauses with kind, modality, roles,
 * caveats, trigger, strength, evidence and rule ids), its cross-references, and the parties.
 *
 * Pure: returns a new tree and leaves `tree` as it was. References that name no node of the
 * treaty are kept (with empty `targets`) and reported in `diagnostics` (rule
 * `annotate/unresolved-reference`).
 *
 * @param tree A treaty tree from `parseTreaty`.
 * @param options Extra rules (`rules`), built-in rules to switch off (`disable`), or
 *   `builtins: false` to run only your own.
 * @returns The annotated copy.
 * @throws {TreatyClausesError} `invalid-options` for bad options, `invalid-rule` for a bad rule.
 */
export function annotate(tree: Treaty, options?: AnnotateOptions): Treaty {
  return annotateInPlace(copyForAnnotation(tree), options)
}

/**
 * `annotate` on a tree nobody else holds (a fresh parse): adds the annotations to it.
 *
 * @param copy The tree, changed in place.
 * @param options As for `annotate`.
 * @returns The same tree.
 */
export function annotateInPlace(copy: Treaty, options?: AnnotateOptions): Treaty {
  const prepared = prepare(copy, options)
  const diagnostics: Diagnostic[] = []
  walkProvisions(copy, prepared, (node, sentences, inherited, article) => {
    const found = findClauses(sentences, prepared.set, inherited, prepared.treaty)
    const { references, unresolved } = findReferences(node, sentences, article, prepared.index)
    for (const { clause, sentence } of found) {
      clause.refs = references.filter((r) => r.position.start.offset >= sentence.start && r.position.end.offset <= sentence.end)
    }
    node.clauses = found.map((f) => f.clause)
    node.references = references
    for (const u of unresolved) {
      diagnostics.push({
        ruleId: 'annotate/unresolved-reference',
        source: 'treaty-clauses',
        severity: 'warning',
        reason: `"${u.reference.text}" names ${u.missing.join(', ')}, which this treaty does not have`,
        position: u.reference.position
      })
    }
  })
  walkProvisions(copy, prepared, (node) => {
    lendCaveats(node, prepared)
  })
  prepared.reader.close()
  copy.parties = prepared.parties
  copy.diagnostics = [...copy.diagnostics, ...diagnostics]
  return copy
}

