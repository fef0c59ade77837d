/**
 * `treaty-clauses query <file> --kind mutual-defence --caveat domestic-law [--json]`: find
 * clauses, nodes (`--select`) or text (`--search`) in a treaty.
 */
import { parseArgs } from 'node:util'
import { stableJson } from '../../export/stable.js'
import { findClauses } from '../../query/clauses.js'
import type { ClauseMatch } from '../../query/clauses.js'
import { parseClauseFilter } from '../../query/filter.js'
import { searchText } from '../../query/search.js'
import { selectAll } from '../../query/select.js'
import type { TreatyNode } from '../../schema/tree.js'
import {
  caveatKindSchema,
  clauseKindSchema,
  modalitySchema,
  roleSchema,
  triggerSchema
} from '../../schema/vocabulary.js'
import { TreatyClausesError } from '../../errors.js'
import type { CliCommand } from '../command.js'
import { UsageError } from '../command.js'
import { analyzeFile, formats, formatSpan, oneFile, toFormat } from './shared.js'

/** How many characters of a clause's text the plain output shows. */
const previewLength = 100

/** The `query` command. */
export const queryCommand: CliCommand = {
  name: 'query',
  summary: 'Find clauses by kind, modality, caveat, role, party, article or text',
  usage: `Usage: treaty-clauses query <file> [filters] [--json]
       treaty-clauses query <file> --select <selector> [--json]
       treaty-clauses query <file> --search <text> [--json]

Parse and annotate a treaty, then print the clauses that pass every filter
given (all clauses when none is), each with its eId and its position as
line:column-line:column. Repeat a filter to accept any of its values
(--caveat: the clause must carry all of them).

Arguments:
  <file>                   A plain-text or Markdown treaty; - reads standard input

Filters:
  -k, --kind <kind>        ${clauseKindSchema.options.join(', ')}
  -m, --modality <m>       ${modalitySchema.options.join(', ')}
  -c, --caveat <kind>      ${caveatKindSchema.options.join(', ')}
      --obligor <role>     ${roleSchema.options.join(', ')}
      --beneficiary <role> the same roles
      --trigger <t>        ${triggerSchema.options.join(', ')}
      --party <name>       a party's name or alias
  -a, --article <num>      an article number, arabic or roman ("4" finds "IV")
      --within <eId>       only clauses on this provision or below it
  -t, --text <text>        text the clause contains (case ignored)
      --min-strength <n>   least strength level, 0 to 5
      --filter <json>      a whole clause filter as JSON, as findClauses takes
                           it ('{"kind":["consultation"],"caveat":"discretion"}');
                           the options above are added to it

Other queries:
  -s, --select <selector>  print the nodes a CSS-like selector matches
                           ("article > paragraph", "[eId=art_5]")
      --search <text>      print every occurrence of a text

Options:
  -f, --format <format>    ${formats.join(', ')} (default: auto)
      --json               print JSON instead of lines
  -h, --help               show this help
`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        kind: { type: 'string', short: 'k', multiple: true },
        modality: { type: 'string', short: 'm', multiple: true },
        caveat: { type: 'string', short: 'c', multiple: true },
        obligor: { type: 'string', multiple: true },
        beneficiary: { type: 'string', multiple: true },
        trigger: { type: 'string', multiple: true },
        party: { type: 'string' },
        article: { type: 'string', short: 'a' },
        within: { type: 'string' },
        text: { type: 'string', short: 't' },
        'min-strength': { type: 'string' },
        filter: { type: 'string' },
        select: { type: 'string', short: 's' },
        search: { type: 'string' },
        format: { type: 'string', short: 'f' },
        json: { type: 'boolean' }
      },
      allowPositionals: true,
      strict: true
    })
    const file = oneFile(positionals)
    const format = toFormat(values.format)
    const { select, search, json, format: _format, 'min-strength': minStrength, filter: filterJson, ...filters } = values
    const filterGiven = Object.keys(filters).length > 0 || minStrength !== undefined || filterJson !== undefined
    if ([select !== undefined, search !== undefined, filterGiven].filter(Boolean).length > 1) {
      throw new UsageError('use filters, --select or --search, not several at once')
    }
    // Checked before reading the input, so a typo fails fast with the allowed values.
    const filter = parseClauseFilter({
      ...readJsonFilter(filterJson),
      ...filters,
      ...(minStrength === undefined ? {} : { minStrength: /^\d+$/.test(minStrength) ? Number(minStrength) : minStrength })
    })
    const { tree, input } = await analyzeFile(file, format, io)
    const name = input.path || '<stdin>'
    if (select !== undefined) {
      const nodes = selectAll(select, tree)
      io.stdout.write(json === true ? JSON.stringify(nodes.map(describeNode), null, 2) + '\n' : nodes.map((node) => nodeLine(name, node)).join(''))
      return 0
    }
    if (search !== undefined) {
      const hits = searchText(tree, search)
      io.stdout.write(
        json === true
          ? JSON.stringify(stableJson(hits), null, 2) + '\n'
          : hits.map((hit) => `${name}:${formatSpan(hit.position)}  ${hit.eId ?? '-'}  ${hit.in}  ${hit.text}\n`).join('')
      )
      return 0
    }
    const matches = findClauses(tree, filter)
    io.stdout.write(json === true ? JSON.stringify(stableJson(matches.map(describeMatch)), null, 2) + '\n' : matches.map((match) => matchLines(name, match)).join(''))
    return 0
  }
}

