import { PageSkeleton } from '@/components/ui/page-skeleton';

export default function MatchingLoading() {
  return <PageSkeleton rows={6} />;
}
