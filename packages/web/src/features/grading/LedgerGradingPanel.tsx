import { useState } from 'react';
import { Alert, Card, Col, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { hazardLevelLabels } from '../../app/labels.ts';
import { flagLabels, type LedgerGradingReport, type LedgerRowAdvice } from './api.ts';
import { SuggestionList } from './CriterionSuggestions.tsx';

// 判定助手 in the 台账 preview: every row was checked server-side; rows the assistant flags and the first rows are
// listed with their suggestions. A pick adds the item to that row's 判定依据 when the ledger is imported.

export type LedgerPicks = ReadonlyMap<number, readonly string[]>;

export function LedgerGradingPanel({ report, picks, onPick }: { report: LedgerGradingReport; picks: LedgerPicks; onPick: (row: number, criterionId: string) => void }) {
  const [show, setShow] = useState<'flagged' | 'all'>('flagged');
  const flagged = report.rows.filter((r) => r.flag !== null);
  const rows = show === 'flagged' && flagged.length > 0 ? flagged : report.rows;
  const flaggedCount = report.counts.under_graded + report.counts.weak_basis + report.counts.missing_basis;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <BulbOutlined />
          判定助手
        </Flex>
      }
      extra={<Typography.Text type="secondary">仅供参考：采用的条款在导入时写入判定依据，隐患等级以台账为准</Typography.Text>}
      data-testid="ledger-grading"
      data-checked={report.checked}
      data-unchecked={report.unchecked}
    >
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Statistic title="已核对行数" value={report.checked} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="疑似重大事故隐患" value={report.counts.major} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="可能定级偏低" value={report.counts.under_graded} styles={{ content: { color: report.counts.under_graded ? '#cf1322' : undefined } }} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="重大隐患依据缺失或不符" value={report.counts.missing_basis + report.counts.weak_basis} />
        </Col>
      </Row>
      {report.unchecked > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`为不拖慢预检，判定助手先核对了前 ${report.checked} 行；其余 ${report.unchecked} 行正在逐行核对，完成后此处自动更新`}
        />
      )}
      {report.rowsTruncated && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`需关注的行较多，仅列出前 ${report.rows.length} 行`} />}
      <Segmented
        style={{ marginBottom: 12 }}
        value={show}
        onChange={(v) => setShow(v as 'flagged' | 'all')}
        options={[
          { value: 'flagged', label: `需关注（${flaggedCount}）` },
          { value: 'all', label: '全部列出的行' },
        ]}
      />
      <Table<LedgerRowAdvice>
        size="small"
        rowKey="row"
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        scroll={{ x: 900 }}
        columns={[
          { title: '行号', dataIndex: 'row', width: 70 },
          {
            title: '隐患',
            dataIndex: 'title',
            width: 240,
            render: (_: string, r) => (
              <Flex vertical gap={4}>
                <span>{r.title}</span>
                <span>
                  <Tag>{hazardLevelLabels[r.level]}</Tag>
                  {r.flag && <Tag color="red">{flagLabels[r.flag]}</Tag>}
                </span>
                {[...r.criterionIds, ...(picks.get(r.row) ?? [])].length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    判定依据：{[...new Set([...r.criterionIds, ...(picks.get(r.row) ?? [])])].join('、')}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            title: '推荐条款',
            key: 'items',
            render: (_: unknown, r) => (
              <div data-testid="ledger-grading-row" data-row={r.row}>
                <SuggestionList result={r} max={3} selected={[...r.criterionIds, ...(picks.get(r.row) ?? [])]} onPick={(id) => onPick(r.row, id)} />
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}
