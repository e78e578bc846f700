import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Shell } from './components/shell';
import { Loading } from './components/ui';
import { NotFoundPage } from './pages/not-found.page';
import { SignInPage } from './pages/sign-in.page';
import { useSession } from './session/session';

// One chunk per page, loaded when first shown: the first paint needs the shell and one page, not all of them.
const AgentsPage = lazy(() => import('./pages/agents.page').then((module) => ({ default: module.AgentsPage })));
const ConnectionFormPage = lazy(() => import('./pages/connection-form.page').then((module) => ({ default: module.ConnectionFormPage })));
const ConnectionsPage = lazy(() => import('./pages/connections.page').then((module) => ({ default: module.ConnectionsPage })));
const DashboardPage = lazy(() => import('./pages/dashboard.page').then((module) => ({ default: module.DashboardPage })));
const EquipmentDetailPage = lazy(() => import('./pages/equipment-detail.page').then((module) => ({ default: module.EquipmentDetailPage })));
const EquipmentListPage = lazy(() => import('./pages/equipment-list.page').then((module) => ({ default: module.EquipmentListPage })));
const PendingPage = lazy(() => import('./pages/pending.page').then((module) => ({ default: module.PendingPage })));
const ScanRunPage = lazy(() => import('./pages/scan-run.page').then((module) => ({ default: module.ScanRunPage })));
const ScansPage = lazy(() => import('./pages/scans.page').then((module) => ({ default: module.ScansPage })));

/** Client routes; the server answers index.html for each of them (SPA fallback). */
export function App() {
  const { session } = useSession();
  if (!session) {
    return <SignInPage />;
  }
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <Switch>
        <Route path="/" component={DashboardPage} />
        <Route path="/sign-in">
          <Redirect to="/" />
        </Route>
        <Route path="/connections" component={ConnectionsPage} />
        <Route path="/connections/new/:type">{(params) => <ConnectionFormPage mode={{ kind: 'create', type: params.type === 'ocs' ? 'ocs' : 'network' }} />}</Route>
        <Route path="/connections/:id">{(params) => <ConnectionFormPage key={params.id} mode={{ kind: 'edit', id: params.id }} />}</Route>
        <Route path="/scans" component={ScansPage} />
        <Route path="/scans/:id">{(params) => <ScanRunPage key={params.id} id={params.id} />}</Route>
        <Route path="/equipment" component={EquipmentListPage} />
        <Route path="/equipment/:id">{(params) => <EquipmentDetailPage key={params.id} id={params.id} />}</Route>
        <Route path="/pending" component={PendingPage} />
        <Route path="/agents" component={AgentsPage} />
        <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Shell>
  );
}
