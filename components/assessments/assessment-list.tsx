import type { AssessmentSummary } from '@/lib/domain/temperament';
import { AssessmentDetails } from './latest-assessment';

/** Every assessment of a rat, newest first, each on the scale it was scored on. */
export function AssessmentList({ assessments }: { assessments: AssessmentSummary[] }) {
  return (
    <ol className="flex flex-col gap-3" aria-label="Assessments, newest first">
      {assessments.map((a) => (
        <li key={a.id} className="rounded-lg border bg-card p-4" data-testid="assessment">
          <AssessmentDetails assessment={a} compact />
        </li>
      ))}
    </ol>
  );
}
