import { auditCheckpointFile, loadConfig } from '../config.ts';
import { configureAuditKeys, verifyAuditChain, verifyAuditCheckpoint } from '../modules/audit/audit.repository.ts';
import { loadTipKey } from '../modules/tips/tips.config.ts';
import { runWithDatabase } from './run-with-database.ts';

// Verifies the audit log of the configured database: the keyed hash chain (the key is outside the database) and
// the signed checkpoint file beside the key (truncation, re-hashing). Exits 1 when either is broken.
const config = loadConfig();
configureAuditKeys(loadTipKey(process.env, config.dataDir));
const file = auditCheckpointFile(process.env, config.dataDir);
await runWithDatabase('校验审计日志失败：', async (database) => {
  const chain = await verifyAuditChain(database.db);
  if (chain.ok) console.log(`审计日志哈希链完整：已校验 ${chain.checked} 条`);
  else console.log(`审计日志哈希链断裂：${chain.reason}`);
  const anchored = await verifyAuditCheckpoint(database.db, file);
  if (!anchored.checkpoint) console.log(`未找到检查点文件 ${file}：无法发现末尾记录被删除（服务运行时每 5 分钟写入）`);
  else if (anchored.ok) console.log(`与检查点一致：${anchored.checkpoint.at} 时共 ${anchored.checkpoint.count} 条，至第 ${anchored.checkpoint.headId} 号`);
  else console.log(`与检查点不符：${anchored.reason}`);
  return chain.ok && anchored.ok ? 0 : 1;
});
