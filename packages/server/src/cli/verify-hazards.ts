import { systemVerifyAllHazards } from '../modules/hazards/hazards.integrity.ts';
import { runWithDatabase } from './run-with-database.ts';

// Checks every hazard against its timeline (hash chain, and the record equal to what its events produce: status,
// level, deadline, listing, version = last seq); lists each mismatch and exits 1 when there is any.
await runWithDatabase('校验隐患时间线失败：', async (database) => {
  const { checked, broken } = await systemVerifyAllHazards(database.db);
  for (const { hazardNo, problems } of broken) console.log(`${hazardNo}：${problems.join('；')}`);
  console.log(broken.length === 0 ? `隐患时间线完整：已校验 ${checked} 条隐患` : `已校验 ${checked} 条隐患，${broken.length} 条与其时间线不一致`);
  return broken.length === 0 ? 0 : 1;
});
