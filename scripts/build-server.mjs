#!/usr/bin/env node
// Builds the server for `npm start`: packages/server/src/main.ts and its two worker-thread entries as plain ES modules
// in packages/server/dist/server/, so the server process runs without a TypeScript loader. tsx costs a loader thread
// and the compiler, about 85 MB of RSS in the main process and again in each worker thread (ARCHITECTURE.md, "Memory").
// Tests, scripts and `npm run dev` still run the sources through tsx.
//
// Our code and @zhiben/core are bundled; packages in node_modules stay imports (resolved from the repository as
// before). The output sits two directories below packages/server like src/db/, so paths built from
// `import.meta.url` (the migrations, the reference data) resolve the same in the build as in the sources, and the
// worker entries carry the names their pools start (`new URL('./image-worker.mjs', import.meta.url)`). No code
// splitting: a shared chunk in a subdirectory would resolve those paths from one level deeper.
//
// `--bench <entry>…` builds the same into packages/server/dist/bench/ with those entries beside them under their own
// names: bench:hazards runs its import child from such a build, as the server runs from this one.
import { build } from 'esbuild';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const server = join(repo, 'packages', 'server');
const benchIndex = process.argv.indexOf('--bench');
const extras = benchIndex >= 0 ? process.argv.slice(benchIndex + 1) : [];
const outdir = join(server, 'dist', benchIndex >= 0 ? 'bench' : 'server');

const entryPoints = [
  { in: join(server, 'src', 'main.ts'), out: 'main' },
  // image-runner.ts and grading.worker-pool.ts start these names; in the sources they are boot files that register
  // tsx first, in the build they are the workers themselves.
  { in: join(server, 'src', 'modules', 'files', 'image-worker.ts'), out: 'image-worker' },
  { in: join(server, 'src', 'modules', 'grading', 'grading.worker.ts'), out: 'grading.worker-boot' },
  ...extras.map((file) => ({ in: join(repo, file), out: basename(file, extname(file)) })),
];

const started = performance.now();
await build({
  entryPoints,
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  alias: { '@zhiben/core': join(repo, 'packages', 'core', 'src', 'index.ts') },
  logLevel: 'warning',
});
console.log(`build:server: ${relative(repo, outdir)} built in ${Math.round(performance.now() - started)} ms`);
