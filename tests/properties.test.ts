/**
 * Properties of `parseTreaty` over inputs nobody wrote by hand: random text, treaty-like line
 * soups, mutated real treaties and a few pathological extremes. Whatever the input, the parser
 * returns a tree (it never throws on text) and the tree accounts for the input exactly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fc from 'fast-check'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { checkLossless, parseTreaty, treatySchema, TreatyClausesError } from '../src/index.js'
import type { ParseOptions, Treaty } from '../src/index.js'

/**
 * Multiplies every property's number of runs: `PROPERTY_RUNS_SCALE=20 npx vitest run
 * tests/properties.test.ts` searches harder than the default, which is sized for CI.
 */
const runScale = Math.max(1, Number(process.env.PROPERTY_RUNS_SCALE ?? '1') || 1)
const runs = (count: number): number => Math.ceil(count * runScale)

/** The formats a caller may ask for; every property runs with each. */
const formats = ['auto', 'text', 'markdown'] as const

/** Parse and check everything that must hold of any tree of any input. */
function parseSoundly(input: string, format: (typeof formats)[number], validateShape = true): Treaty {
  const tree = parseTreaty(input, { format })
  expect(checkLossless(tree, input, { maxProblems: 5 })).toEqual([])
  if (validateShape) {
    const shape = treatySchema.safeParse(tree)
    expect(shape.success ? [] : shape.error.issues.slice(0, 3)).toEqual([])
  }
  return tree
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))

/** Line breaks as they occur in the wild. */
const lineBreak = fc.constantFrom('\n', '\r\n', '\r')

/** Pieces of treaties (and of things that look like them), in text and Markdown. */
const fragment = fc.oneof(
  fc.constantFrom(
    'Article 1',
    'ARTICLE IV.',
    'Article 4 – Title',
    'ARTICLE I The Parties undertake to settle disputes.',
    'Art. 4',
    'Article',
    'Article 1 bis',
    '###Article 1',
    '## Article 2',
    '#### Article 3 ####',
    '# NORTH ATLANTIC TREATY',
    '###',
    '> Article 5',
    '> > (a) quoted',
    'CHAPTER II',
    'PART I',
    'Part II – Final clauses',
    'SECTION 2. Reservations',
    '(a)',
    '(b) the treaty;',
    '(i)',
    '(ii) of a State;',
    '(h)',
    '(A)',
    '1.',
    '2. The Parties shall consult.',
    '(1)',
    '1)',
    'a)',
    'a.',
    'i.',
    '- a bullet',
    '* another bullet',
    '1. an ordered item',
    '```',
    '~~~',
    '    indented code',
    '\tArticle 6',
    '---',
    '===',
    '',
    ' ',
    '  \t ',
    'Have agreed as follows:',
    'The Parties to this Treaty,',
    'IN WITNESS WHEREOF the undersigned have signed this Treaty.',
    'DONE at Washington, the fourth day of April, 1949.',
    'ANNEX',
    'Annex I',
    'PROTOCOL',
    '\uFEFF',
    '\0',
    '\uD800',
    '\uDC00',
    '\u00A0\u2028',
    '[link](http://example.com)',
    '*emphasis* and **strong**',
    '**Article 2**',
    '__ARTICLE III__',
    '*Article 4.* The Parties agree.',
    '**Article 5 – Title**',
    '**Title**',
    '* Article 6',
    '1.1 text',
    '1.2.',
    '2.1.1.an item',
    '2.5 per cent',
    '#### Sub-heading',
    '<!-- comment -->',
    '| a | b |'
  ),
  fc.nat({ max: 200 }).map((n) => `Article ${String(n)}`),
  fc.constantFrom('a', 'b', 'h', 'i', 'j', 'v', 'x').map((letter) => `(${letter}) item`),
  // Decimal labels in a small range, so that soups often number their paragraphs this way.
  fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }).map((parts) => `${parts.join('.')} Item`),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: codeUnit, maxLength: 10 })
)

/** A treaty-like line soup: fragments joined by mixed line breaks, sometimes with a BOM. */
const lineSoup = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fragment, lineBreak), { maxLength: 60 }), fc.boolean())
  .map(([bom, lines, finalBreak]) => {
    const text = lines.map(([line, end]) => line + end).join('')
    const body = finalBreak ? text : text.replace(/(?:\r\n|\r|\n)$/u, '')
    return (bom ? '\uFEFF' : '') + body
  })

