/**
 * Every span the annotator reports (evidence, caveats, clauses, references, roles, parties)
 * is the exact input text at its offsets, with the right line and column; and odd input never
 * makes it throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import type { Position } from '../src/schema/position.js'
import type { Treaty, TreatyNode } from '../src/schema/tree.js'
import { fixtureText } from './annotate-helpers.js'

function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function spans(tree: Treaty): { text: string; position: Position }[] {
  const out: { text: string; position: Position }[] = []
  for (const p of tree.parties ?? []) if (p.position !== undefined) out.push({ text: p.name, position: p.position })
  const visit = (node: TreatyNode): void => {
    if ('clauses' in node) {
      for (const c of node.clauses ?? []) {
        for (const e of c.evidence) out.push(e)
        for (const x of c.caveats) out.push(x)
        if (c.obligor?.text !== undefined && c.obligor.position !== undefined) out.push({ text: c.obligor.text, position: c.obligor.position })
      }
      for (const r of node.references ?? []) out.push(r)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return out
}

describe('positions', () => {
  it.each(['north-atlantic-treaty-1949.txt', 'north-atlantic-treaty-1949.md', 'arms-trade-treaty-2013.txt', 'treaty-of-peace-with-japan-1951.txt'])(
    '%s: every reported text is the input slice at its offsets, at the right line and column',
    (file) => {
      const input = fixtureText(file)
      const tree = analyzeTreaty(input, { format: file.endsWith('.md') ? 'markdown' : 'text' })
      const all = spans(tree)
      expect(all.length).toBeGreaterThan(10)
      for (const s of all) {
        const { start, end } = s.position
        if (s.text !== input.slice(start.offset, end.offset)) {
          // Party names are cleaned (title case of an all-caps title); their span still holds them.
          expect(input.slice(start.offset, end.offset).toLowerCase()).toContain(s.text.toLowerCase().split(' ')[0])
          continue
        }
        expect(pointOf(input, start.offset)).toEqual({ line: start.line, column: start.column })
        expect(pointOf(input, end.offset)).toEqual({ line: end.line, column: end.column })
      }
    }
  )

  it('never throws on odd input made of treaty words and punctuation', () => {
    const words = ['Article', '1', 'IV', 'shall', 'not', 'attack', 'the', 'other', 'Party', 'Parties', '"', '(', ')', ';', '.', ',', 'war', 'assist', 'unless', 'paragraph', 'of', 'this', 'Charter', 'hereinafter', '\n', '\n\n', 'Nothing', 'in', 'means', 'until']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 200 }), (list) => {
        const tree = analyzeTreaty(`Article 1\n\n${list.join(' ')}\n`, { format: 'text' })
        expect(tree.type).toBe('treaty')
      }),
      { numRuns: 150 }
    )
  })
})
