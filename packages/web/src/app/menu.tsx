import type { ReactNode } from 'react';
import {
  InteractionOutlined,
  AlertOutlined,
  AuditOutlined,
  CalendarOutlined,
  CommentOutlined,
  IdcardOutlined,
  PartitionOutlined,
  FileTextOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SendOutlined,
  UnorderedListOutlined,
  EditOutlined,
  FundOutlined,
  InboxOutlined,
  MessageOutlined,
  BarChartOutlined,
  DashboardOutlined,
  OrderedListOutlined,
  BankOutlined,
  CameraOutlined,
  FileSearchOutlined,
  ClusterOutlined,
  DatabaseOutlined,
  FileAddOutlined,
  FileWordOutlined,
  ImportOutlined,
  ProfileOutlined,
  SafetyOutlined,
  HomeOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  SolutionOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { Capability } from '../api/types.ts';

type MenuItem = Required<MenuProps>['items'][number];

type MenuNode = {
  key: string;
  label: string;
  icon: ReactNode;
  /** Shown only if the user has this capability; omitted = always shown. */
  capability?: Capability;
  /** Shown only if the user does NOT have this capability (e.g. 上报 hidden when 登记 is offered at the same path). */
  unlessCapability?: Capability;
  children?: MenuNode[];
};

/** The single source of the side menu. Visibility depends ONLY on `me.capabilities`, never on roles. */
const menuTree: MenuNode[] = [
  { key: '/', label: '首页', icon: <HomeOutlined /> },
  { key: '/enterprises', label: '企业管理', icon: <ShopOutlined />, capability: 'enterprises.read' },
  { key: '/my-enterprise', label: '本单位信息', icon: <BankOutlined />, capability: 'enterprise.own' },
  {
    key: 'hazards',
    label: '隐患排查治理',
    icon: <SafetyOutlined />,
    children: [
      { key: '/hazards', label: '隐患台账', icon: <ProfileOutlined />, capability: 'hazards.read' },
      { key: '/hazards/new', label: '登记隐患', icon: <FileAddOutlined />, capability: 'hazards.register' },
      {
        key: '/hazards/new',
        label: '上报隐患',
        icon: <FileAddOutlined />,
        capability: 'hazards.report',
        unlessCapability: 'hazards.register',
      },
      { key: '/hazards/import', label: '隐患导入', icon: <ImportOutlined />, capability: 'hazards.import' },
    ],
  },
  {
    key: 'tips',
    label: '举报受理',
    icon: <AlertOutlined />,
    children: [
      { key: '/tips', label: '举报件', icon: <InboxOutlined />, capability: 'tips.read' },
      { key: '/tips/new', label: '录入举报', icon: <EditOutlined />, capability: 'tips.handle' },
      { key: '/tips/stats', label: '举报统计', icon: <FundOutlined />, capability: 'tips.read' },
      { key: '/worker-reports/stats', label: '内部报告情况', icon: <MessageOutlined />, capability: 'worker_reports.read' },
    ],
  },
  {
    key: 'inspections',
    label: '检查',
    icon: <FileSearchOutlined />,
    children: [
      { key: '/inspections', label: '检查记录', icon: <ProfileOutlined />, capability: 'inspections.read' },
      { key: '/principal-check', label: '主要负责人带队检查', icon: <CameraOutlined />, capability: 'principal_checks.submit' },
      { key: '/premises', label: '场所', icon: <HomeOutlined />, capability: 'premises.read' },
      { key: '/checklists', label: '检查表库', icon: <OrderedListOutlined />, capability: 'checklists.read' },
      { key: '/random-draws', label: '双随机抽查', icon: <InteractionOutlined />, capability: 'inspections.plan' },
      { key: '/supervision', label: '差异化监管', icon: <ClusterOutlined />, capability: 'inspections.plan' },
      { key: '/experts', label: '专家库', icon: <TeamOutlined />, capability: 'experts.read' },
      { key: '/experts/service-plan', label: '专家指导帮扶', icon: <SolutionOutlined />, capability: 'inspections.plan' },
      { key: '/experts/figures', label: '专家库统计', icon: <BarChartOutlined />, capability: 'experts.read' },
      { key: '/experts/me', label: '我的专家档案', icon: <IdcardOutlined />, capability: 'experts.self' },
    ],
  },
  {
    key: 'service-bodies',
    label: '第三方服务机构',
    icon: <ShopOutlined />,
    children: [
      { key: '/service-bodies', label: '机构名录', icon: <ProfileOutlined />, capability: 'service_bodies.read' },
      { key: '/service-bodies/reviews', label: '复核抽样', icon: <FileSearchOutlined />, capability: 'service_bodies.read' },
      { key: '/service-bodies/ranking', label: '机构排名', icon: <OrderedListOutlined />, capability: 'service_bodies.read' },
      { key: '/supervision-people', label: '技术检查员与社会监督员', icon: <TeamOutlined />, capability: 'service_bodies.read' },
    ],
  },
  { key: '/worker-reports', label: '从业人员报告', icon: <MessageOutlined />, capability: 'worker_reports.handle' },
  {
    key: 'plans',
    label: '方案任务调度',
    icon: <ScheduleOutlined />,
    children: [
      { key: '/plans', label: '实施方案', icon: <FileTextOutlined />, capability: 'plans.read' },
      { key: '/tasks', label: '任务清单', icon: <UnorderedListOutlined />, capability: 'plans.read' },
      { key: '/tasks/board', label: '任务看板', icon: <ProjectOutlined />, capability: 'plans.read' },
      { key: '/returns', label: '工作报送', icon: <SendOutlined />, capability: 'plans.read' },
      // The rounds are the 安委办's own records (a department's or township's officers read them as 404: plans.guard.ts).
      { key: '/dispatch', label: '月度调度', icon: <CalendarOutlined />, capability: 'plans.manage' },
      { key: '/meetings', label: '领导会议', icon: <CommentOutlined />, capability: 'plans.manage' },
      { key: '/leaders', label: '领导履职', icon: <IdcardOutlined />, capability: 'plans.manage' },
      { key: '/sector-leads', label: '牵头部门', icon: <PartitionOutlined />, capability: 'plans.manage' },
    ],
  },
  {
    key: 'stats',
    label: '统计分析',
    icon: <BarChartOutlined />,
    children: [
      { key: '/stats', label: '态势总览', icon: <DashboardOutlined />, capability: 'stats.read' },
      { key: '/stats/ranking', label: '排名晾晒', icon: <OrderedListOutlined />, capability: 'stats.read' },
      { key: '/stats/slow-progress', label: '进展缓慢', icon: <AlertOutlined />, capability: 'stats.read' },
      { key: '/stats/circular', label: '月通报', icon: <FileWordOutlined />, capability: 'stats.read' },
      { key: '/stats/inspections', label: '检查统计', icon: <FundOutlined />, capability: 'stats.read' },
      { key: '/stats/principal-checks', label: '带队检查落实', icon: <FundOutlined />, capability: 'stats.read' },
      { key: '/stats/missed-detections', label: '查不出', icon: <AlertOutlined />, capability: 'inspections.review' },
      { key: '/stats/grading-quality', label: '定级质量', icon: <AuditOutlined />, capability: 'stats.read' },
    ],
  },
  {
    key: 'system',
    label: '系统管理',
    icon: <ToolOutlined />,
    children: [
      { key: '/system/users', label: '用户管理', icon: <TeamOutlined />, capability: 'users.manage' },
      { key: '/system/grants', label: '待确认的授权', icon: <TeamOutlined />, capability: 'grants.confirm' },
      { key: '/system/orgs', label: '机构管理', icon: <ClusterOutlined />, capability: 'orgs.manage' },
      { key: '/system/reference', label: '基础数据', icon: <DatabaseOutlined />, capability: 'reference.read' },
    ],
  },
  { key: '/audit', label: '审计日志', icon: <AuditOutlined />, capability: 'audit.read' },
  { key: '/settings', label: '个人设置', icon: <SettingOutlined /> },
];

function build(nodes: MenuNode[], capabilities: readonly string[]): MenuItem[] {
  const out: MenuItem[] = [];
  for (const node of nodes) {
    if (node.capability && !capabilities.includes(node.capability)) continue;
    if (node.unlessCapability && capabilities.includes(node.unlessCapability)) continue;
    if (node.children) {
      const children = build(node.children, capabilities);
      if (children.length === 0) continue;
      out.push({ key: node.key, label: node.label, icon: node.icon, children });
    } else {
      out.push({ key: node.key, label: node.label, icon: node.icon });
    }
  }
  return out;
}

export function buildMenu(capabilities: readonly string[]): MenuItem[] {
  return build(menuTree, capabilities);
}

/** Menu key to highlight for a pathname (longest matching leaf). */
export function selectedMenuKey(pathname: string): string {
  const leaves: string[] = [];
  const walk = (nodes: MenuNode[]) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      else leaves.push(n.key);
    }
  };
  walk(menuTree);
  let best = '/';
  for (const key of leaves) {
    if (key !== '/' && (pathname === key || pathname.startsWith(`${key}/`)) && key.length > best.length) best = key;
  }
  return best;
}

/** Submenus open on first render (all groups are short). */
export function openMenuKeys(_pathname: string): string[] {
  return ['hazards', 'tips', 'inspections', 'plans', 'stats', 'system'];
}

