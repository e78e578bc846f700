import { Redirect, Route, Switch } from 'wouter';
import { Shell } from './components/shell';
import { AgentsPage } from './pages/agents.page';
import { ConnectionFormPage } from './pages/connection-form.page';
import { ConnectionsPage } from './pages/connections.page';
import { DashboardPage } from './pages/dashboard.page';
import { EquipmentDetailPage } from './pages/equipment-detail.page';
import { EquipmentListPage } from './pages/equipment-list.page';
import { NotFoundPage } from './pages/not-found.page';
import { PendingPage } from './pages/pending.page';
import { ScanRunPage } from './pages/scan-run.page';
import { ScansPage } from './pages/scans.page';
import { SignInPage } from './pages/sign-in.page';
import { useSession } from './session/session';

/** Client routes; the server answers index.html for each of them (SPA fallback). */
export function App() {
  const { session } = useSession();
  if (!session) {
    return <SignInPage />;
  }
  return (
    <Shell>
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
    </Shell>
  );
}
