import { Badge } from '@/components/ui/badge';
import { RAT_STATUS_LABELS, type RatStatus } from '@/lib/domain/vocabulary';

const VARIANT: Record<RatStatus, 'default' | 'secondary' | 'success' | 'warning' | 'destructive' | 'info' | 'outline'> = {
  intake: 'warning',
  in_care: 'secondary',
  available: 'success',
  reserved: 'info',
  adopted: 'default',
  returned: 'warning',
  transferred: 'outline',
  deceased: 'outline',
};

export function RatStatusBadge({ status }: { status: RatStatus }) {
  return <Badge variant={VARIANT[status]}>{RAT_STATUS_LABELS[status]}</Badge>;
}
