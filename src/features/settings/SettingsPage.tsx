import { PlannedPlace } from '../../ui/PlannedPlace';

export function SettingsPage() {
  return <PlannedPlace place="settings" />;
}
