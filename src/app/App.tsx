import { Route, Router } from '@solidjs/router';
import { For } from 'solid-js';
import { NotFoundPage } from './NotFoundPage';
import { places } from './routes';
import { Shell } from './Shell';

export function App() {
  return (
    <Router root={Shell}>
      <For each={places}>{(place) => <Route path={place.path} component={place.component} />}</For>
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
