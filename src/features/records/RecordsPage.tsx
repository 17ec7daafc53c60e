import { PlannedPlace } from '../../ui/PlannedPlace';

export function RecordsPage() {
  return <PlannedPlace place="records" />;
}
