import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderWebContract, webContractPath } from './web-contract.ts';

describe('web contract', () => {
  it('packages/web/src/api/contract.gen.ts matches the server schemas (else run npm run contract:generate)', async () => {
    const committed = fs.readFileSync(webContractPath, 'utf8');
    const current = await renderWebContract();
    // A plain equality, so the diff names the first stale type; the hint is in the test name.
    expect(committed).toBe(current);
  });
});
