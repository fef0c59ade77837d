/**
 * The pipeline as a unified processor: parser, annotator, compilers, and diagnostics as
 * VFile messages that vfile-reporter prints.
 */
import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { describe, expect, it } from 'vitest'
import {
  TreatyClausesError,
  findClauses,
  fromJSON,
  reportDiagnostics,
  treatyAnnotate,
  treatyParse,
  treatyToAkomaNtoso,
  treatyToJson
} from '../src/index.js'
import type { Treaty } from '../src/index.js'
import { loadTreaty } from './helpers/corpus.js'
import { handTree } from './helpers/hand-tree.js'

const nato = readFileSync(new URL('../fixtures/corpus/north-atlantic-treaty-1949.txt', import.meta.url), 'utf8')

describe('treatyParse + treatyAnnotate', () => {
  it('parses and annotates as a processor', async () => {
    const processor = unified().use(treatyParse).use(treatyAnnotate)
    const file = new VFile({ path: 'nato.txt', value: nato })
    const tree = (await processor.run(processor.parse(file), file)) as Treaty
    expect(tree.type).toBe('treaty')
    expect(findClauses(tree, { kind: 'mutual-defence' }).map((match) => match.eId)).toContain('art_5')
    expect(tree).toEqual(loadTreaty('north-atlantic-treaty-1949.txt').tree)
  })

  it('compiles to JSON and to Akoma Ntoso', async () => {
    const json = await unified().use(treatyParse).use(treatyAnnotate).use(treatyToJson).process(nato)
    expect(fromJSON(String(json)).type).toBe('treaty')
    expect(findClauses(fromJSON(String(json)), { kind: 'mutual-defence' })).not.toHaveLength(0)
    const xml = await unified().use(treatyParse, { format: 'text' }).use(treatyAnnotate).use(treatyToAkomaNtoso, { date: '1949-04-04' }).process(nato)
    expect(String(xml)).toContain('<article eId="art_5"')
  })

  it('turns diagnostics into messages that vfile-reporter prints', async () => {
    // Article 3 is missing: a numbering gap the parser reports.
    const text = nato.replace(/Article 3\n.*?(?=Article 4)/s, '')
    const file = new VFile({ path: 'gap.txt', value: text })
    const processor = unified().use(treatyParse).use(treatyAnnotate)
    const tree = (await processor.run(processor.parse(file), file)) as Treaty
    expect(tree.diagnostics.length).toBeGreaterThan(0)
    expect(file.messages).toHaveLength(tree.diagnostics.length)
    const [diagnostic] = tree.diagnostics
    const [message] = file.messages
    expect(message?.ruleId).toBe(diagnostic?.ruleId)
    expect(message?.source).toBe('treaty-clauses')
    expect(message?.place).toEqual(diagnostic?.position)
    const report = reporter([file])
    expect(report).toContain('gap.txt')
    expect(report).toContain(`${diagnostic?.ruleId}`)
    expect(report).toContain(`${diagnostic?.position.start.line}:${diagnostic?.position.start.column}`)
  })

  it('reports each diagnostic once, with its severity and alternative', () => {
    const tree = handTree()
    tree.diagnostics.push({
      ruleId: 'ambiguous-label',
      source: 'treaty-clauses',
      severity: 'error',
      reason: 'Label "(i)" could be a letter or a roman numeral',
      position: tree.position,
      alternative: 'roman numeral one'
    })
    const file = new VFile({ path: 'hand.txt' })
    reportDiagnostics(tree, file, tree.diagnostics.slice(0, 1))
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ ruleId: 'ambiguous-label', fatal: true, note: 'Alternative reading: roman numeral one' })
    expect(reporter([file])).toMatch(/error.+ambiguous-label/)
  })

  it('rejects a tree from another parser', () => {
    const processor = unified().use(treatyAnnotate)
    expect(() => processor.runSync({ type: 'root', children: [] } as never)).toThrow(TreatyClausesError)
  })
})