/**
 * The `--filter` JSON, parsed but not yet checked (`parseClauseFilter` checks it).
 *
 * @throws {TreatyClausesError} `invalid-query` when it is not a JSON object.
 */
function readJsonFilter(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new TreatyClausesError('invalid-query', `Invalid clause filter: --filter is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TreatyClausesError('invalid-query', `Invalid clause filter: --filter must be a JSON object, got ${text}`)
  }
  return value as Record<string, unknown>
}

/** A clause match as JSON: the clause's own fields plus where it is and its text. */
function describeMatch(match: ClauseMatch): Record<string, unknown> {
  return { ...match.clause, eId: match.eId, article: match.article?.num.value, text: match.text }
}

/** A selected node as JSON: enough to find it, without its whole subtree. */
function describeNode(node: TreatyNode): Record<string, unknown> {
  return {
    type: node.type,
    eId: 'eId' in node ? node.eId : undefined,
    num: 'num' in node ? node.num?.value : undefined,
    heading: 'heading' in node ? node.heading?.text : undefined,
    value: 'value' in node ? node.value : undefined,
    position: node.position
  }
}

/** One line per selected node. */
function nodeLine(name: string, node: TreatyNode): string {
  const parts = [`${name}:${formatSpan(node.position)}`, node.type]
  if ('eId' in node) parts.push(node.eId)
  if ('heading' in node && node.heading !== undefined) parts.push(JSON.stringify(node.heading.text))
  if ('value' in node) parts.push(preview(node.value))
  return parts.join('  ') + '\n'
}

/** The lines of one clause: where and what, its caveats, the start of its text. */
function matchLines(name: string, match: ClauseMatch): string {
  const { clause } = match
  const head = [`${name}:${formatSpan(match.position)}`, match.eId, clause.kind, clause.modality]
  if (clause.obligor !== undefined) head.push(`obligor=${clause.obligor.role}${clause.obligor.party === undefined ? '' : `(${clause.obligor.party})`}`)
  if (clause.beneficiary !== undefined) head.push(`beneficiary=${clause.beneficiary.role}`)
  if (clause.trigger !== undefined) head.push(`trigger=${clause.trigger}`)
  if (clause.strength !== undefined) head.push(`strength=${clause.strength.level}`)
  const lines = [head.join('  ')]
  for (const caveat of clause.caveats) lines.push(`  caveat ${caveat.kind} at ${formatSpan(caveat.position)}: ${preview(caveat.text)}`)
  lines.push(`  text: ${preview(match.text)}`)
  return lines.join('\n') + '\n'
}

/** The start of a text on one line. */
function preview(text: string): string {
  const line = text.slice(0, previewLength * 2).split(/\s+/).join(' ').trim()
  return line.length > previewLength ? line.slice(0, previewLength - 1) + '…' : line
}
