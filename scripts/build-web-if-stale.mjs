#!/usr/bin/env node
// Builds packages/web with Vite when packages/web/dist is missing or older than any source file
// (packages/web/src/**, index.html, vite.config.ts, public/**, this script). Prints one line either way, and every 10 s while it builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const web = join(repo, 'packages', 'web');
const distIndex = join(web, 'dist', 'index.html');
const force = process.argv.includes('--force');

/** Newest mtime (ms) among the given files/directories, and the file it belongs to. */
function newest(paths) {
  let best = { mtime: 0, file: '' };
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) visit(join(p, name));
    } else if (st.mtimeMs > best.mtime) {
      best = { mtime: st.mtimeMs, file: p };
    }
  };
  paths.forEach(visit);
  return best;
}

// This script counts as a source too: a change to how the app is built rebuilds it once.
const sources = newest([join(web, 'src'), join(web, 'index.html'), join(web, 'vite.config.ts'), join(web, 'public'), fileURLToPath(import.meta.url)]);
const built = existsSync(distIndex) ? statSync(distIndex).mtimeMs : 0;

let reason = '';
if (force) reason = '--force';
else if (!built) reason = 'dist missing';
else if (sources.mtime > built) reason = `${relative(web, sources.file)} changed`;

if (!reason) {
  console.log('build:web: packages/web/dist is up to date');
  process.exit(0);
}

console.log(`build:web: building packages/web (${reason})…`);
const started = Date.now();
// Always the production bundle. Vite keeps a NODE_ENV it finds set, and the browser tests start this script from
// vitest (NODE_ENV=test): that built React's and antd's development bundles, which `npm start` then served too.
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
// A first build takes one to two minutes on a small machine: say that it is still working.
const heartbeat = setInterval(() => console.log(`build:web: still building… ${Math.round((Date.now() - started) / 1000)} s`), 10_000);
try {
  await build({ root: web, configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
} catch (err) {
  console.error('build:web: vite build failed');
  console.error(err);
  process.exit(1);
} finally {
  clearInterval(heartbeat);
}
console.log(`build:web: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
