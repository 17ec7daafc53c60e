import { PlannedPlace } from '../../ui/PlannedPlace';

export function SpecialistsPage() {
  return <PlannedPlace place="specialists" />;
}
