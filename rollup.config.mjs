// Two builds:
// 1. the ESM library in dist/ (one module per source file, lit, @lit/localize and date-fns left
//    to the consumer's bundler, with .d.ts): importing only the dates pulls in no Lit;
// 2. dist/event-timeline.bundle.js, standalone and minified, for a plain <script type="module">:
//    everything included, each UI locale in its own small chunk loaded on demand.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCssTemplates } from './scripts/rollup/minify-css-templates.mjs';

const external = (id) =>
  /^(lit|@lit\/localize|@lit-labs\/ssr|@lit-labs\/ssr-client|date-fns|ajv)(\/|$)/.test(id) || /^@lit\/reactive-element|^lit-html|^lit-element|^node:/.test(id);

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
      sourcemap: true,
    },
    plugins: [...browserBundle(), sideEffectOnlyTypes('event-timeline.hydrate.d.ts')],
  },
];
