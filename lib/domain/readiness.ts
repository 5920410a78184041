/**
 * Adoption readiness, explained: a checklist of the rules a rat must meet before it may leave,
 * each item met or not with its reason in words, never a bare yes or no.
 */
import { daysBetween, toIsoDate } from './dates';
import { biteAtLeast, sessionDay } from './handling';
import { detectWeightLoss, type WeightRow } from './health';
import type { Policy } from './policy';
import { countOf, formatShortDate, listInWords } from './quarantine';
import { countsAsIntact } from './sex-safety';
import { trustStepName } from './trust-ladder';
import { currentTrustStep, type StepSession } from './trust-step';
import { WATCH_KIND_LABELS } from './watches';
import type { BiteGrade, Role, Sex, WatchKind } from './vocabulary';

/** Rescue policy: a bite (broken skin) or worse in this many days holds a rat back. */
export const READINESS_BITE_DAYS = 30;
/** Rescue policy: a rat leaves with a health check (or a vet visit) no older than this. */
export const READINESS_HEALTH_CHECK_DAYS = 60;
/** Who may declare a shy rat ready below the ready step. */
export const READINESS_OVERRIDE_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
export const MAX_OVERRIDE_REASON_LENGTH = 500;

export type ReadinessItemKey = 'safety' | 'trust_step' | 'no_recent_bite' | 'health_check' | 'weight' | 'companion';

export type ReadinessItem = { key: ReadinessItemKey; label: string; met: boolean; reason: string };

export type ReadinessOverride = { reason: string; byName: string | null; at: Date };

export type Readiness = {
  ready: boolean;
  items: ReadinessItem[];
  /** Advice that does not hold the rat back (a neuter review for an intact male). */
  notes: string[];
  override: ReadinessOverride | null;
  /** The derived trust step, null before the first session. */
  step: number | null;
};

/** The companions a rat may leave with, as read from its cage group and approved pair proposals. */
export type ReadinessCompanions = {
  /** Cage-mates, each with whether it is itself ready on every item but this one. */
  cageMates: ReadonlyArray<{ name: string; ready: boolean }>;
  /** Other rats named with this one on an approved pair proposal. */
  proposalMates: readonly string[];
  /** An approved adopter who already has rats, linked through an approved proposal for this rat. */
  adopterWithRats: { name: string; ratCount: number } | null;
};

export type ReadinessInput = {
  rat: { name: string; sex: Sex; birthDate: string | null; neuteredOn: string | null };
  quarantine: { plannedEndOn: string } | null;
  watches: ReadonlyArray<{ kind: WatchKind; dueOn: string }>;
  sessions: readonly StepSession[];
  bites: ReadonlyArray<{ occurredAt: Date; biteGrade: BiteGrade }>;
  /** The date ('YYYY-MM-DD') of the latest health check or vet visit, if any. */
  lastHealthCheckOn: string | null;
  weights: readonly WeightRow[];
  companions: ReadinessCompanions;
  override: ReadinessOverride | null;
  /** The date of the latest neuter review, which answers the neuter-review note. */
  neuterReviewedOn: string | null;
};

type ReadinessPolicy = Pick<Policy, 'handlingReadyStep' | 'hormonalMaleAgeDays' | 'postNeuterSterileDays' | 'weightLossAlertPercent' | 'weightLossWindowDays'>;

const item = (key: ReadinessItemKey, label: string, met: boolean, reason: string): ReadinessItem => ({ key, label, met, reason });

/** Out of quarantine and every open watch: a rat in either may not leave. */
export function safetyItem(input: Pick<ReadinessInput, 'quarantine' | 'watches'>): ReadinessItem {
  const blocks = [
    ...(input.quarantine ? [`in quarantine until ${formatShortDate(input.quarantine.plannedEndOn)}`] : []),
    ...input.watches.map((w) => `on ${WATCH_KIND_LABELS[w.kind].toLowerCase()} until ${formatShortDate(w.dueOn)}`),
  ];
  const label = 'Out of quarantine and watches';
  if (blocks.length === 0) return item('safety', label, true, 'No open quarantine or watch.');
  return item('safety', label, false, `Still ${listInWords(blocks)}.`);
}

