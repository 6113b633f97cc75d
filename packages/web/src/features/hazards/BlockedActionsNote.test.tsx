import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BlockedActionsNote } from './BlockedActionsNote.tsx';

const listed = '该隐患正在挂牌督办，须由挂牌单位摘牌后方可验收销号';
const plan = '重大事故隐患须先提交完整的治理方案（五落实：责任、措施、资金、时限、预案）';

describe('BlockedActionsNote', () => {
  it.each([
    ['nothing blocked: no note', [], []],
    ['verify while listed', [{ action: 'verify', reason: listed }], [`暂不能验收销号：${listed}`]],
    [
      'one line per reason, naming its actions',
      [
        { action: 'report_progress', reason: plan },
        { action: 'complete', reason: plan },
      ],
      [`暂不能报告整改进展、整改完成：${plan}`],
    ],
  ] as const)('%s', (_name, blocked, lines) => {
    const html = renderToStaticMarkup(<BlockedActionsNote blocked={[...blocked]} />);
    if (lines.length === 0) expect(html).toBe('');
    for (const line of lines) expect(html).toContain(line);
  });
});
