import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { urlDay } from '../../app/hooks/urlFilters.ts';
import { errorMessage } from '../../api/client.ts';
import { dateFormat, hazardLevelLabels } from '../../app/labels.ts';
import { useQuery } from '../../app/useQuery.ts';
import { flagLabels, gradingApi, type GradingFlag, type QualityFinding } from './api.ts';

const flagColors: Record<GradingFlag, string> = { under_graded: 'red', weak_basis: 'orange', missing_basis: 'gold' };
const kinds = ['under_graded', 'weak_basis', 'missing_basis'] as const;
const isFlag = (v: string | null): v is GradingFlag => v !== null && (kinds as readonly string[]).includes(v);

/**
 * 定级质量 (统计分析): major hazards whose cited criterion does not fit their description or that cite none, and
 * general hazards whose description states a major criterion. Same scope as every statistic; each row opens the hazard.
 */
export default function GradingQualityPage() {
  const [params, setParams] = useSearchParams();
  const foundFrom = params.get('foundFrom') ?? undefined;
  const foundTo = params.get('foundTo') ?? undefined;
  const kindParam = params.get('kind');
  const kind = isFlag(kindParam) ? kindParam : undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const query = { foundFrom, foundTo, kind, page, pageSize: 20 };
  const { data, error, loading } = useQuery(`grading-quality:${JSON.stringify(query)}`, (signal) => gradingApi.quality(query, signal));
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...changes })) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  return (
    <Card title="定级质量" style={{ maxWidth: 1300 }} data-testid="grading-quality">
      <Typography.Paragraph type="secondary">
        判定助手按隐患描述复核定级：重大事故隐患所引判定依据与描述吻合度低或未填依据的，以及一般隐患描述明显符合重大事故隐患判定标准的（可能定级偏低）。结果仅供核查，不改变任何记录。
      </Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          value={[urlDay(foundFrom), urlDay(foundTo)]}
          onChange={(range) => set({ foundFrom: range?.[0]?.format(dateFormat), foundTo: range?.[1]?.format(dateFormat) })}
          placeholder={['发现日期起', '发现日期止']}
          allowEmpty={[true, true]}
        />
        <Segmented
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          value={kind ?? 'all'}
          onChange={(v) => set({ kind: v === 'all' ? undefined : String(v) })}
          options={[{ value: 'all', label: '全部' }, ...kinds.map((k) => ({ value: k, label: flagLabels[k] }))]}
        />
      </Flex>
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      {data && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={`已复核隐患（${data.foundFrom} 至 ${data.foundTo}）`} value={data.scanned} />
            </Col>
            {kinds.map((k) => (
              <Col xs={12} md={6} key={k}>
                <Statistic title={flagLabels[k]} value={data.counts[k]} styles={{ content: { color: data.counts[k] ? '#cf1322' : undefined } }} />
              </Col>
            ))}
          </Row>
          {data.truncated && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={`所选期间隐患较多，已复核最近发现的 ${data.scanned} 条；可缩小发现日期范围`} />}
        </>
      )}
      <Table<QualityFinding>
        rowKey="hazardId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 1500 }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, showSizeChanger: false, onChange: (p) => set({ page: String(p) }) }}
        columns={[
          {
            title: '隐患编号',
            dataIndex: 'hazardNo',
            width: 170,
            render: (no: string, r) => (
              <Link to={`/hazards/${encodeURIComponent(r.hazardId)}`} data-testid="grading-quality-link">
                {no}
              </Link>
            ),
          },
          { title: '单位', dataIndex: 'enterpriseName', width: 180, ellipsis: true },
          {
            title: '隐患',
            dataIndex: 'title',
            width: 300,
            render: (title: string, r) => (
              <Flex vertical>
                <span>{title}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.description }}>
                  {r.description}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: '等级', dataIndex: 'level', width: 90, render: (l: QualityFinding['level']) => hazardLevelLabels[l] },
          { title: '发现日期', dataIndex: 'foundAt', width: 110 },
          { title: '问题', dataIndex: 'kind', width: 140, render: (k: GradingFlag) => <Tag color={flagColors[k]}>{flagLabels[k]}</Tag> },
          { title: '所引依据', dataIndex: 'citedCriterionIds', width: 130, render: (ids: string[]) => (ids.length > 0 ? ids.join('、') : '—') },
          {
            title: '判定助手',
            dataIndex: 'reason',
            width: 300,
            render: (reason: string) => (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {reason}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
