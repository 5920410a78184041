import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/lib/format';
import {
  ASSESSMENT_SCALE,
  BACKGROUND_CAUSE_LABELS,
  BITE_RISK_LABELS,
  FEAR_TRIGGER_LABELS,
  SCORE_KEYS,
  SCORE_QUESTIONS,
  TEMPERAMENT_CATEGORY_LABELS,
  type AssessmentSummary,
} from '@/lib/domain/temperament';
import type { BiteRisk, TemperamentCategory } from '@/lib/domain/vocabulary';
import { cn } from '@/lib/utils';

const BITE_RISK_VARIANT: Record<BiteRisk, 'success' | 'warning' | 'destructive'> = { low: 'success', medium: 'warning', high: 'destructive' };

export function BiteRiskBadge({ risk }: { risk: BiteRisk }) {
  return <Badge variant={BITE_RISK_VARIANT[risk]}>{BITE_RISK_LABELS[risk].label} bite risk</Badge>;
}

export function CategoryBadge({ category }: { category: TemperamentCategory }) {
  return <Badge variant="info">{TEMPERAMENT_CATEGORY_LABELS[category].label}</Badge>;
}

/** The four scores as short bars, each on the scale it was made on. */
function ScoreBars({ assessment, compact = false }: { assessment: AssessmentSummary; compact?: boolean }) {
  return (
    <dl className={cn('grid gap-x-6', compact ? 'gap-y-1.5 sm:grid-cols-2' : 'gap-y-2.5 sm:grid-cols-2')}>
      {SCORE_KEYS.map((key) => {
        const score = assessment[key];
        return (
          <div key={key} className="flex flex-col gap-1">
            <div className="flex items-baseline justify-between gap-2 text-sm">
              <dt className="text-muted-foreground">{SCORE_QUESTIONS[key].label}</dt>
              <dd className="font-medium tabular-nums">
                {score} <span className="text-muted-foreground">of {assessment.scaleMax}</span>
              </dd>
            </div>
            <div aria-hidden className={cn('overflow-hidden rounded-full bg-muted', compact ? 'h-1.5' : 'h-2')}>
              <div className="h-full rounded-full bg-primary" style={{ width: `${(score / assessment.scaleMax) * 100}%` }} />
            </div>
          </div>
        );
      })}
    </dl>
  );
}

/** Who assessed, when, and on which scale (only named when it is not today's). */
function AssessmentByline({ assessment }: { assessment: AssessmentSummary }) {
  const otherScale = assessment.scaleVersion !== ASSESSMENT_SCALE.version || assessment.scaleMax !== ASSESSMENT_SCALE.max;
  return (
    <p className="text-sm text-muted-foreground">
      {formatDate(assessment.assessedAt)}
      {assessment.assessorName ? ` · by ${assessment.assessorName}` : ''}
      {otherScale ? ` · scored 1–${assessment.scaleMax} (scale v${assessment.scaleVersion})` : ''}
    </p>
  );
}

function LabelList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-sm font-medium">{title}</h3>
      <ul className="flex flex-wrap gap-1.5" aria-label={title}>
        {items.map((item) => (
          <li key={item}>
            <Badge variant="secondary">{item}</Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One assessment: category, bite risk, score bars, fear triggers, background and notes. */
export function AssessmentDetails({ assessment, compact = false }: { assessment: AssessmentSummary; compact?: boolean }) {
  return (
    <div className={cn('flex flex-col', compact ? 'gap-3' : 'gap-4')}>
      <div className="flex flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          <CategoryBadge category={assessment.category} />
          <BiteRiskBadge risk={assessment.biteRisk} />
        </div>
        <AssessmentByline assessment={assessment} />
      </div>
      <ScoreBars assessment={assessment} compact={compact} />
      <LabelList title="Fear triggers" items={assessment.fearTriggers.map((t) => FEAR_TRIGGER_LABELS[t])} />
      <LabelList title="Likely background" items={assessment.backgroundCauses.map((c) => BACKGROUND_CAUSE_LABELS[c])} />
      {assessment.notes ? <p className="whitespace-pre-line text-sm">{assessment.notes}</p> : null}
    </div>
  );
}

/** The latest assessment at a glance (server-friendly: no client code), or a line saying there is none. */
export function LatestAssessment({ assessment }: { assessment: AssessmentSummary | null }) {
  if (!assessment) {
    return <p className="text-sm text-muted-foreground">Not assessed yet. An assessment shapes the handling plan and pair matching.</p>;
  }
  return <AssessmentDetails assessment={assessment} />;
}
