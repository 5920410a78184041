import { z } from 'zod';
import { text } from './fields';

const unitId = z.union([z.string().min(1).max(200), z.number().int().safe()]);

/** The solver's input file: `{"units": [ids], "edges": [[a, b, weight], ...]}` with whole-number weights. */
export const matchingGraphInput = z
  .object({
    units: z.array(unitId).max(100_000),
    edges: z.array(z.tuple([unitId, unitId, z.number().int('Weights must be whole numbers.').safe()])).max(10_000_000),
  })
  .superRefine((graph, ctx) => {
    const ids = new Set<string>();
    graph.units.forEach((u, i) => {
      if (ids.has(String(u))) ctx.addIssue({ code: 'custom', path: ['units', i], message: `Unit ${u} is listed twice.` });
      ids.add(String(u));
    });
    graph.edges.forEach(([a, b], i) => {
      for (const end of [a, b]) if (!ids.has(String(end))) ctx.addIssue({ code: 'custom', path: ['edges', i], message: `Edge ${i + 1} names ${end}, which is not in units.` });
      if (String(a) === String(b)) ctx.addIssue({ code: 'custom', path: ['edges', i], message: `Edge ${i + 1} pairs ${a} with itself.` });
    });
  });

export type MatchingGraphInput = z.infer<typeof matchingGraphInput>;

/** Pairs and total for a graph file, with the units' ids as they were given (numbers stay numbers). */
export function solveGraph(
  graph: MatchingGraphInput,
  solve: (units: readonly string[], edges: ReadonlyArray<readonly [string, string, number]>) => { pairs: Array<[string, string]>; total: number },
) {
  const original = new Map(graph.units.map((u) => [String(u), u]));
  const result = solve(
    graph.units.map(String),
    graph.edges.map(([a, b, w]) => [String(a), String(b), w] as const),
  );
  return { pairs: result.pairs.map(([a, b]) => [original.get(a)!, original.get(b)!]), total: result.total };
}

const id = z.coerce.number().int().positive().max(2_147_483_647);
const version = z.coerce.number().int().positive().max(2_147_483_647);

/** A proposal from either view or by hand: two or more rats (their bonded groups come whole). */
export const pairProposalInput = z.object({
  ratIds: z.array(id).min(2, 'Choose at least two rats.').max(12, 'Choose at most 12 rats.'),
  notes: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').optional(),
});

export const proposalStepInput = z.object({ proposalId: id, version });

/** Starting a trial: the coordinator's reason to go ahead when the introduction has warnings. */
export const startTrialInput = proposalStepInput.extend({
  warningsAcceptedReason: text().trim().max(1000, 'Keep the reason under 1,000 characters.').optional(),
});

export const proposalDecisionInput = proposalStepInput.extend({
  decision: z.enum(['approved', 'rejected']),
  notes: z.string().trim().max(1000, 'Keep the note under 1,000 characters.').optional(),
});

export const addRatToProposalInput = proposalStepInput.extend({ ratId: id });
