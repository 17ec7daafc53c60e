import { PlannedPlace } from '../../ui/PlannedPlace';

export function AuditPage() {
  return <PlannedPlace place="audit" />;
}
