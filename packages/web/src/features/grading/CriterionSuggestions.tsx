import { Fragment, useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Spin, Tag, Tooltip, Typography } from 'antd';
import { BulbOutlined, CheckOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client.ts';
import type { Id } from '../../api/types.ts';
import { gradingApi, type SuggestResult, type SuggestionItem, type Verdict } from './api.ts';

// 判定助手 panel: the items a description matches, with the matched words marked, a score and a one-line reason.
// A click adds the item to the 判定依据; the level stays the officer's choice.

const verdictTags: Record<Verdict, { color: string; label: string }> = {
  major: { color: 'red', label: '疑似重大事故隐患' },
  uncertain: { color: 'orange', label: '需核实' },
  not_major: { color: 'default', label: '未匹配重大事故隐患判定标准' },
};

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { color, label } = verdictTags[verdict];
  return (
    <Tag color={color} data-testid="grading-verdict" data-verdict={verdict}>
      {label}
    </Tag>
  );
}

const markStyle = { background: '#fff1b8', padding: '0 1px', borderRadius: 2 } as const;
const separated = { borderTop: '1px dashed #f0f0f0', paddingTop: 8 } as const;

/** The item's text with the matched words in <mark>. */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly (readonly number[])[] }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  // [start, end) pairs (the wire type of a tuple is a plain array).
  for (const [start = 0, end = 0] of highlights) {
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = Math.max(at, end);
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <span>
      {parts.map((p, i) => (
        <Fragment key={i}>{p.marked ? <mark style={markStyle}>{p.text}</mark> : p.text}</Fragment>
      ))}
    </span>
  );
}

function SuggestionRow({ item, picked, first, onPick }: { item: SuggestionItem; picked: boolean; first: boolean; onPick?: (id: string) => void }) {
  return (
    <Flex gap={8} align="flex-start" wrap style={first ? undefined : separated} data-testid="grading-item" data-criterion={item.criterionId}>
      <div style={{ flex: 1, minWidth: 240 }}>
        <Flex gap={4} wrap align="center">
          <Typography.Text code>{item.criterionId}</Typography.Text>
          <Tooltip title={item.standardTitle}>
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
              {item.standardTitle}
            </Typography.Text>
          </Tooltip>
          <Tag color={item.score >= 0.5 ? 'red' : item.score >= 0.3 ? 'orange' : 'default'}>匹配度 {Math.round(item.score * 100)}%</Tag>
          {item.preferred && <Tag color="blue">本行业</Tag>}
        </Flex>
        <div style={{ margin: '2px 0' }}>
          <HighlightedText text={item.text} highlights={item.highlights} />
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="grading-reason">
          {item.reason}
        </Typography.Text>
      </div>
      {onPick && (
        <Button size="small" icon={picked ? <CheckOutlined /> : undefined} disabled={picked} onClick={() => onPick(item.criterionId)} data-testid="grading-pick">
          {picked ? '已采用' : '采用'}
        </Button>
      )}
    </Flex>
  );
}

/** The suggestions of one result (a request's or a ledger row's). */
export function SuggestionList({
  result,
  selected,
  onPick,
  max = 5,
}: {
  result: Pick<SuggestResult, 'verdict' | 'verdictReason' | 'items'>;
  selected?: readonly string[];
  onPick?: (criterionId: string) => void;
  max?: number;
}) {
  const chosen = new Set(selected ?? []);
  return (
    <Flex vertical gap={8} data-testid="grading-suggestions">
      <Flex gap={8} align="center" wrap>
        <VerdictTag verdict={result.verdict} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {result.verdictReason}
        </Typography.Text>
      </Flex>
      {result.items.length === 0 ? (
        <Alert type="info" showIcon title="未匹配重大事故隐患判定标准" data-testid="grading-none" />
      ) : (
        result.items
          .slice(0, max)
          .map((item, i) => <SuggestionRow key={item.criterionId} item={item} first={i === 0} picked={chosen.has(item.criterionId)} onPick={onPick} />)
      )}
    </Flex>
  );
}

const MIN_CHARS = 4;

/**
 * Suggestions for the description being typed (debounced). Nothing is fetched until there is a finding date and a
 * few characters; a failed request only shows a notice (the assistant is advisory).
 */
export function CriterionSuggestions({
  description,
  foundAt,
  enterpriseId,
  sector,
  selected,
  onPick,
  debounceMs = 500,
}: {
  description: string;
  foundAt?: string;
  enterpriseId?: Id;
  sector?: string;
  selected?: readonly string[];
  onPick: (criterionId: string) => void;
  debounceMs?: number;
}) {
  const [result, setResult] = useState<SuggestResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = description.trim();
  const ready = foundAt !== undefined && [...text].length >= MIN_CHARS;

  useEffect(() => {
    if (!ready) {
      setResult(null);
      setError(null);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setLoading(true);
      gradingApi
        .suggest({ description: text, foundAt, enterpriseId, sector }, controller.signal)
        .then(
          (r) => {
            if (controller.signal.aborted) return;
            setResult(r);
            setError(null);
          },
          (err: unknown) => {
            if (!controller.signal.aborted) setError(errorMessage(err));
          },
        )
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [ready, text, foundAt, enterpriseId, sector, debounceMs]);

  if (!ready) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} align="center">
          <BulbOutlined />
          <span>判定助手</span>
          {loading && <Spin size="small" />}
        </Flex>
      }
      extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>仅供参考，隐患等级由您判定</Typography.Text>}
      data-testid="criterion-suggestions"
    >
      {error && <Alert type="warning" showIcon title={`判定助手暂不可用：${error}`} />}
      {result && <SuggestionList result={result} selected={selected} onPick={onPick} />}
    </Card>
  );
}
