// Two builds:
// 1. the ESM library in dist/ (one module per source file, lit, @lit/localize and date-fns left
//    to the consumer's bundler, with .d.ts): importing only the dates pulls in no Lit;
// 2. dist/event-timeline.bundle.js, standalone and minified, for a plain <script type="module">:
//    everything included, each UI locale in its own small chunk loaded on demand.
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssTemplates } from './scripts/rollup/minify-css-templates.mjs';

const external = (id) =>
  /^(lit|@lit\/localize|@lit-labs\/ssr|@lit-labs\/ssr-client|date-fns|ajv)(\/|$)/.test(id) || /^@lit\/reactive-element|^lit-html|^lit-element|^node:/.test(id);

/**
 * Chunks of a standalone bundle: a built-in language's chunk holds everything of that language the
 * browser loads (its pack of interface strings and date wording, and the language module the pack
 * reads its names from), so that a Kurdish page fetches one chunk, not a chunk that then fetches
 * another. The modules the entry imports statically stay in the entry: without saying so, rollup
 * would move those a language chunk also imports (@lit/localize's `str`) into the language chunk.
 * Other chunks are rollup's own.
 */
const chunksOf = (entry) => {
  let entryModules;
  return (id, { getModuleInfo }) => {
    const language = /[\\/]src[\\/](?:i18n[\\/]packs|languages)[\\/](ckb|ar)(?:\.ts|[\\/]index\.ts)$/.exec(id)?.[1];
    if (language) return language;
    entryModules ??= staticImports(resolve(entry), getModuleInfo);
    return entryModules.has(id) ? 'entry' : undefined;
  };
};

/** `root` and every module it imports statically, directly or not. */
function staticImports(root, getModuleInfo) {
  const seen = new Set([root]);
  for (const id of seen) for (const next of getModuleInfo(id)?.importedIds ?? []) seen.add(next);
  return seen;
}

/** Standalone browser bundles: Lit and every dependency included, production mode, minified. */
const browserBundle = () => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', importHelpers: false, outDir: 'dist', declaration: false, declarationMap: false, sourceMap: true }),
  minifyCssTemplates(),
  terser({ format: { comments: false }, ecma: 2021, module: true }),
];

/**
 * The types of an entry that only runs (it exports nothing): written by hand, since the emitted
 * `hydrate.d.ts` would import @lit-labs/ssr-client, which is bundled, not installed with the package.
 */
const sideEffectOnlyTypes = (fileName) => ({
  name: 'side-effect-only-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName, source: '// Registers <event-timeline> to hydrate server-rendered timelines; it exports nothing.\nexport {};\n' });
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      // `event-timeline/bundle` imported on a server (the `node` condition): the same exports, with Lit's Node build.
      standalone: 'src/standalone.ts',
      'dates/index': 'src/dates/index.ts',
      'data/index': 'src/data/index.ts',
      'event-timeline': 'src/event-timeline.ts',
      'extract/index': 'src/extract/index.ts',
      'cli/main': 'src/cli/main.ts',
      'ssr/render-timeline': 'src/ssr/render-timeline.ts',
      'frameworks/react': 'src/frameworks/react.ts',
      'frameworks/preact': 'src/frameworks/preact.ts',
      'frameworks/vue': 'src/frameworks/vue.ts',
    },
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'cli/main.js' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [typescript({ tsconfig: './tsconfig.json', importHelpers: false, outDir: 'dist', declaration: true, declarationDir: 'dist', sourceMap: true })],
  },
  {
    input: 'src/standalone.ts',
    // Lets the locale chunks import lit from the bundle itself instead of a third shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'event-timeline.bundle.js',
      chunkFileNames: 'event-timeline.bundle.[name]-[hash].js',
      manualChunks: chunksOf('src/standalone.ts'),
      sourcemap: true,
    },
    plugins: browserBundle(),
  },
  {
    // For server-rendered pages: hydrate the declarative shadow DOM instead of re-rendering it.
    input: 'src/hydrate.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'event-timeline.hydrate.js',
      chunkFileNames: 'event-timeline.hydrate.[name]-[hash].js',
      manualChunks: chunksOf('src/hydrate.ts'),
      sourcemap: true,
    },
    plugins: [...browserBundle(), sideEffectOnlyTypes('event-timeline.hydrate.d.ts')],
  },
];
