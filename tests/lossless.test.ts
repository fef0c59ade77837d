import { describe, expect, it } from 'vitest'
import type { Leaf, Position, Provision, Treaty } from '../src/index.js'
import { checkLossless } from '../src/structure/lossless.js'

/** A position from offsets, with line and column computed the way the check expects. */
function span(input: string, start: number, end: number): Position {
  const point = (offset: number) => {
    const before = input.slice(0, offset)
    const breaks = before.match(/\r\n|\r|\n/g) ?? []
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
    return { line: breaks.length + 1, column: offset - lastBreak, offset }
  }
  return { start: point(start), end: point(end) }
}

function leaf(input: string, start: number, end: number, type: Leaf['type'] = 'content'): Leaf {
  return { type, value: input.slice(start, end), position: span(input, start, end) }
}

function treaty(input: string, children: Treaty['children'], format: Treaty['format'] = 'text'): Treaty {
  return { type: 'treaty', format, children, position: span(input, 0, input.length), diagnostics: [] }
}

/** `Article 1\nThe Parties agree.\n` as an article with num and one content leaf. */
function article(input: string, offset = 0): Provision {
  const lineEnd = input.indexOf('\n', offset)
  const textEnd = input.indexOf('\n', lineEnd + 1)
  return {
    type: 'article',
    eId: 'art_1',
    num: { raw: input.slice(offset, lineEnd), value: '1', position: span(input, offset, lineEnd) },
    children: [leaf(input, lineEnd + 1, textEnd)],
    position: span(input, offset, textEnd)
  }
}

