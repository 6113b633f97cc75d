import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Flex, Select, Spin, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { feedback } from '../../app/feedback.ts';
import { useQuery } from '../../app/useQuery.ts';
import { referenceApi, type Standard } from '../reference/api.ts';

/** What the picker needs to know of a criterion (the API's Criterion and a hazard's `criteria` both fit). */
export type CriterionInfo = {
  id: string;
  standardId: string;
  text: string | null;
  topic: string | null;
  clause?: string | null;
  group?: string | null;
};

/** Item text, or for copyrighted standards the clause number and topic (the text is not stored). */
export function criterionText(c: CriterionInfo): string {
  if (c.text) return c.text;
  const topic = c.topic ?? '（条文未收录）';
  return c.clause ? `第 ${c.clause} 条：${topic}` : topic;
}

const searchCriteria = (query: { standard?: string; q?: string; at?: string }, signal?: AbortSignal) =>
  referenceApi.criteria({ ...query, page: 1, pageSize: 50 }, signal);

let standardsPromise: Promise<Standard[]> | null = null;
function loadStandards(): Promise<Standard[]> {
  standardsPromise ??= referenceApi.standards().then(
    (r) => r.items,
    (err: unknown) => {
      standardsPromise = null;
      throw err;
    },
  );
  return standardsPromise;
}

/**
 * 判定依据 picker: choose a standard (GET /api/standards), search its criteria in force on `at`
 * (GET /api/criteria?standard=&q=&at=), multi-select; the chosen items' full text is listed below.
 */
export function CriterionPicker({
  value,
  onChange,
  at,
  initialCriteria,
  preferredStandards,
  id,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** The finding date (yyyy-mm-dd): only standards in force then are offered. */
  at?: string;
  /** Already known criteria (e.g. a hazard's `criteria`) so their text shows without a search. */
  initialCriteria?: CriterionInfo[];
  /** Standards of the enterprise's sectors: listed first and the first one preselected. */
  preferredStandards?: string[];
  id?: string;
}) {
  const selected = useMemo(() => value ?? [], [value]);
  const standards = useQuery('standards', () => loadStandards());
  const [standard, setStandard] = useState<string | undefined>(undefined);
  const [touchedStandard, setTouchedStandard] = useState(false);
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<CriterionInfo[]>([]);
  const [loading, setLoading] = useState(false);
  const [known, setKnown] = useState<Map<string, CriterionInfo>>(() => new Map((initialCriteria ?? []).map((c) => [c.id, c])));
  const timer = useRef<number | undefined>(undefined);

  const preferredKey = (preferredStandards ?? []).join(',');
  // Preselect the first standard of the enterprise's sectors until the user picks one.
  useEffect(() => {
    if (touchedStandard) return;
    const first = preferredKey.split(',').find((s) => s !== '');
    setStandard(first);
  }, [preferredKey, touchedStandard]);

  // Search (debounced) whenever the standard, the query or the date change.
  useEffect(() => {
    const controller = new AbortController();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setLoading(true);
      searchCriteria({ standard, q: q || undefined, at }, controller.signal).then(
        (page) => {
          if (controller.signal.aborted) return;
          setOptions(page.items);
          setKnown((prev) => {
            const next = new Map(prev);
            for (const c of page.items) next.set(c.id, c);
            return next;
          });
          setLoading(false);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setLoading(false);
          feedback.error(err);
        },
      );
    }, 300);
    return () => {
      controller.abort();
      window.clearTimeout(timer.current);
    };
  }, [standard, q, at]);

  // Items chosen elsewhere (the 判定助手) are not among the search results: look their text up by id.
  const unknownKey = selected.filter((sid) => !known.has(sid)).join(',');
  useEffect(() => {
    if (unknownKey === '') return undefined;
    const controller = new AbortController();
    for (const sid of unknownKey.split(',')) {
      searchCriteria({ q: sid }, controller.signal).then(
        (page) => {
          const hit = page.items.find((c) => c.id === sid);
          if (hit && !controller.signal.aborted) setKnown((prev) => new Map(prev).set(sid, hit));
        },
        () => undefined, // the id stays listed without its text
      );
    }
    return () => controller.abort();
  }, [unknownKey]);

  const standardList = standards.data ?? [];
  const standardTitle = (sid: string) => standardList.find((s) => s.id === sid)?.title ?? sid;
  const preferred = new Set(preferredStandards ?? []);
  const sortedStandards = [...standardList].sort((a, b) => Number(preferred.has(b.id)) - Number(preferred.has(a.id)));
  const copyrighted = standardList.find((s) => s.id === standard)?.textIncluded === false;

  // Keep the chosen items among the options so the Select can label them.
  const optionItems = [...options];
  for (const sid of selected) {
    if (!optionItems.some((o) => o.id === sid)) optionItems.push(known.get(sid) ?? { id: sid, standardId: '', text: null, topic: null });
  }

  return (
    <div id={id} data-testid="criterion-picker">
      <Flex gap={8} wrap>
        <Select<string>
          allowClear
          style={{ width: 300 }}
          placeholder="全部判定标准"
          loading={standards.loading}
          value={standard}
          onChange={(v) => {
            setTouchedStandard(true);
            setStandard(v ?? undefined);
          }}
          showSearch={{ optionFilterProp: 'label' }}
          options={sortedStandards.map((s) => ({
            value: s.id,
            label: `${s.title}${s.docNo ? `（${s.docNo}）` : ''}`,
          }))}
          data-testid="criterion-standard"
        />
        <Select<string[]>
          mode="multiple"
          style={{ flex: 1, minWidth: 320 }}
          placeholder="输入关键词搜索判定条款，可多选"
          value={selected}
          onChange={(ids) => onChange?.(ids)}
          showSearch={{ filterOption: false, onSearch: setQ }}
          onBlur={() => setQ('')}
          notFoundContent={loading ? <Spin size="small" /> : '无匹配条款'}
          maxTagTextLength={16}
          optionLabelProp="tag"
          options={optionItems.map((c) => ({
            value: c.id,
            tag: c.id,
            label: (
              <span title={criterionText(c)}>
                <Typography.Text code>{c.id}</Typography.Text> {criterionText(c)}
              </span>
            ),
          }))}
          data-testid="criterion-select"
        />
      </Flex>
      {copyrighted && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          本标准受著作权保护，仅显示条款编号与主题，条文请查阅正式出版物。
        </Typography.Text>
      )}
      {selected.length > 0 && (
        <Flex vertical gap={0} className="zb-criteria-list" data-testid="criterion-selected">
          {selected.map((cid) => {
            const c = known.get(cid);
            return (
              <Flex key={cid} gap={8} align="flex-start" className="zb-criteria-item">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Tag color="blue">{cid}</Tag>
                  {c?.standardId && <Typography.Text type="secondary">{standardTitle(c.standardId)}</Typography.Text>}
                  <div>{c ? criterionText(c) : '（条款内容加载中或已失效）'}</div>
                </div>
                <Button
                  size="small"
                  type="text"
                  icon={<CloseOutlined />}
                  aria-label={`移除 ${cid}`}
                  onClick={() => onChange?.(selected.filter((x) => x !== cid))}
                />
              </Flex>
            );
          })}
        </Flex>
      )}
    </div>
  );
}