/** The derived trust step at or above the ready step, or a coordinator's override with its reason. */
export function trustStepItem(sessions: readonly StepSession[], override: ReadinessOverride | null, policy: Pick<Policy, 'handlingReadyStep'>): ReadinessItem {
  const step = currentTrustStep(sessions);
  const ready = policy.handlingReadyStep;
  const label = `Trust step ${ready} (${trustStepName(ready)}) or above`;
  if (step !== null && step >= ready) return item('trust_step', label, true, `At step ${step} (${trustStepName(step)}).`);
  const now = step === null ? 'No trust step yet: no handling sessions logged' : `At step ${step} (${trustStepName(step)}), below step ${ready}`;
  if (override) {
    const by = override.byName ? ` by ${override.byName}` : '';
    return item('trust_step', label, true, `${now}, but declared ready${by} on ${formatShortDate(toIsoDate(override.at))}: ${override.reason}`);
  }
  return item('trust_step', label, false, `${now}.`);
}

/** No bite (broken skin) or worse in the last READINESS_BITE_DAYS days. */
export function biteItem(bites: ReadinessInput['bites'], now: Date): ReadinessItem {
  const since = now.getTime() - READINESS_BITE_DAYS * 86_400_000;
  const recent = bites
    .filter((b) => biteAtLeast(b.biteGrade, 'bite') && b.occurredAt.getTime() > since && b.occurredAt.getTime() <= now.getTime())
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
  const label = `No bite in the last ${READINESS_BITE_DAYS} days`;
  if (recent.length === 0) return item('no_recent_bite', label, true, 'None recorded.');
  const latest = recent[0];
  const clearOn = toIsoDate(new Date(latest.occurredAt.getTime() + READINESS_BITE_DAYS * 86_400_000));
  const what = recent.length === 1 ? `A ${latest.biteGrade === 'severe' ? 'severe bite' : 'bite'} on ${sessionDay(latest.occurredAt)}` : `${recent.length} bites, the latest on ${sessionDay(latest.occurredAt)}`;
  return item('no_recent_bite', label, false, `${what}: clear from ${formatShortDate(clearOn)} if there is no other.`);
}

/** A health check or vet visit in the last READINESS_HEALTH_CHECK_DAYS days. */
export function healthCheckItem(lastHealthCheckOn: string | null, now: Date): ReadinessItem {
  const label = `Health check in the last ${READINESS_HEALTH_CHECK_DAYS} days`;
  if (lastHealthCheckOn === null) return item('health_check', label, false, 'No health check on record: book one before adoption.');
  const age = daysBetween(lastHealthCheckOn, toIsoDate(now));
  if (age <= READINESS_HEALTH_CHECK_DAYS) return item('health_check', label, true, `Checked on ${formatShortDate(lastHealthCheckOn)}.`);
  return item('health_check', label, false, `The last check was on ${formatShortDate(lastHealthCheckOn)}, ${countOf(age, 'day')} ago: book a new one.`);
}

/** No weight-loss alert open (the same rule as the dashboard's weight-loss alert). */
export function weightItem(weights: readonly WeightRow[], now: Date, policy: Pick<Policy, 'weightLossAlertPercent' | 'weightLossWindowDays'>): ReadinessItem {
  const loss = detectWeightLoss(weights, now, policy as Policy);
  const label = 'No weight loss';
  if (!loss) return item('weight', label, true, 'No weight-loss alert.');
  return item('weight', label, false, `${loss.message} Find the cause first.`);
}

/** Leaves with a companion: a cage-mate that is also ready, an approved pair proposal, or an approved adopter who already has rats. */
export function companionItem(companions: ReadinessCompanions): ReadinessItem {
  const label = 'Leaves with a companion';
  const readyMates = companions.cageMates.filter((m) => m.ready).map((m) => m.name);
  if (readyMates.length > 0) return item('companion', label, true, `Cage-mate${readyMates.length > 1 ? 's' : ''} ${listInWords(readyMates)} ${readyMates.length > 1 ? 'are' : 'is'} ready too.`);
  if (companions.proposalMates.length > 0) return item('companion', label, true, `An approved pair proposal with ${listInWords([...companions.proposalMates])}.`);
  if (companions.adopterWithRats) {
    const { name, ratCount } = companions.adopterWithRats;
    return item('companion', label, true, `Proposed to ${name}, an approved adopter who already has ${countOf(ratCount, 'rat')}.`);
  }
  if (companions.cageMates.length > 0) {
    const names = listInWords(companions.cageMates.map((m) => m.name));
    return item('companion', label, false, `${names} ${companions.cageMates.length > 1 ? 'are' : 'is'} not ready yet, and there is no approved pair proposal: rats never leave alone.`);
  }
  return item('companion', label, false, 'No cage-mate, no approved pair proposal and no adopter with rats: rats never leave alone.');
}

