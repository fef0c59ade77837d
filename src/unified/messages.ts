/**
 * The tree's diagnostics as VFile messages, so `vfile-reporter` and unified-engine print them.
 */
import type { VFile } from 'vfile'
import type { Diagnostic, Treaty } from '../schema/tree.js'

/** What identifies a diagnostic, to report each one once. */
function keyOf(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.position
  return `${diagnostic.ruleId}\u0000${start.offset}\u0000${end.offset}\u0000${diagnostic.reason}`
}

/**
 * Add a message to `file` for each diagnostic of `tree` that is not in `already`.
 * Errors are fatal messages (without throwing), warnings are warnings, infos are infos.
 * The reading not taken, for ambiguous input, is the message's `note`.
 *
 * @param tree A treaty tree.
 * @param file The file the tree came from.
 * @param already Diagnostics reported before (by the parser, when the annotator reports).
 */
export function reportDiagnostics(tree: Treaty, file: VFile, already: readonly Diagnostic[] = []): void {
  const seen = new Set(already.map(keyOf))
  for (const diagnostic of tree.diagnostics) {
    if (seen.has(keyOf(diagnostic))) continue
    seen.add(keyOf(diagnostic))
    const message = file.message(diagnostic.reason, {
      place: diagnostic.position,
      ruleId: diagnostic.ruleId,
      source: diagnostic.source
    })
    message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
    if (diagnostic.alternative !== undefined) message.note = `Alternative reading: ${diagnostic.alternative}`
  }
}
