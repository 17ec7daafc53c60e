import { createContext, useContext, type ParentProps } from 'solid-js';
import type { AppServices } from './appServices';

/*
 * The seam between app/ (which creates the workers) and features/ (which use them). It lives in neither:
 * features may not import app/, and app/ composes features, so the context both sides read sits below
 * them. ui/ is not its home either: ui/ knows only solid-js and itself, not the workers' protocol.
 */
const ServicesContext = createContext<AppServices>();

/** app/App.tsx gives the real workers; a test gives fakes. */
export function ServicesProvider(props: ParentProps<{ services: AppServices }>) {
  // Fixed for the app's lifetime; reading them once is intended.
  const services = props.services;
  return <ServicesContext.Provider value={services}>{props.children}</ServicesContext.Provider>;
}

export function useAppServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('This screen needs ServicesProvider around it (see app/App.tsx).');
  return services;
}
