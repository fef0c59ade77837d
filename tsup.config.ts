/**
 * Three builds into `dist/`:
 *
 * - `index.js` + `index.d.ts`: the library as ESM, dependencies left as imports.
 * - `index.cjs` + `index.d.cts`: the library as CommonJS for `require`. unified, vfile,
 *   micromark and friends are ESM-only, and Node 20 cannot `require` ESM without a flag, so
 *   this build bundles every dependency that has no CommonJS entry of its own.
 * - `cli.js`: the `treaty-clauses` executable (ESM, with a shebang; tsup marks it executable).
 */
import { defineConfig } from 'tsup'
import type { Options } from 'tsup'
import type { Plugin } from 'esbuild'

/** TypeScript 6 deprecates options that tsup's declaration build still sets; silence only that. */
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } }

/**
 * Bare imports to bundle into the CJS build: all but zod, the one dependency that ships
 * CommonJS itself (and is big, so users share their copy).
 */
const allButZod = /^(?!zod(?:\/|$))/u

/**
 * zod's locale files, imported one by one (`src/zod.ts` imports only `en`). No `u` flag: esbuild
 * runs plugin filters as Go regular expressions, which do not take it.
 */
const zodLocale = /^zod\/v4\/locales\/[a-zA-Z-]+\.js$/

/**
 * zod's per-locale files have no `require` condition of their own: `zod/v4/locales/en.js` is
 * ESM for `require` too, which Node 20 before 20.19 cannot load, and which would load a
 * second, ESM copy of zod's core beside the CommonJS one. The CommonJS build requires the
 * CommonJS file beside it (`en.cjs`) instead. (tsup's `noExternal` lets the import reach
 * this plugin; the plugin keeps it external.)
 */
const zodLocaleToCommonJs: Plugin = {
  name: 'zod-locale-commonjs',
  setup(build) {
    build.onResolve({ filter: zodLocale }, (args) => ({ path: args.path.replace(/\.js$/u, '.cjs'), external: true }))
  }
}

const shared: Options = {
  entry: { index: 'src/index.ts' },
  outDir: 'dist',
  target: 'node20',
  sourcemap: true,
  treeshake: true,
  splitting: false
}

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    // Neutral: the library must run in browsers too, so no Node built-in may be pulled in.
    platform: 'neutral',
    dts
  },
  {
    ...shared,
    format: ['cjs'],
    platform: 'node',
    dts,
    noExternal: [allButZod, zodLocale],
    esbuildPlugins: [zodLocaleToCommonJs]
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    outDir: 'dist',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    splitting: false,
    banner: { js: '#!/usr/bin/env node' }
  }
])
