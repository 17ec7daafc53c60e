import { PlannedPlace } from '../../ui/PlannedPlace';

export function PackagesPage() {
  return <PlannedPlace place="packages" />;
}