describe('checkLossless', () => {
  const input = 'Article 1\nThe Parties agree.\n'

  it('accepts a tree that covers its input exactly', () => {
    expect(checkLossless(treaty(input, [article(input)]), input)).toEqual([])
  })

  it('accepts the empty input with no children', () => {
    expect(checkLossless(treaty('', []), '')).toEqual([])
  })

  it('reports a leaf whose value is not the input slice', () => {
    const node = article(input)
    node.children = [{ ...leaf(input, 10, 28), value: 'The Parties agree' }]
    const problems = checkLossless(treaty(input, [node]), input)
    expect(problems.map((problem) => problem.kind)).toContain('text-mismatch')
    expect(problems[0]?.path).toBe('treaty > article#art_1 > content[0]')
  })

  it('reports a num.raw that is not the input slice', () => {
    const node = article(input)
    node.num = { ...node.num, raw: 'Article 1.' }
    expect(checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)).toEqual(['text-mismatch'])
  })

  it('reports uncovered characters, once per run', () => {
    const node = article(input)
    node.children = [leaf(input, 10, 22)] // "The Parties " — "agree." is lost
    const problems = checkLossless(treaty(input, [node]), input)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ kind: 'uncovered', position: { start: { line: 2, column: 13, offset: 22 } } })
    expect(problems[0]?.message).toContain('"agree."')
  })

  it('reports characters covered twice', () => {
    const node = article(input)
    node.children = [leaf(input, 8, 28)] // starts inside the num "Article 1"
    const problems = checkLossless(treaty(input, [node]), input)
    expect(problems.map((problem) => problem.kind)).toEqual(['overlap'])
    expect(problems[0]?.message).toContain('"1" belongs to more than one')
  })

  it('reports siblings out of order', () => {
    const node = article(input)
    node.children = [leaf(input, 22, 28), leaf(input, 10, 22)]
    expect(checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)).toEqual(['sibling-order'])
  })

  it('reports positions out of range and out of order', () => {
    const node = article(input)
    node.children = [{ ...leaf(input, 10, 28), position: span(input, 20, 10) }]
    const kinds = checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)
    expect(kinds).toContain('position-out-of-range')
  })

  it('reports offsets that are not whole numbers', () => {
    const node = article(input)
    node.children = [{ ...leaf(input, 10, 28), position: { ...span(input, 10, 28), end: { line: 2, column: 19.5, offset: 27.5 } } }]
    expect(checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)).toContain('position-out-of-range')
  })

  it('checks the positions of diagnostics', () => {
    const tree = treaty(input, [article(input)])
    tree.diagnostics = [
      { ruleId: 'no-articles', source: 'treaty-clauses', severity: 'info', reason: 'x', position: span(input, 0, 9) },
      { ruleId: 'ambiguous-label', source: 'treaty-clauses', severity: 'info', reason: 'x', position: span(input, 0, 99) },
      { ruleId: 'ambiguous-heading', source: 'treaty-clauses', severity: 'info', reason: 'x', position: { ...span(input, 0, 9), end: { line: 9, column: 1, offset: 9 } } }
    ]
    const problems = checkLossless(tree, input)
    expect(problems.map((problem) => [problem.kind, problem.path])).toEqual([
      ['position-out-of-range', 'treaty (diagnostics[1]: ambiguous-label)'],
      ['point-mismatch', 'treaty (diagnostics[2]: ambiguous-heading)']
    ])
  })

  it('reports a child outside its parent', () => {
    const node = article(input)
    node.position = span(input, 0, 20)
    const kinds = checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)
    expect(kinds).toEqual(['outside-parent'])
  })

  it('reports a line or column that does not match the offset', () => {
    const node = article(input)
    const content = leaf(input, 10, 28)
    content.position = { ...content.position, start: { line: 1, column: 11, offset: 10 } }
    node.children = [content]
    expect(checkLossless(treaty(input, [node]), input).map((problem) => problem.kind)).toEqual(['point-mismatch'])
  })

  it('counts \\r\\n and a lone \\r as one line break each', () => {
    const crlf = 'Article 1\r\nThe Parties\ragree.\r\n'
    const content = leaf(crlf, 11, 29)
    expect(content.position.end).toEqual({ line: 3, column: 7, offset: 29 })
    const node: Provision = { ...article(crlf), children: [content], position: span(crlf, 0, 29) }
    node.num = { raw: 'Article 1', value: '1', position: span(crlf, 0, 9) }
    expect(checkLossless(treaty(crlf, [node]), crlf)).toEqual([])
  })

  it('excuses # and > markup before a Markdown heading, not elsewhere', () => {
    const markdown = '> ###Article 1\nThe Parties agree.\n'
    const node = article(markdown, 5)
    node.position = span(markdown, 0, node.position.end.offset)
    expect(checkLossless(treaty(markdown, [node], 'markdown'), markdown)).toEqual([])
    // In plain text the same characters are lost text.
    expect(checkLossless(treaty(markdown, [node], 'text'), markdown).map((problem) => problem.kind)).toEqual(['uncovered'])
    // Markup on a line with no covered text after it introduces nothing: it is lost text.
    const bare = '###\n' + markdown
    const shifted = article(bare, 9)
    shifted.position = span(bare, 4, shifted.position.end.offset)
    expect(checkLossless(treaty(bare, [shifted], 'markdown'), bare).map((problem) => problem.kind)).toEqual(['uncovered'])
    // Markup after text on the line is not a prefix.
    const late = 'Article 1 #\nThe Parties agree.\n'
    const lateNode = article(late)
    lateNode.num = { raw: 'Article 1', value: '1', position: span(late, 0, 9) }
    expect(checkLossless(treaty(late, [lateNode], 'markdown'), late).map((problem) => problem.kind)).toEqual(['uncovered'])
  })

  it('stops at maxProblems', () => {
    const many = 'a\n'.repeat(50)
    const wrong = Array.from({ length: 50 }, (_, index) => ({ ...leaf(many, index * 2, index * 2 + 1), value: 'b' }))
    expect(checkLossless(treaty(many, wrong), many)).toHaveLength(50)
    expect(checkLossless(treaty(many, wrong), many, { maxProblems: 3 })).toHaveLength(3)
  })

  it('handles a deeply nested tree without overflowing the stack', () => {
    const text = 'x'
    let node: Provision = { type: 'point', eId: 'p', num: { raw: 'x', value: 'x', position: span(text, 0, 1) }, children: [], position: span(text, 0, 1) }
    for (let depth = 0; depth < 100_000; depth++) {
      node = { type: 'point', eId: 'p', num: { raw: '', value: '', position: span(text, 0, 0) }, children: [node], position: span(text, 0, 1) }
    }
    expect(checkLossless(treaty(text, [node]), text)).toEqual([])
  })
})
