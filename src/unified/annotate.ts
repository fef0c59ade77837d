/**
 * unified transformer plugin: annotate a treaty tree (clauses, parties, caveats, references).
 */
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { annotate } from '../annotate/annotate.js'
import type { AnnotateOptions } from '../schema/rule.js'
import { asTreaty } from './guard.js'
import { reportDiagnostics } from './messages.js'

/**
 * Annotate treaty trees in a unified pipeline: `unified().use(treatyParse).use(treatyAnnotate)`.
 * Diagnostics the annotator adds (unresolved references, say) become messages on the file.
 *
 * @param options Annotation options, as `annotate` takes them.
 * @returns The transformer.
 */
export function treatyAnnotate(options?: AnnotateOptions): (tree: Node, file: VFile) => Node {
  return (tree, file) => {
    const treaty = asTreaty(tree, 'treatyAnnotate')
    const before = [...treaty.diagnostics]
    const annotated = annotate(treaty, options)
    reportDiagnostics(annotated, file, before)
    return annotated
  }
}
