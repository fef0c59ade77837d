/**
 * Report characters that do not belong in a treaty text: control characters (NUL, binary
 * data) and unpaired surrogates. They are kept in the tree like any other text.
 */
import type { DiagnosticCollector } from './diagnostics.js'

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_SUSPECT = /[\0-\x08\x0E-\x1F\x7F\uD800-\uDFFF]/

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(code: number): boolean {
  return code < 9 || (code > 13 && code < 32) || code === 127
}

/**
 * Scan the input once and report the first suspicious character, with a count.
 *
 * @param text The input.
 * @param diagnostics Where to report.
 */
export function checkCharacters(text: string, diagnostics: DiagnosticCollector): void {
  // One native scan for the common case: nothing suspicious, and no surrogates to pair up.
  if (!ANY_SUSPECT.test(text)) return
  let first = -1
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 32 && code < 0xd800) continue
    let suspicious = isControl(code)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) index++
      else suspicious = true
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      suspicious = true
    }
    if (!suspicious) continue
    if (first < 0) first = index
    count++
  }
  if (first < 0) return
  diagnostics.add(
    'control-characters',
    'warning',
    `The input holds ${String(count)} control character(s) or unpaired surrogate(s); is it binary or mis-decoded?`,
    first,
    first + 1
  )
}
