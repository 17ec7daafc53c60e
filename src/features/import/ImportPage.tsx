import { PlannedPlace } from '../../ui/PlannedPlace';

export function ImportPage() {
  return <PlannedPlace place="import" />;
}
