/**
 * unified parser plugin: text or Markdown in, treaty tree out.
 */
import type { Processor } from 'unified'
import type { ParseOptions } from '../options.js'
import { validateOptions, parseOptionsSchema } from '../options.js'
import type { Treaty } from '../schema/tree.js'
import { parseTreaty } from '../structure/parse.js'
import { reportDiagnostics } from './messages.js'

/**
 * Parse treaties with unified: `unified().use(treatyParse)`. The parser's diagnostics become
 * messages on the file.
 *
 * @example
 * const file = await unified().use(treatyParse).use(treatyAnnotate).use(treatyToJson).process(text)
 *
 * @param options Parse options (`format`).
 */
export function treatyParse(this: Processor, options?: ParseOptions): undefined {
  const settings = validateOptions(parseOptionsSchema, options, 'treatyParse')
  this.parser = (document, file): Treaty => {
    const tree = parseTreaty(document, settings)
    reportDiagnostics(tree, file)
    return tree
  }
  return undefined
}
