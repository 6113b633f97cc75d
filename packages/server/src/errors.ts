import { acceptedFileTypesText } from '@zhiben/core';

/**
 * The one table of error codes: HTTP status and the zh-CN message users see.
 * Grouped by module; add a module's codes here so the mapping stays typed and in one place.
 */
const errorTable = {
  // generic
  VALIDATION: { status: 400, message: '请求参数有误' },
  BAD_JSON: { status: 400, message: '请求体不是有效的 JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '请求体过大' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  FORBIDDEN: { status: 403, message: '无权执行此操作' },
  CSRF_REJECTED: { status: 403, message: '请求来源不被允许：请从本系统页面操作' },
  NOT_FOUND: { status: 404, message: '记录不存在' },
  CONFLICT: { status: 409, message: '记录已被他人修改，请刷新后重试' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误' },
  DB_UNAVAILABLE: { status: 503, message: '数据库暂时不可用，请稍后重试' },
  // auth
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  AUTH_TOTP_REQUIRED: { status: 401, message: '请输入动态口令' },
  AUTH_TOTP_INVALID: { status: 401, message: '动态口令错误' },
  AUTH_LOCKED: { status: 429, message: '登录失败次数过多，请稍后再试' },
  AUTH_ADDRESS_LIMITED: { status: 429, message: '此网络地址登录失败次数过多，请15分钟后再试' },
  AUTH_PASSWORD_CHANGE_REQUIRED: { status: 403, message: '管理员设置的密码须先修改为您自己的密码' },
  AUTH_SESSION_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  AUTH_WRONG_PASSWORD: { status: 400, message: '当前密码错误' },
  AUTH_WEAK_PASSWORD: { status: 400, message: '密码强度不足' },
  AUTH_TOTP_NOT_STAFF: { status: 400, message: '动态口令仅适用于工作人员账号' },
  AUTH_TOTP_NOT_SET_UP: { status: 400, message: '请先生成动态口令密钥' },
  // users & orgs
  USER_USERNAME_TAKEN: { status: 409, message: '用户名已存在' },
  USER_ROLE_COMBINATION: { status: 400, message: '角色组合不允许' },
  USER_ORG_REQUIRED: { status: 400, message: '工作人员须指定所属机构' },
  USER_ENTERPRISE_REQUIRED: { status: 400, message: '企业用户须指定所属企业' },
  USER_ORG_KIND_MISMATCH: { status: 400, message: '角色与机构类型不匹配' },
  USER_CANNOT_DISABLE_SELF: { status: 400, message: '不能停用自己的账号' },
  USER_SELF_CHANGE: { status: 403, message: '不能修改自己的角色、所属机构或企业，也不能重置自己的密码' },
  USER_NOT_MANAGED: { status: 403, message: '该账号不由您管理：审计员账号由安全管理员管理，安全管理员与系统管理员互不管理对方的职责' },
  GRANT_CONFIRM_DENIED: { status: 403, message: '无权确认该授权' },
  GRANT_NOT_PENDING: { status: 409, message: '该授权已处理' },
  ORG_NAME_TAKEN: { status: 409, message: '同一地区已有同名机构' },
  ORG_SECTORS_ONLY_REGULATOR: { status: 400, message: '只有行业监管部门可以设置监管行业' },
  // reference
  REGION_UNKNOWN: { status: 400, message: '行政区划代码不存在' },
  SECTOR_UNKNOWN: { status: 400, message: '行业领域不存在' },
  // enterprises
  ENTERPRISE_USCC_INVALID: { status: 400, message: '统一社会信用代码无效' },
  ENTERPRISE_USCC_TAKEN: { status: 409, message: '该统一社会信用代码已登记' },
  ENTERPRISE_REGION_OUT_OF_SCOPE: { status: 400, message: '所在地区不在本单位辖区内' },
  ENTERPRISE_SECTOR_OUT_OF_SCOPE: { status: 400, message: '行业领域不在本部门监管范围内' },
  IMPORT_FILE_INVALID: { status: 400, message: '文件不是有效的 .xlsx 表格' },
  IMPORT_NO_HEADER: { status: 400, message: '未找到表头行' },
  IMPORT_TOO_MANY_ROWS: { status: 400, message: '单次导入行数超过上限' },
  // escalations (函告、通报、约谈、曝光)
  ESCALATION_TARGET_INVALID: { status: 400, message: '须且只能指定一个对象：隐患、企业、地区或部门' },
  // files
  FILE_TYPE_NOT_ALLOWED: { status: 400, message: `文件类型不允许：仅支持 ${acceptedFileTypesText}` },
  FILE_TOO_LARGE: { status: 413, message: '文件过大' },
  FILE_IMAGE_TOO_MANY_PIXELS: { status: 400, message: '图片像素过多：不能超过 4000 万像素' },
  FILE_IMAGE_INVALID: { status: 400, message: '图片已损坏或格式无效，无法处理' },
  // workflows (server/src/workflow)
  TIMELINE_INCONSISTENT: { status: 409, message: '该记录与其时间线不一致（可能被篡改），已停止办理，请联系管理员核查' },
  FILE_RISKY_CONTENT: { status: 400, message: '文件含有宏、外部链接或脚本，不能作为证据材料' },
  // hazards
  HAZARD_SECTOR_NOT_OF_ENTERPRISE: { status: 400, message: '「行业领域」须为该企业登记的行业领域之一，请先在企业名录中为企业增加该行业领域' },
  IDEMPOTENCY_MISMATCH: { status: 409, message: '同一幂等键已用于内容不同的请求' },
  HAZARD_NOT_OPEN: { status: 409, message: '隐患已销号或作废' },
  // documents (numbered .docx from detail pages)
  DOCUMENT_NOT_APPLICABLE: { status: 409, message: '该记录当前不能出具此文书' },
  // circulars
  CIRCULAR_NOT_READY: { status: 409, message: '月通报尚未生成完成，请稍后再下载' },
  // tips (举报) and worker reports
  TIP_RECEIPT_NOT_FOUND: { status: 404, message: '查询码不存在，请核对后重新输入' },
  TIP_CLOSED: { status: 409, message: '该举报已办结，不能再补充材料' },
  TIP_REPORTER_REQUIRED: { status: 400, message: '实名举报须填写姓名和联系电话' },
  TIP_TOO_MANY_FILES: { status: 400, message: '附件最多5个' },
  TIP_REVEAL_FORBIDDEN: { status: 403, message: '仅受理单位的举报受理员可以查看举报人身份' },
  TIP_REWARD_NOT_ELIGIBLE: { status: 400, message: '不符合举报奖励条件' },
  TIP_DUPLICATE_INVALID: { status: 400, message: '重复举报须关联一件已受理的举报' },
  TIP_ROUTE_NO_ORG: { status: 400, message: '未找到可转办的部门' },
  TIP_REGION_NOT_SERVED: { status: 400, message: '该地区暂未开通举报受理，请拨打当地12350举报电话' },
  TIP_CALENDAR_MISSING: { status: 503, message: '缺少节假日安排，受理时限无法计算' },
  TIP_RATE_LIMITED: { status: 429, message: '提交或查询过于频繁，请稍后再试' },
  // Module B: plans, tasks, returns, dispatch
  RETURN_NOT_FILEABLE: { status: 400, message: '该报送期不能报送' },
  RETURN_ALREADY_FILED: { status: 409, message: '本单位该报送期已报送，不能重复报送；被退回后可修改重报' },
  ROUND_EXISTS: { status: 409, message: '本月调度已开启' },
  TASK_CODE_TAKEN: { status: 409, message: '该方案中已有相同编号的任务' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorTable;

export type AppErrorDetails = { field?: string; message?: string; [key: string]: unknown };

export type AppError = Error & { kind: 'AppError'; code: ErrorCode; status: number; field?: string; details?: unknown };

/** Creates the one error type every module throws. `details.message` overrides the table text when it names a field. */
export function AppError(code: ErrorCode, details: AppErrorDetails = {}): AppError {
  const { field, message, ...rest } = details;
  const entry = errorTable[code];
  const error = new Error(message ?? entry.message) as AppError;
  error.kind = 'AppError';
  error.code = code;
  error.status = entry.status;
  if (field) error.field = field;
  if (Object.keys(rest).length > 0) error.details = rest;
  return error;
}

export const isAppError = (error: unknown): error is AppError =>
  error instanceof Error && (error as Partial<AppError>).kind === 'AppError';

export const errorStatus = (code: ErrorCode): number => errorTable[code].status;
export const errorMessage = (code: ErrorCode): string => errorTable[code].message;