/** The bundled treaties, text and Markdown, as they are on disk. */
const corpusDirectory = join(import.meta.dirname, '..', 'fixtures', 'corpus')
const corpus = readdirSync(corpusDirectory)
  .filter((name) => /\.(?:md|txt)$/u.test(name) && name !== 'SOURCES.md')
  .map((name) => ({ name, text: readFileSync(join(corpusDirectory, name), 'utf8') }))

/** One edit of a real treaty; indexes are taken modulo the number of lines or characters. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('cut-head' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut-tail' as const), at: fc.nat() })
)

/** What `mutation` generates. */
type MutationValue = typeof mutation extends fc.Arbitrary<infer T> ? T : never

/** Apply edits to a text, keeping each line's own line break. */
function mutate(text: string, edits: readonly MutationValue[]): string {
  let result = text
  for (const edit of edits) {
    if (edit.kind === 'cut-head' || edit.kind === 'cut-tail') {
      const at = edit.at % (result.length + 1)
      result = edit.kind === 'cut-head' ? result.slice(at) : result.slice(0, at)
      continue
    }
    const lines = splitKeepingBreaks(result)
    if (lines.length === 0) continue
    const at = edit.at % lines.length
    if (edit.kind === 'delete') lines.splice(at, 1)
    else if (edit.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '')
    else {
      const other = edit.with % lines.length
      const line = lines[at] ?? ''
      lines[at] = lines[other] ?? ''
      lines[other] = line
    }
    result = lines.join('')
  }
  return result
}

/** Split text into lines, each keeping its own `\n`, `\r\n` or `\r`, so joining gives it back. */
function splitKeepingBreaks(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset)
    if (code !== 10 && code !== 13) continue
    if (code === 13 && text.charCodeAt(offset + 1) === 10) offset++
    lines.push(text.slice(start, offset + 1))
    start = offset + 1
  }
  if (start < text.length) lines.push(text.slice(start))
  return lines
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('parseTreaty on generated input', () => {
  it('handles random ASCII', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...formats), (input, format) => {
        parseSoundly(input, format)
      }),
      { numRuns: runs(200) }
    )
  })

  it('handles random Unicode, astral planes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...formats), (input, format) => {
        parseSoundly(input, format)
      }),
      { numRuns: runs(200) }
    )
  })

  it('handles random UTF-16 code units, lone surrogates and NUL included', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), fc.constantFrom(...formats), (input, format) => {
        parseSoundly(input, format)
      }),
      { numRuns: runs(200) }
    )
  })

  it('handles treaty-like line soups', () => {
    fc.assert(
      fc.property(lineSoup, fc.constantFrom(...formats), (input, format) => {
        parseSoundly(input, format)
      }),
      { numRuns: runs(300) }
    )
  })

  it('gives the same tree for the same input', () => {
    fc.assert(
      fc.property(lineSoup, fc.constantFrom(...formats), (input, format) => {
        expect(parseTreaty(input, { format })).toEqual(parseTreaty(input, { format }))
      }),
      { numRuns: runs(50) }
    )
  })

  // No path: with `auto`, a VFile's extension may decide the format, which a string lacks.
  it('gives the same tree for a VFile as for its text', () => {
    fc.assert(
      fc.property(lineSoup, fc.constantFrom(...formats), (input, format) => {
        expect(parseTreaty(new VFile({ value: input }), { format })).toEqual(parseTreaty(input, { format }))
      }),
      { numRuns: runs(50) }
    )
  })

  it('handles real treaties with lines deleted, duplicated, swapped and cut', () => {
    expect(corpus.length).toBeGreaterThan(0)
    fc.assert(
      fc.property(
        // Names, not texts, so that a counterexample prints short.
        fc.constantFrom(...corpus.map((fixture) => fixture.name)),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...formats),
        (name, edits, format) => {
          const fixture = corpus.find((candidate) => candidate.name === name)
          parseSoundly(mutate(fixture?.text ?? '', edits), format, false)
        }
      ),
      { numRuns: runs(60) }
    )
  }, 120_000)

  it.each(corpus.map((fixture) => [fixture.name, fixture] as const))('handles %s as it is', (_name, fixture) => {
    for (const format of formats) parseSoundly(fixture.text, format)
  })
})

