import { readFileSync } from 'node:fs'
import { analyzeTreaty, caveatsOf, findClauses } from 'treaty-clauses'

const text = readFileSync('fixtures/corpus/north-atlantic-treaty-1949.txt', 'utf8')
const treaty = analyzeTreaty(text)

// Every mutual-defence clause, where it is, and what qualifies it.
for (const match of findClauses(treaty, { kind: 'mutual-defence' })) {
  const { line, column } = match.position.start
  console.log(`${match.eId} at ${line}:${column}, strength ${match.clause.strength?.level ?? '?'}`)
  for (const caveat of caveatsOf(match.clause)) {
    console.log(`  ${caveat.kind}: "${caveat.text}"`)
  }
}

// Filters combine: only clauses tied to the UN Charter.
console.log(findClauses(treaty, { kind: 'mutual-defence', caveat: 'un-charter' }).length)
