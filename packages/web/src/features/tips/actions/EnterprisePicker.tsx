import { Form } from 'antd';
import { RemoteSelect, type RemoteOption } from '../../../app/RemoteSelect.tsx';
import { enterprisesApi } from '../../enterprises/api.ts';
import { publicTipsApi } from '../api.ts';

/** Option lists that may be unavailable to the user (e.g. the org register): an empty list instead of an error toast. */
const quietly =
  (fetch: (q: string) => Promise<RemoteOption[]>) =>
  async (q: string): Promise<RemoteOption[]> => {
    try {
      return await fetch(q);
    } catch {
      return [];
    }
  };

async function searchEnterprises(q: string): Promise<RemoteOption[]> {
  try {
    const page = await enterprisesApi.list({ q: q || undefined, page: 1, pageSize: 20 });
    return page.items.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }));
  } catch {
    // Without access to the enterprise register (tip officers), the public name search still finds it.
    if (q.trim().length < 2) return [];
    const list = await publicTipsApi.enterprises(q.trim());
    return list.map((e) => ({ value: e.id, label: `${e.name}（${e.regionName}）` }));
  }
}

/** The enterprise of a tip that matched none in the register. */
export function EnterprisePicker({ required }: { required: boolean }) {
  return (
    <Form.Item
      label="关联企业"
      name="enterpriseId"
      rules={required ? [{ required: true, message: '请选择隐患所在企业' }] : []}
      extra="举报未匹配到企业名录时，在此选择被举报单位"
    >
      <RemoteSelect placeholder="输入企业名称搜索" fetchOptions={quietly(searchEnterprises)} />
    </Form.Item>
  );
}
