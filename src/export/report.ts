/**
 * A readable report of an annotated treaty, article by article: each clause's kind, modality,
 * roles, trigger, strength and caveats, with the evidence and rules behind it. Plain text or
 * Markdown; colour (ANSI) only when asked for, so callers decide (the CLI asks when stdout is
 * a terminal and NO_COLOR is unset).
 */
import type { Clause, Party, Reference, RoleRef } from '../schema/annotation.js'
import { isProvision, type Provision, type Treaty, type TreatyNode } from '../schema/tree.js'

/** Options of `formatAnnotationReport`. */
export interface ReportOptions {
  /** `text` (default) or `markdown`. */
  readonly format?: 'text' | 'markdown' | undefined
  /** Colour the text report with ANSI escapes (ignored for Markdown). */
  readonly color?: boolean | undefined
  /** List articles that hold no clause too (default true). */
  readonly empty?: boolean | undefined
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m', yellow: '\u001b[33m', green: '\u001b[32m', reset: '\u001b[0m' }

function articles(tree: Treaty): Provision[] {
  const out: Provision[] = []
  const visit = (node: TreatyNode): void => {
    if (node.type === 'article') {
      out.push(node)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return out
}

function role(r: RoleRef | undefined): string | undefined {
  if (r === undefined) return undefined
  return r.party !== undefined ? `${r.role} (${r.party})` : r.role
}

function reference(r: Reference): string {
  if (r.kind === 'external') return `"${r.text}" → ${[r.instrument, r.provision].filter((x) => x !== undefined).join(', ')}`
  const targets = r.targets ?? []
  return `"${r.text}" → ${targets.length > 0 ? targets.join(', ') : 'unresolved'}`
}

function title(tree: Treaty): string | undefined {
  const leaf = tree.children.find((c) => c.type === 'title')
  return leaf !== undefined && 'value' in leaf ? leaf.value.trim() : undefined
}

function label(node: Provision, path: string): string {
  if (node.type === 'article') return `Article ${node.num.value}${node.heading !== undefined ? ` — ${node.heading.text.trim()}` : ''}`
  return path
}

/**
 * Format an annotated treaty as a report.
 *
 * @param tree A treaty from `annotate` or `analyzeTreaty`.
 * @param options `format` (`text` or `markdown`), `color`, `empty`.
 * @returns The report, ending with a newline.
 */
export function formatAnnotationReport(tree: Treaty, options: ReportOptions = {}): string {
  const md = options.format === 'markdown'
  const color = options.color === true && !md
  const paint = (code: keyof typeof ANSI, s: string): string => (color ? `${ANSI[code]}${s}${ANSI.reset}` : s)
  const lines: string[] = []
  const name = title(tree)
  if (name !== undefined) lines.push(md ? `# ${name}` : paint('bold', name), '')
  const parties: readonly Party[] = tree.parties ?? []
  const partyLine = parties.length === 0 ? 'none named' : parties.map((p) => (p.aliases.length > 0 ? `${p.name} (${p.aliases.join(', ')})` : p.name)).join('; ')
  lines.push(md ? `**Parties:** ${partyLine}` : `Parties: ${partyLine}`, '')
  const clauseLines = (clause: Clause, where: string | undefined, indent: string): void => {
    const facts = [
      clause.modality,
      role(clause.obligor) !== undefined ? `obligor ${role(clause.obligor) ?? ''}` : undefined,
      role(clause.beneficiary) !== undefined ? `beneficiary ${role(clause.beneficiary) ?? ''}` : undefined,
      clause.trigger !== undefined ? `trigger ${clause.trigger}` : undefined,
      clause.strength !== undefined
        ? `strength ${clause.strength.level}${clause.strength.features.length > 0 ? ` (${clause.strength.features.join(', ')})` : ''}`
        : undefined,
      `confidence ${clause.confidence.toFixed(2)}`
    ].filter((x): x is string => x !== undefined)
    const head = `${where !== undefined ? `[${where}] ` : ''}${md ? `**${clause.kind}**` : paint('cyan', clause.kind)} — ${facts.join(', ')}`
    lines.push(md ? `- ${head}` : `${indent}${head}`)
    const sub = md ? '  - ' : `${indent}    `
    for (const c of clause.caveats) lines.push(`${sub}${md ? 'caveat' : paint('yellow', 'caveat')} ${c.kind}: "${c.text}"`)
    const evidence = clause.evidence.filter((e) => e.ruleId.startsWith('kind.') || !e.ruleId.includes('.')).map((e) => `"${e.text}"`)
    if (evidence.length > 0) lines.push(`${sub}${paint('dim', `evidence ${evidence.join('; ')}`)}`)
    for (const r of clause.refs) lines.push(`${sub}${paint('dim', `ref ${reference(r)}`)}`)
  }
  for (const article of articles(tree)) {
    const found: { clause: Clause; where: string | undefined }[] = []
    const refs: Reference[] = []
    const visit = (node: Provision, path: string): void => {
      for (const c of node.clauses ?? []) found.push({ clause: c, where: node.type === 'article' ? undefined : path })
      refs.push(...(node.references ?? []).filter((r) => !(node.clauses ?? []).some((c) => c.refs.includes(r))))
      for (const child of node.children) if (isProvision(child)) visit(child, `${path}/${(child).num.value}`)
    }
    visit(article, article.num.value)
    if (found.length === 0 && options.empty === false) continue
    lines.push(md ? `## ${label(article, '')}` : paint('bold', label(article, '')))
    if (found.length === 0) lines.push(md ? '_No clause of a known kind._' : `  ${paint('dim', 'no clause of a known kind')}`)
    for (const f of found) clauseLines(f.clause, f.where, '  ')
    if (refs.length > 0) lines.push(md ? `- references: ${refs.map(reference).join('; ')}` : `  ${paint('dim', `references: ${refs.map(reference).join('; ')}`)}`)
    lines.push('')
  }
  const unresolved = tree.diagnostics.filter((d) => d.ruleId === 'annotate/unresolved-reference')
  if (unresolved.length > 0) {
    lines.push(md ? '## Unresolved references' : paint('bold', 'Unresolved references'))
    for (const d of unresolved) lines.push(`${md ? '- ' : '  '}${d.position.start.line}:${d.position.start.column} ${d.reason}`)
    lines.push('')
  }
  while (lines.at(-1) === '') lines.pop()
  return lines.join('\n') + '\n'
}
