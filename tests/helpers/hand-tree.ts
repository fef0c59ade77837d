/**
 * A small annotated treaty built by hand from the real North Atlantic Treaty text, for unit
 * tests that must not depend on the parser's or annotator's exact output. Every node's
 * position is computed from the text, and the tree is checked against the zod schema.
 */
import { readFileSync } from 'node:fs'
import { treatySchema } from '../../src/schema/tree.js'
import type { Leaf, Provision, Treaty } from '../../src/schema/tree.js'
import type { Point, Position } from '../../src/schema/position.js'
import type { Clause } from '../../src/schema/annotation.js'

/** The real text of the North Atlantic Treaty. */
export const natoText = readFileSync(new URL('../../fixtures/corpus/north-atlantic-treaty-1949.txt', import.meta.url), 'utf8')

/** The point of an offset in `natoText`. */
function pointAt(offset: number): Point {
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    if (natoText.charCodeAt(index) === 10) {
      line++
      column = 1
    } else column++
  }
  return { line, column, offset }
}

/** The span of the first occurrence of `text` at or after `from`. */
export function spanOf(text: string, from = 0): Position {
  const start = natoText.indexOf(text, from)
  if (start === -1) throw new Error(`not in the NATO text: ${text}`)
  return { start: pointAt(start), end: pointAt(start + text.length) }
}

/** A leaf for a literal run of the text. */
function leaf(type: Leaf['type'], text: string, from = 0): Leaf {
  return { type, value: text, position: spanOf(text, from) }
}

/** The line that starts with `prefix`, whole. */
function lineStarting(prefix: string, from = 0): string {
  const start = natoText.indexOf(prefix, from)
  const end = natoText.indexOf('\n', start)
  return natoText.slice(start, end === -1 ? undefined : end)
}

/** Build the tree. */
export function handTree(): Treaty {
  const art5Heading = natoText.indexOf('Article 5')
  const art5Text = lineStarting('The Parties agree that an armed attack', art5Heading)
  const art5Start = spanOf(art5Text, art5Heading).start.offset
  const clause5: Clause = {
    kind: 'mutual-defence',
    modality: 'obligation',
    obligor: { role: 'each-party', text: 'each of them', position: spanOf('each of them', art5Start) },
    trigger: 'armed-attack',
    caveats: [
      { kind: 'un-charter', text: 'in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations', position: spanOf('in exercise of the right of individual or collective self-defence recognised by Article 51 of the Charter of the United Nations', art5Start), ruleId: 'caveat-un-charter' },
      { kind: 'discretion', text: 'such action as it deems necessary', position: spanOf('such action as it deems necessary', art5Start), ruleId: 'caveat-discretion' }
    ],
    strength: { level: 3, features: ['immediate', 'armedForce', 'discretionary'] },
    refs: [],
    position: spanOf(art5Text.slice(0, art5Text.indexOf('North Atlantic area.') + 'North Atlantic area.'.length), art5Start),
    evidence: [{ text: 'will assist the Party or Parties so attacked', position: spanOf('will assist the Party or Parties so attacked', art5Start), ruleId: 'mutual-defence-assist' }],
    rules: ['mutual-defence-assist'],
    confidence: 0.9
  }
  const reportText = 'Any such armed attack and all measures taken as a result thereof shall immediately be reported to the Security Council.'
  const clause5b: Clause = {
    kind: 'security-council-reporting',
    modality: 'obligation',
    caveats: [],
    refs: [],
    position: spanOf(reportText, art5Start),
    evidence: [],
    rules: ['sc-reporting'],
    confidence: 0.8
  }
  const article5: Provision = {
    type: 'article',
    eId: 'art_5',
    num: { raw: 'Article 5', value: '5', position: spanOf('Article 5') },
    children: [leaf('content', art5Text, art5Heading)],
    position: { start: spanOf('Article 5').start, end: spanOf(art5Text, art5Heading).end },
    clauses: [clause5, clause5b],
    references: [
      { kind: 'external', text: 'Article 51 of the Charter of the United Nations', position: spanOf('Article 51 of the Charter of the United Nations', art5Start), instrument: 'Charter of the United Nations', provision: 'Article 51' }
    ]
  }
  const art6Heading = natoText.indexOf('Article 6')
  const intro6 = lineStarting('For the purpose of Article 5', art6Heading)
  const point = (label: string, value: string): Provision => {
    const line = lineStarting(label, art6Heading)
    const labelSpan = spanOf(label, art6Heading)
    return {
      type: 'point',
      eId: `art_6__point_${value}`,
      num: { raw: label, value, position: labelSpan },
      children: [leaf('content', line.slice(label.length), labelSpan.end.offset)],
      position: spanOf(line, art6Heading)
    }
  }
  const points = [point('(i)', 'i'), point('(ii)', 'ii')]
  const article6: Provision = {
    type: 'article',
    eId: 'art_6',
    num: { raw: 'Article 6', value: '6', position: spanOf('Article 6') },
    children: [leaf('intro', intro6, art6Heading), ...points],
    position: { start: spanOf('Article 6').start, end: points[1]?.position.end ?? spanOf('Article 6').end },
    clauses: [
      { kind: 'definitions', modality: 'constitutive', caveats: [], refs: [], position: spanOf(intro6, art6Heading), evidence: [], rules: ['definitions-deemed'], confidence: 0.7 }
    ],
    references: [{ kind: 'internal', text: 'Article 5', position: spanOf('Article 5', art6Heading), targets: ['art_5'] }]
  }
  const title = leaf('title', 'NORTH ATLANTIC TREATY')
  const recital = lineStarting('The Parties to this Treaty reaffirm')
  const tree: Treaty = {
    type: 'treaty',
    format: 'text',
    children: [
      title,
      { type: 'preamble', children: [leaf('recital', recital)], position: spanOf(recital) },
      article5,
      article6
    ],
    position: { start: pointAt(0), end: pointAt(natoText.length) },
    diagnostics: [
      { ruleId: 'numbering-gap', source: 'treaty-clauses', severity: 'warning', reason: 'Article 7 to 14 are left out of this hand-made tree', position: spanOf('Article 6') }
    ],
    parties: []
  }
  return treatySchema.parse(tree)
}
