import { PlannedPlace } from '../../ui/PlannedPlace';

export function ViewerPage() {
  return <PlannedPlace place="viewer" />;
}
