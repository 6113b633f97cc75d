import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { acquireDataDirLock } from '../db/lock.ts';
import { verifyAuditChain } from '../modules/audit/audit.repository.ts';

// Verifies the audit hash chain of the configured database (stop the server first in embedded mode).
const config = loadConfig();
const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir);
const database = await openDatabase(
  config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite') },
);
const result = await verifyAuditChain(database.db);
await database.close();
release();
if (result.ok) console.log(`审计日志哈希链完整：已校验 ${result.checked} 条`);
else console.log(`审计日志哈希链断裂：第 ${result.brokenAtId} 号记录被篡改或删除（此前 ${result.checked} 条完整）`);
process.exit(result.ok ? 0 : 1);