// ---------------------------------------------------------------------------------------------
// Extremes: each must come back with a sound tree. Timeouts are generous; no timing is asserted
// here (the benchmark measures speed).

/** Deterministic pseudo-random bytes, so a failure can be replayed. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length)
  let state = seed >>> 0
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    out[index] = state >>> 24
  }
  return out
}

describe('parseTreaty on extreme input', () => {
  const extremes: [string, () => string][] = [
    ['the empty string', () => ''],
    ['only whitespace', () => ' \t\n\r\n\u00A0\u3000\uFEFF\n\n   '],
    ['binary bytes decoded as UTF-8', () => new TextDecoder('utf-8').decode(bytes(64 * 1024, 1))],
    ['binary bytes decoded as Latin-1', () => new TextDecoder('latin1').decode(bytes(64 * 1024, 2))],
    ['a 10 MB single line', () => 'Article 1 The Parties shall (a) consult; (b) act. '.repeat(200_000)],
    ['100k "Article 1" lines', () => 'Article 1\n'.repeat(100_000)],
    ['50k nested round brackets', () => '('.repeat(50_000) + ')'.repeat(50_000)],
    ['50k nested square brackets', () => '['.repeat(50_000) + 'x' + '](u)'.repeat(50_000)],
    ['50k nested labels, one a line', () => Array.from({ length: 50_000 }, (_, depth) => '  '.repeat(depth % 40) + '(' + 'i'.repeat(1 + (depth % 5)) + ')').join('\n')],
    ['50k nested block quotes', () => '>'.repeat(50_000) + ' Article 1\n'],
    ['100k list items', () => '- (a) item\n'.repeat(100_000)]
  ]

  it.each(extremes)('returns a sound tree for %s', (_name, make) => {
    const input = make()
    for (const format of formats) {
      const tree = parseTreaty(input, { format })
      expect(tree.type).toBe('treaty')
      expect(checkLossless(tree, input, { maxProblems: 5 })).toEqual([])
    }
  }, 300_000)
})

// ---------------------------------------------------------------------------------------------
// Misuse of the API throws TreatyClausesError, naming what was wrong.

describe('parseTreaty misuse', () => {
  /** Call parseTreaty with arguments its types forbid, as JavaScript callers can. */
  const callLoosely = parseTreaty as (input: unknown, options?: unknown) => Treaty

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'Article 1' }],
    ['a Buffer-like array', [65, 114, 116]]
  ])('rejects %s as input, saying what is expected', (_name, input) => {
    expect(() => callLoosely(input)).toThrow(TreatyClausesError)
    expect(() => callLoosely(input)).toThrow(/string/u)
  })

  it('rejects an unknown format, naming the field', () => {
    const options: unknown = { format: 'pdf' }
    expect(() => callLoosely('Article 1', options)).toThrow(TreatyClausesError)
    expect(() => callLoosely('Article 1', options)).toThrow(/format/u)
  })

  it('rejects unknown option keys, naming them', () => {
    const options: unknown = { frmat: 'text' }
    expect(() => callLoosely('Article 1', options)).toThrow(TreatyClausesError)
    expect(() => callLoosely('Article 1', options)).toThrow(/frmat/u)
  })

  it('rejects options that are not an object', () => {
    expect(() => callLoosely('Article 1', 'markdown')).toThrow(TreatyClausesError)
  })

  it('tags each misuse with its code', () => {
    const codes: string[] = []
    for (const call of [() => callLoosely(42), () => callLoosely('x', { format: 'pdf' })]) {
      try {
        call()
      } catch (error) {
        if (error instanceof TreatyClausesError) codes.push(error.code)
      }
    }
    expect(codes).toEqual(['invalid-input', 'invalid-options'])
  })

  it('accepts every documented format', () => {
    for (const format of formats) {
      const options: ParseOptions = { format }
      expect(parseTreaty('Article 1', options).type).toBe('treaty')
    }
  })
})
