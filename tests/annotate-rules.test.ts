/**
 * Rules as data: the phrase language, user rules (valid ones fire with their id, invalid ones
 * throw `invalid-rule` naming the field), switching built-ins off, purity and linear time.
 */
import { describe, expect, it } from 'vitest'
import { annotate, validateRules } from '../src/annotate/annotate.js'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { sharedLexicon } from '../src/annotate/lexicon.js'
import { compilePattern, findAll, patternError, WordTests } from '../src/annotate/pattern.js'
import { builtinRules } from '../src/annotate/rules/index.js'
import { TokenStream } from '../src/annotate/tokens.js'
import { TreatyClausesError } from '../src/errors.js'
import { ruleSchema, type Rule } from '../src/schema/rule.js'
import { parseTreaty } from '../src/structure/parse.js'
import { NATO, article, clausesOf, fixtureText, kinds, snippet } from './annotate-helpers.js'

describe('the phrase language', () => {
  const match = (pattern: string, text: string): string[] => {
    const stream = new TokenStream(sharedLexicon())
    stream.read(text, 0)
    const tests = new WordTests(sharedLexicon())
    const tokens = stream.tokens(0, stream.length)
    return findAll(tests.bind(compilePattern(pattern)), stream.norm, 0, stream.length, tests).map((a) =>
      tokens.slice(a.start, a.end).map((t) => t.text).join(' ')
    )
  }

  it('matches words, prefixes, alternatives, phrases and bounded gaps', () => {
    expect(match('consult* ~2 together', 'The Parties will consult together')).toEqual(['consult together'])
    expect(match('(state of war|armed attack)', 'is put in a state of war')).toEqual(['state of war'])
    expect(match('shall|will ~3 assist', 'each of them will promptly and fully assist')).toEqual(['will promptly and fully assist'])
    expect(match('shall ~2 assist', 'shall not in any case assist')).toEqual([])
  })

  it('folds spelling: British and American, hyphens, possessives', () => {
    expect(match('recognized', 'recognised by Article 51')).toEqual(['recognised'])
    expect(match('self-defense', 'collective selfdefence')).toEqual(['selfdefence'])
    expect(match('cooperation', 'international co-operation')).toEqual(['co-operation'])
    expect(match('(party territory)', "the Party's territory")).toEqual(["Party's territory"])
  })

  it('gaps never cross a full stop or semicolon', () => {
    expect(match('attack ~10 assist', 'an attack occurs. The Parties will assist')).toEqual([])
    expect(match('attack ~10 assist', 'an attack occurs; they will assist')).toEqual([])
  })

  it('reports syntax errors', () => {
    expect(patternError('~3 attack')).toMatch(/start with a gap/)
    expect(patternError('attack ~3')).toMatch(/end with a gap/)
    expect(patternError('(state of war')).toMatch(/unbalanced/)
    expect(patternError('attack ~99 assist')).toMatch(/gap/)
    expect(patternError('a$b')).toMatch(/bad word/)
    expect(patternError('armed attack|invasion')).toBeUndefined()
  })

  it('every built-in rule is valid and has a unique id', () => {
    for (const rule of builtinRules) expect(ruleSchema.safeParse(rule).success, rule.id).toBe(true)
    expect(new Set(builtinRules.map((r) => r.id)).size).toBe(builtinRules.length)
  })
})

describe('user rules', () => {
  const sanctions: Rule = {
    id: 'user.kind.cooperation.sanctions',
    family: 'kind',
    kind: 'cooperation',
    description: 'coordinated sanctions',
    cues: ['(coordinate|harmonize) ~4 sanctions']
  }

  it('a valid rule fires beside the built-in ones, with its id in `rules`', () => {
    const found = snippet('The Parties shall coordinate their economic sanctions against third States.', { rules: [sanctions] })
    const c = found.find((x) => x.kind === 'cooperation')
    expect(c?.rules).toContain('user.kind.cooperation.sanctions')
    expect(c?.evidence.map((e) => e.ruleId)).toContain('user.kind.cooperation.sanctions')
    expect(c?.modality).toBe('obligation')
  })

  it('user caveat rules attach to built-in clauses', () => {
    const rule: Rule = { id: 'user.caveat.reciprocity', family: 'caveat', caveat: 'exception', cues: ['(on a basis of reciprocity|on condition of reciprocity)'] }
    const [c] = snippet('Each Party shall provide such assistance, upon request, on a basis of reciprocity.', { rules: [rule] })
    expect(c?.caveats.map((x) => x.ruleId)).toContain('user.caveat.reciprocity')
  })

  it('a user rule with a built-in id replaces it; `disable` switches built-ins off', () => {
    const text = fixtureText(NATO)
    const off = analyzeTreaty(text, { format: 'text', disable: ['kind.consultation.consult'] })
    expect(kinds(clausesOf(article(off, '4')))).toEqual([])
    const only = analyzeTreaty(text, { format: 'text', builtins: false, rules: [sanctions] })
    expect(clausesOf(article(only, '5'))).toEqual([])
  })

  it('an invalid rule throws TreatyClausesError invalid-rule naming the bad field', () => {
    const bad = [
      [{ ...sanctions, kind: 'alliance' }, /rules\[0\]\.kind/],
      [{ ...sanctions, cues: ['~2 sanctions'] }, /rules\[0\]\.cues\.0/],
      [{ ...sanctions, cues: [] }, /rules\[0\]\.cues/],
      [{ ...sanctions, id: 'Bad Id' }, /rules\[0\]\.id/],
      [{ ...sanctions, family: 'vibe' }, /rules\[0\]\.family/],
      [{ ...sanctions, extra: true }, /rules\[0\]/]
    ] as const
    for (const [rule, message] of bad) {
      let error: unknown
      try {
        annotate(parseTreaty('Article 1\n\nText.\n'), { rules: [rule as unknown as Rule] })
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(TreatyClausesError)
      expect((error as TreatyClausesError).code).toBe('invalid-rule')
      expect((error as TreatyClausesError).message).toMatch(message)
    }
  })

  it('duplicate user ids are rejected', () => {
    expect(() => validateRules([sanctions, sanctions])).toThrow(/duplicate id/)
  })

  it('bad options are invalid-options', () => {
    expect(() => annotate(parseTreaty('Article 1\n\nText.\n'), { colour: true } as never)).toThrow(TreatyClausesError)
  })
})

describe('purity and cost', () => {
  it('does not change the tree it is given', () => {
    const tree = parseTreaty(fixtureText(NATO), { format: 'text' })
    const before = JSON.stringify(tree)
    const annotated = annotate(tree)
    expect(JSON.stringify(tree)).toBe(before)
    expect(annotated).not.toBe(tree)
    expect(annotated.parties).toEqual([])
  })

  it('stays linear: a long hostile sentence of near-miss cues', () => {
    const unit = 'an armed attack against one of the parties in case of war the other side shall consider assistance '
    const small = `Article 1\n\n${unit.repeat(200)}.\n`
    const big = `Article 1\n\n${unit.repeat(1600)}.\n`
    const time = (text: string): number => {
      const tree = parseTreaty(text, { format: 'text' })
      const t0 = performance.now()
      annotate(tree)
      return performance.now() - t0
    }
    time(small)
    const a = time(small)
    const b = time(big)
    // 8× the input: allow generous noise, but not quadratic growth (64×).
    expect(b).toBeLessThan(Math.max(a, 5) * 24)
  })
})
