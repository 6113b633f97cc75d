import { Alert, Card, Empty } from 'antd';
import { errorMessage } from '../../api/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useQuery } from '../../app/useQuery.ts';
import { enterprisesApi } from './api.ts';
import { EnterpriseActions } from './EnterpriseActions.tsx';
import { EnterpriseDescriptions } from './EnterpriseDescriptions.tsx';

/** 本单位信息: the enterprise user's own record; editing is offered only per the record's `actions`. */
export default function OwnEnterprisePage() {
  const me = useMe();
  const id = me.enterprise?.id ?? null;
  const q = useQuery(id === null ? null : `own-enterprise:${id}`, (signal) => enterprisesApi.get(id ?? '', signal));

  if (id === null) {
    return (
      <Card title="本单位信息">
        <Empty description="当前账号未关联企业" />
      </Card>
    );
  }
  return (
    <Card
      title="本单位信息"
      loading={q.loading && !q.data}
      extra={q.data && <EnterpriseActions enterprise={q.data} onSaved={q.setData} onReload={q.reload} />}
    >
      {q.error !== undefined && <Alert type="error" showIcon title={errorMessage(q.error)} style={{ marginBottom: 16 }} />}
      {q.data && <EnterpriseDescriptions enterprise={q.data} />}
    </Card>
  );
}
