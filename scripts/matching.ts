/**
 * The pairing solver on its own: `npm run matching -- FILE.json`.
 *
 * Reads `{"units": [ids], "edges": [[a, b, weight], ...]}` (weights are whole numbers) and prints
 * `{"pairs": [[a, b], ...], "total": number}`: the exact maximum-weight matching, computed by the
 * same function the Matching page uses.
 */
import { readFileSync } from 'node:fs';
import { maxWeightMatching } from '../lib/matching/max-weight-matching';
import { matchingGraphInput, solveGraph } from '../lib/validation/matching';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) fail('Usage: npm run matching -- FILE.json');
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(`Could not read ${file} as JSON: ${(error as Error).message}`);
}
const graph = matchingGraphInput.safeParse(raw);
if (!graph.success) fail(graph.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('\n'));
process.stdout.write(`${JSON.stringify(solveGraph(graph.data, maxWeightMatching))}\n`);
