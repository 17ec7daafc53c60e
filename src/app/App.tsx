import { Route, Router } from '@solidjs/router';
import { For } from 'solid-js';
import { StudyPage } from '../features/library';
import { VaultProvider } from '../features/vault';
import { viewerRoutes } from '../features/viewer';
import { ServicesProvider } from '../services';
import { appServices } from './appServices';
import { NotFoundPage } from './NotFoundPage';
import { places } from './routes';
import { Shell } from './Shell';

export function App() {
  return (
    <ServicesProvider services={appServices}>
      <VaultProvider>
        <Router root={Shell}>
          <For each={places}>{(place) => <Route path={place.path} component={place.component} />}</For>
          <Route path="/study/:id" component={StudyPage} />
          <For each={viewerRoutes}>{(r) => <Route path={r.path} component={r.component} />}</For>
          <Route path="*" component={NotFoundPage} />
        </Router>
      </VaultProvider>
    </ServicesProvider>
  );
}
