/** zh-CN names of request fields, so a validation error names the field the way the form does. */
export const fieldLabels: Record<string, string> = {
  username: '用户名',
  password: '密码',
  newPassword: '新密码',
  currentPassword: '当前密码',
  totp: '动态口令',
  code: '代码',
  displayName: '姓名',
  roles: '角色',
  orgId: '所属机构',
  enterpriseId: '所属企业',
  disabled: '停用',
  kind: '类型',
  name: '名称',
  regionCode: '所在地区',
  sectors: '行业领域',
  sector: '行业领域',
  uscc: '统一社会信用代码',
  address: '地址',
  lat: '纬度',
  lng: '经度',
  scale: '规模',
  status: '状态',
  principal: '主要负责人',
  controller: '实际控制人',
  safetyManager: '安全管理人员',
  phone: '联系电话',
  version: '版本号',
  page: '页码',
  pageSize: '每页条数',
  q: '关键词',
  from: '开始时间',
  to: '结束时间',
  parent: '上级区划',
  standard: '判定标准',
};

export function labelForPath(path: readonly (string | number)[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  if (names.length === 0) return '请求';
  const labelled = names.map((n) => fieldLabels[n] ?? n);
  return labelled.join('·');
}
