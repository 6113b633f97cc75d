import { PassThrough } from 'node:stream';
import {
  tipCategoryLabels,
  tipChannelLabels,
  tipRewardStatusLabels,
  tipSlaStateLabels,
  tipStatusLabels,
  tipViolationKindLabels,
  type Scope,
} from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import ExcelJS from '../../lib/exceljs.ts';
import { presentTipListItem, type SlaClock } from './tips.presenter.ts';
import { iterateTips } from './tips.repository.ts';
import type { TipFilter } from './tips.schema.ts';

// The columns of the tip ledger. There is deliberately no column for any reporter identity field.
const columns = [
  { header: '举报编号', key: 'tipNo', width: 18 },
  { header: '渠道', key: 'channel', width: 12 },
  { header: '状态', key: 'status', width: 10 },
  { header: '类别', key: 'category', width: 16 },
  { header: '被举报对象', key: 'targetName', width: 32 },
  { header: '所在地区', key: 'regionName', width: 14 },
  { header: '行业领域', key: 'sector', width: 14 },
  { header: '举报内容', key: 'content', width: 60 },
  { header: '接收时间', key: 'receivedAt', width: 20 },
  { header: '受理期限', key: 'dueOn', width: 12 },
  { header: '受理时限', key: 'sla', width: 12 },
  { header: '承办部门', key: 'handlingOrgName', width: 28 },
  { header: '匿名', key: 'anonymous', width: 6 },
  { header: '核查结论', key: 'finding', width: 16 },
  { header: '罚款（元）', key: 'penaltyYuan', width: 12 },
  { header: '奖励状态', key: 'rewardStatus', width: 10 },
  { header: '奖励金额（元）', key: 'rewardYuan', width: 14 },
] as const;

export function exportTips(db: Db, scope: Scope, filter: TipFilter, clock: SlaClock): PassThrough {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('举报台账');
  sheet.columns = columns.map((c) => ({ ...c }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const rows of iterateTips(db, scope, filter, clock.today, clock.nextWorkingDay)) {
        for (const joined of rows) {
          const item = presentTipListItem(joined, clock);
          const t = joined.tip;
          sheet
            .addRow({
              tipNo: t.tipNo,
              channel: tipChannelLabels[t.channel],
              status: tipStatusLabels[t.status],
              category: tipCategoryLabels[t.category],
              targetName: t.targetName,
              regionName: joined.regionName,
              sector: t.sector ?? '',
              content: t.content,
              receivedAt: t.receivedAt.toISOString(),
              dueOn: t.dueOn,
              sla: tipSlaStateLabels[item.slaState],
              handlingOrgName: joined.handlingOrgName ?? '',
              anonymous: t.anonymous ? '是' : '否',
              finding: t.investigation ? tipViolationKindLabels[t.investigation.violationKind] : '',
              penaltyYuan: t.investigation?.penaltyYuan ?? '',
              rewardStatus: tipRewardStatusLabels[t.rewardStatus],
              rewardYuan: t.rewardAmountYuan ?? '',
            })
            .commit();
        }
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}
