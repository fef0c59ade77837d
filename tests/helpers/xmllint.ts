/**
 * Validate XML against the OASIS Akoma Ntoso 3.0 schema with xmllint (Debian package
 * libxml2-utils). Missing locally, the tests that need it skip with a message; in CI
 * (`CI=true`) a missing xmllint is a failure.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The schema, copied from the OASIS distribution with the xml.xsd it imports next to it. */
export const aknSchema = fileURLToPath(new URL('../../fixtures/schemas/akomantoso30.xsd', import.meta.url))

/** Whether xmllint can be run. */
export const hasXmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0

/** Whether tests must run even when a tool is missing. */
export const inCi = process.env.CI === 'true' || process.env.CI === '1'

if (!hasXmllint) {
  const message = 'xmllint not found (apt-get install -y libxml2-utils)'
  if (inCi) throw new Error(`${message}: required in CI`)
  console.warn(`Skipping Akoma Ntoso schema validation: ${message}`)
}

/**
 * Validate an XML document against the Akoma Ntoso schema.
 *
 * @param xml The document.
 * @returns xmllint's exit status and messages (status 0: valid).
 */
export function validateAkn(xml: string): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', aknSchema, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
