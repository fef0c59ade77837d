/**
 * Scoring the annotator against the gold files (fixtures/gold/*.json, format in FORMAT.md).
 *
 * Unit: (article, kind). A kind counts for an article when any clause of the article or of
 * its descendants has it; clauses of one kind in one article merge (caveats united; modality,
 * obligor and strength from the first clause in document order). Scope: every gold article
 * when `complete.clauses` is true, else only the articles the gold lists clauses for.
 * Articles are matched by num (outside annexes).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Clause } from '../src/schema/annotation.js'
import type { Provision, Treaty, TreatyNode } from '../src/schema/tree.js'

/** One gold clause. */
export interface GoldClause {
  kind: string
  modality: string
  obligor?: string | null
  caveats: string[]
  strength?: number | null
  evidence: string
}

/** One gold file. */
export interface GoldFile {
  id: string
  file: string
  format: 'text' | 'markdown'
  parties: string[]
  complete: { structure: boolean; clauses: boolean }
  articles: { num: string; clauses: GoldClause[] }[]
}

/** Precision, recall, F1 with their counts. */
export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

/** One scoring error, for reading. */
export interface EvalError {
  treaty: string
  article: string
  kind: string
  what: 'false-positive' | 'false-negative' | 'modality' | 'caveats' | 'strength' | 'obligor'
  expected?: string
  got?: string
}

/** Everything the evaluation measures. */
export interface EvalReport {
  kinds: Record<string, Prf>
  micro: Prf
  macroF1: number
  caveats: Prf
  caveatKinds: Record<string, Prf>
  modality: { correct: number; total: number; accuracy: number }
  mutualDefence: Prf
  strength: { exact: number; withinOne: number; total: number; exactRate: number; withinOneRate: number }
  obligor: { correct: number; total: number; accuracy: number }
  parties: { correct: number; total: number }
  treaties: Record<string, Prf>
  errors: EvalError[]
}

/** How to turn an input into an annotated treaty. */
export type Analyze = (input: string, format: 'text' | 'markdown') => Treaty

interface Merged {
  modality: string
  obligor?: string | undefined
  caveats: Set<string>
  strength?: number | undefined
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

function articlesOf(tree: Treaty): Map<string, Provision> {
  const out = new Map<string, Provision>()
  const visit = (node: TreatyNode): void => {
    if (node.type === 'annex') return
    if (node.type === 'article') {
      if (!out.has(node.num.value)) out.set(node.num.value, node)
      return
    }
    if ('children' in node) for (const c of node.children) visit(c)
  }
  visit(tree)
  return out
}

function clausesUnder(node: Provision): Clause[] {
  const out: Clause[] = [...(node.clauses ?? [])]
  for (const c of node.children) if ('eId' in c) out.push(...clausesUnder(c))
  return out.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

function merge(clauses: readonly Clause[]): Map<string, Merged> {
  const out = new Map<string, Merged>()
  for (const c of clauses) {
    const m = out.get(c.kind)
    if (m === undefined) {
      out.set(c.kind, { modality: c.modality, obligor: c.obligor?.role, caveats: new Set(c.caveats.map((x) => x.kind)), strength: c.strength?.level })
    } else {
      for (const x of c.caveats) m.caveats.add(x.kind)
      m.obligor ??= c.obligor?.role
      m.strength ??= c.strength?.level
    }
  }
  return out
}

/**
 * Read the gold files of a directory.
 *
 * @param goldDir The directory holding `*.json` gold files.
 * @returns The gold files, sorted by id.
 */
export function loadGold(goldDir: string): GoldFile[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile)
}

/**
 * Score an annotator against gold files.
 *
 * @param analyze Turns an input into an annotated treaty.
 * @param dirs Where the gold files and the inputs are (inputs are looked up in `corpusDir`,
 *   then in `goldDir`).
 * @returns The report.
 */
export function evaluate(analyze: Analyze, dirs: { goldDir: string; corpusDir: string }): EvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>()
  const caveatCounts = new Map<string, { tp: number; fp: number; fn: number }>()
  const treaties: Record<string, Prf> = {}
  const errors: EvalError[] = []
  let modalityOk = 0
  let modalityAll = 0
  let strengthExact = 0
  let strengthNear = 0
  let strengthAll = 0
  let obligorOk = 0
  let obligorAll = 0
  let partiesOk = 0
  let partiesAll = 0
  const bump = (map: Map<string, { tp: number; fp: number; fn: number }>, key: string, field: 'tp' | 'fp' | 'fn'): void => {
    const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
    c[field]++
    map.set(key, c)
  }
  for (const gold of loadGold(dirs.goldDir)) {
    const path = [join(dirs.corpusDir, gold.file), join(dirs.goldDir, gold.file)].find((p) => existsSync(p))
    if (path === undefined) throw new Error(`eval: input ${gold.file} of ${gold.id} not found`)
    const tree = analyze(readFileSync(path, 'utf8'), gold.format)
    const articles = articlesOf(tree)
    let tp = 0
    let fp = 0
    let fn = 0
    partiesAll++
    const names = (tree.parties ?? []).map((p) => p.name.toLowerCase()).sort()
    const want = gold.parties.map((p) => p.toLowerCase()).sort()
    if (names.join('|') === want.join('|')) partiesOk++
    for (const ga of gold.articles) {
      if (!gold.complete.clauses && ga.clauses.length === 0) continue
      const node = articles.get(ga.num)
      const predicted = node === undefined ? new Map<string, Merged>() : merge(clausesUnder(node))
      const goldKinds = new Map(ga.clauses.map((c) => [c.kind, c]))
      for (const [kind, g] of goldKinds) {
        const p = predicted.get(kind)
        if (p === undefined) {
          bump(counts, kind, 'fn')
          fn++
          errors.push({ treaty: gold.id, article: ga.num, kind, what: 'false-negative', expected: g.evidence })
          continue
        }
        bump(counts, kind, 'tp')
        tp++
        modalityAll++
        if (p.modality === g.modality) modalityOk++
        else errors.push({ treaty: gold.id, article: ga.num, kind, what: 'modality', expected: g.modality, got: p.modality })
        for (const c of g.caveats) bump(caveatCounts, c, p.caveats.has(c) ? 'tp' : 'fn')
        for (const c of p.caveats) if (!g.caveats.includes(c)) bump(caveatCounts, c, 'fp')
        const missing = g.caveats.filter((c) => !p.caveats.has(c))
        const extra = [...p.caveats].filter((c) => !g.caveats.includes(c))
        if (missing.length + extra.length > 0) {
          errors.push({ treaty: gold.id, article: ga.num, kind, what: 'caveats', expected: g.caveats.join(','), got: [...p.caveats].join(',') })
        }
        if (typeof g.strength === 'number') {
          strengthAll++
          if (p.strength === g.strength) strengthExact++
          if (p.strength !== undefined && Math.abs(p.strength - g.strength) <= 1) strengthNear++
          if (p.strength !== g.strength) errors.push({ treaty: gold.id, article: ga.num, kind, what: 'strength', expected: String(g.strength), got: String(p.strength) })
        }
        if (typeof g.obligor === 'string') {
          obligorAll++
          if (p.obligor === g.obligor) obligorOk++
          else errors.push({ treaty: gold.id, article: ga.num, kind, what: 'obligor', expected: g.obligor, got: String(p.obligor) })
        }
      }
      for (const kind of predicted.keys()) {
        if (goldKinds.has(kind)) continue
        bump(counts, kind, 'fp')
        fp++
        errors.push({ treaty: gold.id, article: ga.num, kind, what: 'false-positive' })
      }
    }
    treaties[gold.id] = prf(tp, fp, fn)
  }
  const { byKind: kinds, micro } = tally(counts)
  const { byKind: caveatKinds, micro: caveats } = tally(caveatCounts)
  const f1s = Object.values(kinds).map((k) => k.f1)
  const md = kinds['mutual-defence'] ?? prf(0, 0, 0)
  return {
    kinds,
    micro,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    caveats,
    caveatKinds,
    modality: { correct: modalityOk, total: modalityAll, accuracy: modalityAll === 0 ? 1 : modalityOk / modalityAll },
    mutualDefence: md,
    strength: {
      exact: strengthExact,
      withinOne: strengthNear,
      total: strengthAll,
      exactRate: strengthAll === 0 ? 1 : strengthExact / strengthAll,
      withinOneRate: strengthAll === 0 ? 1 : strengthNear / strengthAll
    },
    obligor: { correct: obligorOk, total: obligorAll, accuracy: obligorAll === 0 ? 1 : obligorOk / obligorAll },
    parties: { correct: partiesOk, total: partiesAll },
    treaties,
    errors
  }
}