/**
 * What a rat still lacks before it may leave for adoption, one phrase per unmet item (the item,
 * then why). The companion item is left out: the adoption itself decides who leaves together,
 * and its own rules refuse a rat leaving alone.
 */
export function unmetForAdoption(readiness: Pick<Readiness, 'items'>): string[] {
  const phrase = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
  return readiness.items.filter((i) => !i.met && i.key !== 'companion').map((i) => `${phrase(i.label)} — ${phrase(i.reason)}`);
}

/** An intact male past the hormonal age, with no neuter review on record, carries a neuter-review note. */
export function neuterReviewNote(input: Pick<ReadinessInput, 'rat' | 'neuterReviewedOn'>, now: Date, policy: Pick<Policy, 'hormonalMaleAgeDays' | 'postNeuterSterileDays'>): string | null {
  const { rat } = input;
  if (rat.sex !== 'male' || !countsAsIntact(rat, now, policy.postNeuterSterileDays) || rat.neuteredOn !== null) return null;
  if (rat.birthDate === null || input.neuterReviewedOn !== null) return null;
  const age = daysBetween(rat.birthDate, toIsoDate(now));
  if (age <= policy.hormonalMaleAgeDays) return null;
  return `Intact male, ${countOf(age, 'day')} old (past ${policy.hormonalMaleAgeDays}): talk about a neuter review with the adopter. This does not hold him back.`;
}

/** The items that depend on the rat alone (everything except its companion). */
export function ownReadinessItems(input: Omit<ReadinessInput, 'companions'>, now: Date, policy: ReadinessPolicy): ReadinessItem[] {
  return [
    safetyItem(input),
    trustStepItem(input.sessions, input.override, policy),
    biteItem(input.bites, now),
    healthCheckItem(input.lastHealthCheckOn, now),
    weightItem(input.weights, now, policy),
  ];
}

/** A rat is ready when every checklist item is met; each item says why it is met or not. */
export function assessReadiness(input: ReadinessInput, now: Date, policy: ReadinessPolicy): Readiness {
  const items = [...ownReadinessItems(input, now, policy), companionItem(input.companions)];
  const note = neuterReviewNote(input, now, policy);
  return { ready: items.every((i) => i.met), items, notes: note ? [note] : [], override: input.override, step: currentTrustStep(input.sessions) };
}

/** The unmet items' reasons in one line, for alerts and lists. */
export function unmetSummary(readiness: Pick<Readiness, 'items'>): string {
  return readiness.items
    .filter((i) => !i.met)
    .map((i) => i.reason)
    .join(' ');
}

export type ReadyListRat = { ratId: number; name: string; cageGroupId: number | null; cageGroupName: string | null; homeName: string | null };
export type ReadyGroup<T extends ReadyListRat> = { key: string; cageGroupName: string; homeName: string; rats: T[] };

/** Ready rats grouped by cage group (rats leave together), by home then cage name; rats with no cage group stand alone. */
export function groupReadyRats<T extends ReadyListRat>(rats: readonly T[], isReady: (ratId: number) => boolean): Array<ReadyGroup<T>> {
  const groups = new Map<string, ReadyGroup<T>>();
  for (const rat of rats) {
    if (!isReady(rat.ratId)) continue;
    const key = rat.cageGroupId === null ? `rat-${rat.ratId}` : `group-${rat.cageGroupId}`;
    const group = groups.get(key) ?? { key, cageGroupName: rat.cageGroupName ?? 'No cage group', homeName: rat.homeName ?? 'Awaiting placement', rats: [] };
    group.rats.push(rat);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.rats.sort((a, b) => a.name.localeCompare(b.name));
  return [...groups.values()].sort((a, b) => a.homeName.localeCompare(b.homeName) || a.cageGroupName.localeCompare(b.cageGroupName));
}
