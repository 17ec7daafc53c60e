import { PlannedPlace } from '../../ui/PlannedPlace';

export function LibraryPage() {
  return <PlannedPlace place="library" />;
}
