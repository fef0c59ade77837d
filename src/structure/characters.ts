/**
 * Report characters that do not belong in a treaty text: control characters (NUL, binary
 * data) and lone surrogates. They are kept in the tree like any other text.
 */
import type { DiagnosticCollector } from './diagnostics.js'

// Control characters other than tab, line feed, form feed and carriage return; unpaired surrogates.
const SUSPICIOUS = /[\0-\x08\x0B\x0E-\x1F\x7F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Scan the input once and report the first suspicious character, with a count.
 *
 * @param text The input.
 * @param diagnostics Where to report.
 */
export function checkCharacters(text: string, diagnostics: DiagnosticCollector): void {
  SUSPICIOUS.lastIndex = 0
  const first = SUSPICIOUS.exec(text)
  if (!first) return
  let count = 1
  while (SUSPICIOUS.exec(text)) count++
  diagnostics.add(
    'control-characters',
    'warning',
    `The input holds ${String(count)} control character(s) or unpaired surrogate(s); is it binary or mis-decoded?`,
    first.index,
    first.index + first[0].length
  )
}
