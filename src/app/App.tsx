import { Route, Router } from '@solidjs/router';
import { For } from 'solid-js';
import { StudyPage } from '../features/library';
import { VaultProvider } from '../features/vault';
import { NotFoundPage } from './NotFoundPage';
import { places } from './routes';
import { Shell } from './Shell';
import { deriveKeyInWorker } from './workers';

export function App() {
  return (
    <VaultProvider kdf={deriveKeyInWorker}>
      <Router root={Shell}>
        <For each={places}>{(place) => <Route path={place.path} component={place.component} />}</For>
        <Route path="/study/:id" component={StudyPage} />
        <Route path="*" component={NotFoundPage} />
      </Router>
    </VaultProvider>
  );
}
