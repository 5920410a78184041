import type { Metadata } from 'next';
import { AssessmentForm } from '@/components/assessments/assessment-form';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { ASSESSMENT_SCALE, ASSESSOR_ROLES } from '@/lib/domain/temperament';
import { requireRatInScope } from '@/lib/scoped-rat';
import { createAssessmentAction } from '../actions';

export const metadata: Metadata = { title: 'New assessment' };

export default async function NewAssessmentPage({ params }: { params: Promise<{ ratId: string }> }) {
  const { rat } = await requireRatInScope((await params).ratId, ASSESSOR_ROLES);
  const listHref = `/rats/${rat.id}/assessments`;
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink href={listHref}>Assessments</BackLink>
      <PageHeader
        title={`Assess ${rat.name}`}
        description={`Score what you see today, from 1 to ${ASSESSMENT_SCALE.max}. Past assessments stay as they were.`}
      />
      <AssessmentForm action={createAssessmentAction.bind(null, rat.id)} cancelHref={listHref} />
    </div>
  );
}
