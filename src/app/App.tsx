import { Route, Router } from '@solidjs/router';
import { For } from 'solid-js';
import { StudyPage } from '../features/library';
import { VaultProvider } from '../features/vault';
import { ViewerServicesProvider, viewerRoutes } from '../features/viewer';
import { NotFoundPage } from './NotFoundPage';
import { places } from './routes';
import { Shell } from './Shell';
import { startDecoder } from './viewerWorkers';
import { deriveKeyInWorker } from './workers';

export function App() {
  return (
    <VaultProvider kdf={deriveKeyInWorker}>
      <ViewerServicesProvider startDecoder={startDecoder}>
        <Router root={Shell}>
          <For each={places}>{(place) => <Route path={place.path} component={place.component} />}</For>
          <Route path="/study/:id" component={StudyPage} />
          <For each={viewerRoutes}>{(r) => <Route path={r.path} component={r.component} />}</For>
          <Route path="*" component={NotFoundPage} />
        </Router>
      </ViewerServicesProvider>
    </VaultProvider>
  );
}
