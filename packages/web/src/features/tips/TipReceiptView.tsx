import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Result, Typography } from 'antd';
import dayjs from 'dayjs';
import { dateTimeFormat } from '../../app/labels.ts';
import type { TipReceipt } from './api.ts';

/**
 * The receipt after a submission. The code is shown this once (the server keeps only its hash): it lives in
 * this component's state only, never in the URL, history state or storage.
 */
export function TipReceiptView({ receipt, onNew }: { receipt: TipReceipt; onNew: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <Card>
      <Result
        status="success"
        title="举报已提交"
        subTitle={`举报编号 ${receipt.tipNo} · 提交时间 ${dayjs(receipt.receivedAt).format(dateTimeFormat)}`}
        style={{ paddingInline: 0 }}
      />
      {receipt.merged && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="您刚才已提交过相同内容，本次提交已合并到同一件举报。下面的查询码同样可以查询这件举报。"
        />
      )}
      <Alert
        type="warning"
        showIcon
        title="请立即保存下面的查询码"
        description="查询码只显示这一次，系统不保存明文，遗失后无法找回。凭查询码可查看办理进度、答复和奖励，并可补充材料、回答核查人员的问题。请不要把查询码告诉他人。"
        style={{ marginBottom: 16 }}
      />
      <Typography.Text type="secondary">查询码</Typography.Text>
      <Flex vertical gap={8} style={{ margin: '4px 0 16px' }}>
        <Typography.Text className="zb-receipt-code" data-testid="receipt-code" copyable={{ text: receipt.receiptCode, tooltips: ['复制查询码', '已复制'] }}>
          {receipt.receiptCode}
        </Typography.Text>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'no', label: '举报编号', children: receipt.tipNo },
          { key: 'where', label: '查询地址', children: <Link to="/tip/query">{`${window.location.origin}/tip/query`}</Link> },
        ]}
      />
      <Checkbox checked={saved} onChange={(e) => setSaved(e.target.checked)} style={{ margin: '12px 0' }} data-testid="receipt-saved">
        我已复制或抄写保存查询码
      </Checkbox>
      <Flex gap={8} wrap>
        <Link to="/tip/query">
          <Button type="primary" disabled={!saved}>
            去查询办理进度
          </Button>
        </Link>
        <Button disabled={!saved} onClick={onNew}>
          再提交一条举报
        </Button>
      </Flex>
    </Card>
  );
}
