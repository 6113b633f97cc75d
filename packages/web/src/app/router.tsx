import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { AppLayout, PageFallback } from './AppLayout.tsx';
import { RequireAuth, RequireCapability } from './guards.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';

const EnterprisesPage = lazy(() => import('../features/enterprises/EnterprisesPage.tsx'));
const OwnEnterprisePage = lazy(() => import('../features/enterprises/OwnEnterprisePage.tsx'));
const UsersPage = lazy(() => import('../features/users/UsersPage.tsx'));
const GrantsPage = lazy(() => import('../features/users/GrantsPage.tsx'));
const OrgsPage = lazy(() => import('../features/orgs/OrgsPage.tsx'));
const ReferencePage = lazy(() => import('../features/reference/ReferencePage.tsx'));
const AuditPage = lazy(() => import('../features/audit/AuditPage.tsx'));
const HazardsPage = lazy(() => import('../features/hazards/HazardsPage.tsx'));
const HazardDetailPage = lazy(() => import('../features/hazards/HazardDetailPage.tsx'));
const HazardFormPage = lazy(() => import('../features/hazards/HazardFormPage.tsx'));
const HazardImportPage = lazy(() => import('../features/hazards/HazardImportPage.tsx'));
const StatsDashboardPage = lazy(() => import('../features/stats/StatsDashboardPage.tsx'));
const StatsRankingPage = lazy(() => import('../features/stats/StatsRankingPage.tsx'));
const StatsSlowProgressPage = lazy(() => import('../features/stats/StatsSlowProgressPage.tsx'));
const CircularPage = lazy(() => import('../features/circulars/CircularPage.tsx'));
const GradingQualityPage = lazy(() => import('../features/grading/GradingQualityPage.tsx'));
const PlansPage = lazy(() => import('../features/plans/PlansPage.tsx'));
const PlanDetailPage = lazy(() => import('../features/plans/PlanDetailPage.tsx'));
const TasksPage = lazy(() => import('../features/tasks/TasksPage.tsx'));
const TaskBoardPage = lazy(() => import('../features/tasks/TaskBoardPage.tsx'));
const TaskDetailPage = lazy(() => import('../features/tasks/TaskDetailPage.tsx'));
const ReturnsPage = lazy(() => import('../features/returns/ReturnsPage.tsx'));
const ReturnDetailPage = lazy(() => import('../features/returns/ReturnDetailPage.tsx'));
const DispatchRoundsPage = lazy(() => import('../features/dispatch/DispatchRoundsPage.tsx'));
const DispatchRoundPage = lazy(() => import('../features/dispatch/DispatchRoundPage.tsx'));
const LeadersPage = lazy(() => import('../features/leaders/LeadersPage.tsx'));
const LeaderRecordPage = lazy(() => import('../features/leaders/LeaderRecordPage.tsx'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage.tsx'));
const MeetingDetailPage = lazy(() => import('../features/meetings/MeetingDetailPage.tsx'));
const SectorLeadsPage = lazy(() => import('../features/plans/SectorLeadsPage.tsx'));
const SettingsPage = lazy(() => import('../features/auth/SettingsPage.tsx'));
const TipSubmitPage = lazy(() => import('../features/tips/TipSubmitPage.tsx'));
const TipQueryPage = lazy(() => import('../features/tips/TipQueryPage.tsx'));
const WorkerReportPublicPage = lazy(() => import('../features/tips/WorkerReportPublicPage.tsx'));
const TipsInboxPage = lazy(() => import('../features/tips/TipsInboxPage.tsx'));
const TipDetailPage = lazy(() => import('../features/tips/TipDetailPage.tsx'));
const TipEntryPage = lazy(() => import('../features/tips/TipEntryPage.tsx'));
const TipStatsPage = lazy(() => import('../features/tips/TipStatsPage.tsx'));
const WorkerReportsPage = lazy(() => import('../features/tips/WorkerReportsPage.tsx'));
const WorkerReportStatsPage = lazy(() => import('../features/tips/WorkerReportStatsPage.tsx'));
const PremisesPage = lazy(() => import('../features/premises/PremisesPage.tsx'));
const PremisesDetailPage = lazy(() => import('../features/premises/PremisesDetailPage.tsx'));
const ChecklistsPage = lazy(() => import('../features/checklists/ChecklistsPage.tsx'));
const ChecklistDetailPage = lazy(() => import('../features/checklists/ChecklistDetailPage.tsx'));
const DrawsPage = lazy(() => import('../features/random-draws/DrawsPage.tsx'));
const DrawDetailPage = lazy(() => import('../features/random-draws/DrawDetailPage.tsx'));
const InspectorsPage = lazy(() => import('../features/random-draws/InspectorsPage.tsx'));
const PublicDrawPage = lazy(() => import('../features/random-draws/PublicDrawPage.tsx'));
const SupervisionPage = lazy(() => import('../features/supervision/SupervisionPage.tsx'));
const ExpertsPage = lazy(() => import('../features/experts/ExpertsPage.tsx'));
const ExpertDetailPage = lazy(() => import('../features/experts/ExpertDetailPage.tsx'));
const MyExpertPage = lazy(() => import('../features/experts/ExpertDetailPage.tsx').then((m) => ({ default: m.MyExpertPage })));
const ExpertServicePlanPage = lazy(() => import('../features/experts/ServicePlanPage.tsx'));
const ExpertFiguresPage = lazy(() => import('../features/experts/ExpertFiguresPage.tsx'));
const ServiceBodiesPage = lazy(() => import('../features/service-bodies/ServiceBodiesPage.tsx'));
const ServiceBodyDetailPage = lazy(() => import('../features/service-bodies/ServiceBodyDetailPage.tsx'));
const ServiceReviewSamplesPage = lazy(() => import('../features/service-bodies/ReviewSamplesPage.tsx'));
const ServiceBodyRankingPage = lazy(() => import('../features/service-bodies/RankingPage.tsx'));
const SupervisionPeoplePage = lazy(() => import('../features/service-bodies/SupervisionPeoplePage.tsx'));
const SpotCheckItemsPage = lazy(() => import('../features/random-draws/SpotCheckItemsPage.tsx'));
const InspectionsPage = lazy(() => import('../features/inspections/InspectionsPage.tsx'));
const InspectionDetailPage = lazy(() => import('../features/inspections/InspectionDetailPage.tsx'));
const InspectionFiguresPage = lazy(() => import('../features/inspections/InspectionFiguresPage.tsx'));
const PrincipalCheckPage = lazy(() => import('../features/principal-checks/PrincipalCheckPage.tsx'));
const ComplianceStatsPage = lazy(() => import('../features/principal-checks/ComplianceStatsPage.tsx'));
const MissedDetectionsPage = lazy(() => import('../features/principal-checks/MissedDetectionsPage.tsx'));

/** Public pages (举报, receipt lookup, employee report link) render without a session and outside the shell. */
function Public({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageFallback />}>{children}</Suspense>;
}

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/tip',
    element: (
      <Public>
        <TipSubmitPage />
      </Public>
    ),
  },
  {
    path: '/tip/query',
    element: (
      <Public>
        <TipQueryPage />
      </Public>
    ),
  },
  {
    path: '/public/random-draws/:id',
    element: (
      <Public>
        <PublicDrawPage />
      </Public>
    ),
  },
  {
    path: '/report/:token',
    element: (
      <Public>
        <WorkerReportPublicPage />
      </Public>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'enterprises',
        element: (
          <RequireCapability capability="enterprises.read">
            <EnterprisesPage />
          </RequireCapability>
        ),
      },
      {
        path: 'my-enterprise',
        element: (
          <RequireCapability capability="enterprise.own">
            <OwnEnterprisePage />
          </RequireCapability>
        ),
      },
      {
        path: 'hazards',
        element: (
          <RequireCapability capability="hazards.read">
            <HazardsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'hazards/new',
        element: (
          <RequireCapability capability={['hazards.register', 'hazards.report']}>
            <HazardFormPage />
          </RequireCapability>
        ),
      },
      {
        path: 'hazards/import',
        element: (
          <RequireCapability capability="hazards.import">
            <HazardImportPage />
          </RequireCapability>
        ),
      },
      {
        path: 'hazards/:id',
        element: (
          <RequireCapability capability="hazards.read">
            <HazardDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'premises',
        element: (
          <RequireCapability capability="premises.read">
            <PremisesPage />
          </RequireCapability>
        ),
      },
      {
        path: 'premises/:id',
        element: (
          <RequireCapability capability="premises.read">
            <PremisesDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'checklists',
        element: (
          <RequireCapability capability="checklists.read">
            <ChecklistsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'random-draws',
        element: (
          <RequireCapability capability="inspections.plan">
            <DrawsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'random-draws/:id',
        element: (
          <RequireCapability capability="inspections.plan">
            <DrawDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'spot-check-items',
        element: (
          <RequireCapability capability="inspections.plan">
            <SpotCheckItemsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'experts',
        element: (
          <RequireCapability capability="experts.read">
            <ExpertsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'experts/service-plan',
        element: (
          <RequireCapability capability="inspections.plan">
            <ExpertServicePlanPage />
          </RequireCapability>
        ),
      },
      {
        path: 'experts/figures',
        element: (
          <RequireCapability capability="experts.read">
            <ExpertFiguresPage />
          </RequireCapability>
        ),
      },
      {
        path: 'experts/me',
        element: (
          <RequireCapability capability="experts.self">
            <MyExpertPage />
          </RequireCapability>
        ),
      },
      {
        path: 'experts/:id',
        element: (
          <RequireCapability capability="experts.read">
            <ExpertDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'service-bodies',
        element: (
          <RequireCapability capability="service_bodies.read">
            <ServiceBodiesPage />
          </RequireCapability>
        ),
      },
      {
        path: 'service-bodies/reviews',
        element: (
          <RequireCapability capability="service_bodies.read">
            <ServiceReviewSamplesPage />
          </RequireCapability>
        ),
      },
      {
        path: 'service-bodies/ranking',
        element: (
          <RequireCapability capability="service_bodies.read">
            <ServiceBodyRankingPage />
          </RequireCapability>
        ),
      },
      {
        path: 'supervision-people',
        element: (
          <RequireCapability capability="service_bodies.read">
            <SupervisionPeoplePage />
          </RequireCapability>
        ),
      },
      {
        path: 'service-bodies/:id',
        element: (
          <RequireCapability capability="service_bodies.read">
            <ServiceBodyDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'supervision',
        element: (
          <RequireCapability capability="inspections.plan">
            <SupervisionPage />
          </RequireCapability>
        ),
      },
      {
        path: 'inspectors',
        element: (
          <RequireCapability capability="inspections.plan">
            <InspectorsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'checklists/:id',
        element: (
          <RequireCapability capability="checklists.read">
            <ChecklistDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'inspections',
        element: (
          <RequireCapability capability="inspections.read">
            <InspectionsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'inspections/:id',
        element: (
          <RequireCapability capability="inspections.read">
            <InspectionDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'principal-check',
        element: (
          <RequireCapability capability="principal_checks.submit">
            <PrincipalCheckPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/principal-checks',
        element: (
          <RequireCapability capability="stats.read">
            <ComplianceStatsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/missed-detections',
        element: (
          <RequireCapability capability="inspections.review">
            <MissedDetectionsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/inspections',
        element: (
          <RequireCapability capability="stats.read">
            <InspectionFiguresPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats',
        element: (
          <RequireCapability capability="stats.read">
            <StatsDashboardPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/ranking',
        element: (
          <RequireCapability capability="stats.read">
            <StatsRankingPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/slow-progress',
        element: (
          <RequireCapability capability="stats.read">
            <StatsSlowProgressPage />
          </RequireCapability>
        ),
      },
      {
        path: 'plans',
        element: (
          <RequireCapability capability="plans.read">
            <PlansPage />
          </RequireCapability>
        ),
      },
      {
        path: 'plans/:id',
        element: (
          <RequireCapability capability="plans.read">
            <PlanDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tasks',
        element: (
          <RequireCapability capability="plans.read">
            <TasksPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tasks/board',
        element: (
          <RequireCapability capability="plans.read">
            <TaskBoardPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tasks/:id',
        element: (
          <RequireCapability capability="plans.read">
            <TaskDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'returns',
        element: (
          <RequireCapability capability="plans.read">
            <ReturnsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'returns/:id',
        element: (
          <RequireCapability capability="plans.read">
            <ReturnDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'dispatch',
        element: (
          <RequireCapability capability="plans.manage">
            <DispatchRoundsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'dispatch/:id',
        element: (
          <RequireCapability capability="plans.manage">
            <DispatchRoundPage />
          </RequireCapability>
        ),
      },
      {
        path: 'leaders',
        element: (
          <RequireCapability capability="plans.manage">
            <LeadersPage />
          </RequireCapability>
        ),
      },
      {
        path: 'leaders/:id',
        element: (
          <RequireCapability capability="plans.manage">
            <LeaderRecordPage />
          </RequireCapability>
        ),
      },
      {
        path: 'meetings',
        element: (
          <RequireCapability capability="plans.manage">
            <MeetingsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'meetings/:id',
        element: (
          <RequireCapability capability="plans.manage">
            <MeetingDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'sector-leads',
        element: (
          <RequireCapability capability="plans.manage">
            <SectorLeadsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tips',
        element: (
          <RequireCapability capability="tips.read">
            <TipsInboxPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/grading-quality',
        element: (
          <RequireCapability capability="stats.read">
            <GradingQualityPage />
          </RequireCapability>
        ),
      },
      {
        path: 'stats/circular',
        element: (
          <RequireCapability capability="stats.read">
            <CircularPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tips/new',
        element: (
          <RequireCapability capability="tips.handle">
            <TipEntryPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tips/stats',
        element: (
          <RequireCapability capability="tips.read">
            <TipStatsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'tips/:id',
        element: (
          <RequireCapability capability="tips.read">
            <TipDetailPage />
          </RequireCapability>
        ),
      },
      {
        path: 'worker-reports',
        element: (
          <RequireCapability capability="worker_reports.handle">
            <WorkerReportsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'worker-reports/stats',
        element: (
          <RequireCapability capability="worker_reports.read">
            <WorkerReportStatsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'system/users',
        element: (
          <RequireCapability capability="users.manage">
            <UsersPage />
          </RequireCapability>
        ),
      },
      {
        path: 'system/grants',
        element: (
          <RequireCapability capability="grants.confirm">
            <GrantsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'system/orgs',
        element: (
          <RequireCapability capability="orgs.manage">
            <OrgsPage />
          </RequireCapability>
        ),
      },
      {
        path: 'system/reference',
        element: (
          <RequireCapability capability="reference.read">
            <ReferencePage />
          </RequireCapability>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequireCapability capability="audit.read">
            <AuditPage />
          </RequireCapability>
        ),
      },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
