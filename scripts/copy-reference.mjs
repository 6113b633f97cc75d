// Copies the shared reference data into packages/server/reference/ so the app never reads ../shared at
// runtime. Re-run after the shared files change; the copies are committed.
/* global console */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, '..');
const sourceDir = resolve(scriptDir, '../../shared/reference');
const targetDir = join(repoRoot, 'packages/server/reference');

function jsonFilesIn(dir) {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
}

const files = ['sectors.json', 'ledger-columns.json', ...jsonFilesIn(join(sourceDir, 'criteria')).map((name) => `criteria/${name}`)];

mkdirSync(join(targetDir, 'criteria'), { recursive: true });
for (const file of files) {
  const from = join(sourceDir, file);
  const to = join(targetDir, file);
  copyFileSync(from, to);
  console.log(`copied ${file} (${statSync(to).size} bytes) → ${relative(repoRoot, to)}`);
}

// A criteria file withdrawn from shared must not linger in the copy.
const copiedCriteria = new Set(jsonFilesIn(join(sourceDir, 'criteria')));
for (const name of jsonFilesIn(join(targetDir, 'criteria'))) {
  if (!copiedCriteria.has(name)) {
    rmSync(join(targetDir, 'criteria', name));
    console.log(`removed stale criteria/${name}`);
  }
}
console.log(`${files.length} files copied from ${sourceDir}`);
