import { readFileSync } from 'node:fs'
import { analyzeTreaty, toAkomaNtoso } from 'treaty-clauses'

const text = readFileSync('fixtures/corpus/north-atlantic-treaty-1949.txt', 'utf8')
const treaty = analyzeTreaty(text)

// Akoma Ntoso 3.0 XML: eIds, nums, <ref href="#art_5">, annotations in <proprietary>.
process.stdout.write(toAkomaNtoso(treaty))
