import { Alert, Breadcrumb, DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { urlDay } from '../../app/hooks/urlFilters.ts';
import type { RegionRef } from './api.ts';
import { useSectorSelect, useSectors } from '../reference/useSectors.ts';

type Props = {
  asOf: string | undefined;
  breadcrumb: RegionRef[];
  live: boolean | undefined;
  sector?: string | undefined;
  showSector: boolean;
  /** The sectors the caller's department supervises (null: every sector), as the server answered. */
  scopeSectors?: readonly string[] | null | undefined;
  /** The as-of date the server used (a future date is answered with today's figures). */
  effectiveAsOf?: string | undefined;
  onChange: (changes: Record<string, string | undefined>) => void;
};

/** Region breadcrumb (drill back up), as-of date and sector filter shared by the statistics pages. */
export function StatsToolbar({ asOf, breadcrumb, live, sector, showSector, scopeSectors, effectiveAsOf, onChange }: Props) {
  const { sectorName } = useSectors();
  const sectorSelect = useSectorSelect({ only: scopeSectors });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Breadcrumb
          items={breadcrumb.map((r, i) =>
            i === breadcrumb.length - 1
              ? { key: r.code, title: r.name }
              : { key: r.code, title: <a onClick={() => onChange({ regionCode: r.code })}>{r.name}</a> },
          )}
        />
        <Space wrap>
          {showSector && (
            <Select
              allowClear
              placeholder={scopeSectors ? '本部门监管行业（全部）' : '全部行业领域'}
              style={{ width: 200 }}
              value={sector}
              {...sectorSelect}
              onChange={(value: string | undefined) => onChange({ sector: value })}
              data-testid="stats-sector"
            />
          )}
          <span>截至</span>
          <DatePicker
            allowClear
            placeholder="今天"
            value={urlDay(asOf)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(d) => onChange({ asOf: d ? d.format('YYYY-MM-DD') : undefined })}
            data-testid="stats-asof"
          />
        </Space>
      </Space>
      {scopeSectors && (
        <Typography.Text type="secondary" data-testid="stats-scope-sectors">
          本部门监管行业：{scopeSectors.map(sectorName).join('、')}（数字只含这些行业的隐患）
        </Typography.Text>
      )}
      {asOf !== undefined && effectiveAsOf !== undefined && asOf !== effectiveAsOf && (
        <Alert type="warning" showIcon data-testid="stats-asof-future" title={`截至日期 ${asOf} 晚于今天，以下为今天（${effectiveAsOf}）的数字。`} />
      )}
      {live === false && (
        <Alert
          type="info"
          showIcon
          title={`以下数字按时间线重算为 ${asOf ?? ''} 当日状态；点击数字打开的隐患列表显示的是当前状态。`}
        />
      )}
    </Space>
  );
}
