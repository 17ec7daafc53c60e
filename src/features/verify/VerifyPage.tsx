import { PlannedPlace } from '../../ui/PlannedPlace';

export function VerifyPage() {
  return <PlannedPlace place="verify" />;
}
