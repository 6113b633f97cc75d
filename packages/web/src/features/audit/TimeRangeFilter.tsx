import { DatePicker } from 'antd';
import { urlDay } from '../../app/hooks/urlFilters.ts';

/** The audit tabs' time filter: ISO date-times `from`/`to` as the URL keeps them. */
export function TimeRangeFilter({ from, to, onChange }: { from: string | undefined; to: string | undefined; onChange: (range: { from: string | undefined; to: string | undefined }) => void }) {
  return (
    <DatePicker.RangePicker
      showTime
      value={[urlDay(from), urlDay(to)]}
      onChange={(r) => onChange({ from: r?.[0]?.toISOString(), to: r?.[1]?.toISOString() })}
      placeholder={['开始时间', '结束时间']}
    />
  );
}
