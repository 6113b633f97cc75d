import { verifyAuditChain } from '../modules/audit/audit.repository.ts';
import { runWithDatabase } from './run-with-database.ts';

// Verifies the audit hash chain of the configured database; exits 1 when it is broken.
await runWithDatabase('校验审计日志失败：', async (database) => {
  const result = await verifyAuditChain(database.db);
  if (result.ok) console.log(`审计日志哈希链完整：已校验 ${result.checked} 条`);
  else console.log(`审计日志哈希链断裂：第 ${result.brokenAtId} 号记录被篡改或删除（此前 ${result.checked} 条完整）`);
  return result.ok ? 0 : 1;
});
