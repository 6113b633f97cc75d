// What an auditor reads: Chinese names for the audit log's action codes, object types and detail fields, and a
// readable line per detail instead of JSON. Codes not listed here are shown as they are (a new module's code is
// still readable as a code until it gets its name here).

import { roleLabels, type Role } from '@zhiben/core';

const actionLabels: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.login_failed': '登录失败',
  'auth.login_locked': '账号锁定（连续登录失败）',
  'auth.login_address_limited': '登录受限（同一地址失败过多）',
  'auth.password_changed': '修改密码',
  'auth.totp_setup': '设置动态口令',
  'auth.totp_enabled': '启用动态口令',
  'auth.totp_disabled': '停用动态口令',
  'auth.totp_failed': '动态口令错误',
  'audit.checkpoint': '审计检查点',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.disable': '停用用户',
  'user.enable': '启用用户',
  'user.unlock': '解锁用户',
  'user.reset_password': '重置密码',
  'user.grant_requested': '申请授权',
  'user.grant_confirmed': '确认授权',
  'user.grant_rejected': '驳回授权',
  'org.create': '新建单位',
  'org.update': '修改单位',
  'enterprise.create': '新建企业',
  'enterprise.update': '修改企业',
  'enterprise.import_batch': '导入企业名录',
  'hazard.import_batch': '导入隐患台账',
  'tip.reveal': '查看举报人身份',
  'escalation.create': '记录督办措施',
  'missed_detection.review': '复核查不出',
  'premises.create': '新建场所',
  'premises.update': '修改场所',
  'premises.reveal_owner_id': '查看场所业主身份证号',
  'checklist.create': '新建检查表',
  'service_body.create': '登记第三方服务机构',
  'service_body.update': '修改第三方服务机构',
  'service_body.status': '变更第三方服务机构状态',
  'service_body.staff_add': '新增服务机构从业人员',
  'service_body.staff_update': '修改服务机构从业人员',
  'service_body.review_draw': '抽取服务报告复核样本',
  'service_body.contract': '登记政府购买服务合同',
  'service_body.policy_add': '登记投保企业（安责险）',
  'service_body.check': '录入服务机构监督检查',
  'supervision_person.create': '登记执法技术检查员/社会监督员',
  'supervision_person.update': '修改执法技术检查员/社会监督员',
  'expert.create': '专家入库',
  'expert.update': '修改专家信息',
  'expert.status': '变更专家状态',
  'expert.rate': '评价专家',
  'meeting.create': '记录会议',
  'meeting.update': '修改会议',
  'leader.create': '新增领导',
  'leader.update': '修改领导',
  'duty_list.create': '新建职责清单',
  'duty_list.update': '修改职责清单',
  'duty_list.file': '职责清单报备',
  'working_group.create': '新建工作专班',
  'working_group.update': '修改工作专班',
  'report_requirement.create': '新建报送要求',
  'report_requirement.update': '修改报送要求',
  'sector_lead.create': '新增行业牵头部门',
  'sector_lead.update': '修改行业牵头部门',
  'task.import_batch': '导入任务清单',
  'export.hazards': '导出隐患台账',
  'export.tips': '导出举报台账',
  'export.enterprises': '导出企业名录',
  'export.circular': '导出通报',
  'export.tasks': '导出任务清单',
  'file.download': '下载他人上传的文件',
  'legacy.row': '历史数据迁移',
  'system.seed_demo': '生成演示数据',
  'system.seed_demo_plans': '生成演示方案',
  'system.seed_demo_plan_people': '生成演示领导和联络员',
};

const entityTypeLabels: Readonly<Record<string, string>> = {
  user: '用户',
  hazards: '隐患台账',
  tips: '举报台账',
  enterprises: '企业名录',
  circular: '通报',
  tasks: '任务清单',
  file: '文件',
  org: '单位',
  enterprise: '企业',
  hazard: '隐患',
  tip: '举报',
  escalation: '督办',
  premises: '场所',
  checklist: '检查表',
  service_body: '第三方服务机构',
  supervision_person: '执法技术检查员/社会监督员',
  expert: '专家',
  meeting: '会议',
  plan: '方案',
  task: '任务',
  report_requirement: '报送要求',
  sector_lead: '行业牵头部门',
  leader: '领导',
  duty_list: '职责清单',
  working_group: '工作专班',
};

const detailLabels: Readonly<Record<string, string>> = {
  username: '用户名',
  roles: '角色',
  reason: '原因',
  purpose: '用途',
  tipNo: '举报编号',
  hazardNo: '隐患编号',
  created: '新增',
  updated: '更新',
  skipped: '跳过',
  rows: '行数',
  firstRow: '首行',
  lastRow: '末行',
  errors: '错误',
  fileName: '文件名',
  filter: '筛选条件',
  name: '名称',
  docNo: '文号',
  kind: '类型',
  count: '条数',
  headId: '检查点截至记录',
  headHash: '检查点哈希',
  orgName: '单位',
  regionCode: '地区代码',
  enterprises: '企业数',
  hazards: '隐患数',
  users: '用户数',
  orgs: '单位数',
  publishedPassword: '使用公开的演示密码（须改密码）',
  unlockedBy: '解锁方式',
  failures: '失败次数',
  account: '账号锁定',
  tips: '举报数',
  planName: '方案',
  planId: '方案ID',
  score: '评分',
  inspectionId: '检查ID',
  idNumberRecorded: '登记身份证号',
  fields: '修改字段',
  version: '版本',
  from: '原状态',
  to: '新状态',
  source: '来源',
  sectors: '行业领域',
  grantId: '授权申请编号',
  suspendedRoles: '暂停的角色（待安委办干部确认恢复）',
  requested: '申请',
  before: '修改前',
  after: '修改后',
  orgId: '单位ID',
  enterpriseId: '企业ID',
  disabled: '停用',
  requestedBy: '申请人',
  note: '说明',
};

/** Keys whose values are role codes: shown by their names. */
const roleKeys = new Set(['roles', 'suspendedRoles']);
const roleName = (value: unknown) => (typeof value === 'string' && value in roleLabels ? roleLabels[value as Role] : value);

export const auditActionLabel = (action: string): string => actionLabels[action] ?? action;
export const auditEntityTypeLabel = (type: string | null): string | null => (type === null ? null : (entityTypeLabels[type] ?? type));

const valueText = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(valueText).join('、');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${detailLabels[k] ?? k}=${entryText(k, v)}`)
      .join('，');
  }
  return JSON.stringify(value) ?? '';
};

/** A detail entry's value as text, role codes by their names. */
const entryText = (key: string, value: unknown): string => valueText(roleKeys.has(key) && Array.isArray(value) ? value.map(roleName) : value);

/** The detail as labelled lines (「新增：5」), in the order written. */
export function auditDetailLines(detail: Record<string, unknown>): { label: string; value: string }[] {
  return Object.entries(detail)
    .filter(([, v]) => v !== undefined)
    .map(([key, value]) => ({ label: detailLabels[key] ?? key, value: entryText(key, value) }));
}