/** Per-kind figures (sorted by kind) and their micro average, from per-kind counts. */
function tally(counts: ReadonlyMap<string, { tp: number; fp: number; fn: number }>): { byKind: Record<string, Prf>; micro: Prf } {
  const byKind: Record<string, Prf> = {}
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [kind, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    byKind[kind] = prf(c.tp, c.fp, c.fn)
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  return { byKind, micro: prf(tp, fp, fn) }
}

const pct = (x: number): string => x.toFixed(3)

/**
 * Print a report as a plain-text table.
 *
 * @param report The report.
 * @param verbose Also list every error.
 * @returns The table.
 */
export function formatEvalReport(report: EvalReport, verbose = false): string {
  const lines: string[] = []
  const row = (name: string, p: Prf): string =>
    `${name.padEnd(32)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}`
  lines.push(`${'kind'.padEnd(32)}   tp   fp   fn  prec   recall f1`)
  for (const [kind, p] of Object.entries(report.kinds)) lines.push(row(kind, p))
  lines.push(row('MICRO', report.micro))
  lines.push(`${'MACRO F1'.padEnd(32)} ${pct(report.macroF1)}`)
  lines.push('')
  lines.push(`${'caveat'.padEnd(32)}   tp   fp   fn  prec   recall f1`)
  for (const [kind, p] of Object.entries(report.caveatKinds)) lines.push(row(kind, p))
  lines.push(row('CAVEATS (micro)', report.caveats))
  lines.push('')
  lines.push(`${'treaty'.padEnd(32)}   tp   fp   fn  prec   recall f1`)
  for (const [id, p] of Object.entries(report.treaties)) lines.push(row(id.slice(0, 32), p))
  lines.push('')
  lines.push(`mutual-defence   precision ${pct(report.mutualDefence.precision)}  recall ${pct(report.mutualDefence.recall)}`)
  lines.push(`modality         ${report.modality.correct}/${report.modality.total} = ${pct(report.modality.accuracy)}`)
  lines.push(`strength         exact ${report.strength.exact}/${report.strength.total} = ${pct(report.strength.exactRate)}  within one ${pct(report.strength.withinOneRate)}`)
  lines.push(`obligor          ${report.obligor.correct}/${report.obligor.total} = ${pct(report.obligor.accuracy)}`)
  lines.push(`parties          ${report.parties.correct}/${report.parties.total} treaties exactly right`)
  if (verbose) {
    lines.push('')
    for (const e of report.errors) {
      lines.push(`${e.what.padEnd(15)} ${e.treaty.slice(0, 24).padEnd(24)} ${e.article.padEnd(5)} ${e.kind.padEnd(30)} ${e.expected ?? ''}${e.got !== undefined ? ` → ${e.got}` : ''}`)
    }
  }
  return lines.join('\n')
}
