/**
 * `parseTreaty`: text or Markdown in, the treaty tree out.
 */
import type { VFile } from 'vfile'
import { TreatyClausesError } from '../errors.js'
import { parseOptionsSchema, validateOptions, type ParseOptions } from '../options.js'
import { createLocator, splitLines } from '../read/lines.js'
import { looksLikeMarkdown, readMarkdownLines } from '../read/markdown.js'
import { splitRunOnSections } from './sections.js'
import type { Format, Treaty } from '../schema/tree.js'
import { groupBlocks } from './blocks.js'
import { buildTree } from './build.js'
import { DiagnosticCollector } from './diagnostics.js'
import { checkCharacters } from './characters.js'

/** What `parseTreaty` accepts: a VFile's essentials, so files from any copy of vfile work. */
type FileLike = Pick<VFile, 'value' | 'path' | 'message' | 'info'>

function isFileLike(value: unknown): value is FileLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'function' &&
    'value' in value
  )
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object that is not a VFile' : typeof value
}

/**
 * Parse a treaty into its tree of parts, with exact positions, eIds and diagnostics.
 *
 * Never throws on odd text: whatever the input holds comes back as a tree whose leaves keep
 * every character, and what the parser doubted is in `tree.diagnostics` (and, when a VFile
 * is given, in its messages too).
 *
 * @param input The treaty text, or a VFile holding it (its `.md` path counts for `'auto'`).
 * @param options `format`: `'auto'` (default), `'text'` or `'markdown'`.
 * @returns The treaty tree.
 * @throws {TreatyClausesError} When `input` is neither a string nor a VFile, or options are invalid.
 */
export function parseTreaty(input: string | VFile, options?: ParseOptions): Treaty {
  const settings = validateOptions(parseOptionsSchema, options, 'parseTreaty')
  let file: FileLike | undefined
  let text: string
  if (typeof input === 'string') {
    text = input
  } else if (isFileLike(input)) {
    file = input
    const value: unknown = input.value
    text = typeof value === 'string' ? value : value instanceof Uint8Array ? new TextDecoder().decode(value) : ''
  } else {
    throw new TreatyClausesError('invalid-input', `parseTreaty expects a string or a VFile, got ${describeValue(input)}`)
  }

  const format: Format =
    settings.format === 'text' || settings.format === 'markdown'
      ? settings.format
      : /\.(?:md|markdown|mdx)$/i.test(file?.path ?? '') || looksLikeMarkdown(text)
        ? 'markdown'
        : 'text'
  const lines = splitLines(text)
  const locator = createLocator(lines)
  const diagnostics = new DiagnosticCollector(locator)
  checkCharacters(text, diagnostics)
  const markdown = format === 'markdown' ? readMarkdownLines(text, lines) : undefined
  // Blocks are grouped from the lines with run-on section headings split off; the locator
  // keeps the input's own lines.
  const split = splitRunOnSections(text, lines, markdown)
  const blocks = groupBlocks(text, split.lines, split.markdown)
  const tree = buildTree({ text, format, blocks, locator, diagnostics })
  tree.diagnostics = diagnostics.finish()
  if (file) {
    for (const diagnostic of tree.diagnostics) {
      const details = { place: diagnostic.position, ruleId: diagnostic.ruleId, source: diagnostic.source }
      const message = diagnostic.severity === 'info' ? file.info(diagnostic.reason, details) : file.message(diagnostic.reason, details)
      if (diagnostic.alternative !== undefined) message.note = `Alternative reading: ${diagnostic.alternative}`
    }
  }
  return tree
}
