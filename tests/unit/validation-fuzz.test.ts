import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { changePasswordInput, createUserInput, firstAdminInput, resetPasswordInput, setUserActiveInput, signInInput, updateUserInput } from '@/lib/validation/auth';
import { fosterHomeFormData, fosterHomeInput, setFosterHomeActiveInput, updateFosterHomeInput } from '@/lib/validation/foster-home';
import { handlingSessionInput, sessionRatInput, temperamentAssessmentInput } from '@/lib/validation/handling';
import { healthEventInput, healthFormObject } from '@/lib/validation/health';
import { parseId } from '@/lib/validation/ids';
import { acknowledgeIncidentInput } from '@/lib/validation/incidents';
import { intakeFormData, intakeInput } from '@/lib/validation/intake';
import { litterInput } from '@/lib/validation/litters';
import { addRatToGroupInput, createCageGroupInput, moveCageGroupInput, moveRatInput } from '@/lib/validation/placement';
import { ratImportInput, ratImportRows } from '@/lib/validation/rat-import';
import { ratTableQuery } from '@/lib/validation/rat-table';
import { profileBaseInput, ratPhotoInput, ratPhotoUploadInput, ratProfileInput, ratStatusInput } from '@/lib/validation/rat';
import { settingsInput } from '@/lib/validation/settings';
import { adopterInput, adopterListQuery, adoptionInput, decideAdopterInput, returnInput, updateAdopterInput } from '@/lib/validation/adopter';
import { forbiddenIn, formDataOf, inputFor, nastyText, nastyValue } from '../fixtures/fuzz';

const NOW = new Date('2026-06-15T10:00:00Z');
const RUNS = 400;
// One fixed seed: the same 13,000-odd inputs every run, so a failure is reproducible, never flaky.
fc.configureGlobal({ seed: 20_261_124 });
let generated = 0;

/** Every zod schema in lib/validation (the ones built per request with `now`, built once here). */
const SCHEMAS: Record<string, z.ZodType> = {
  signInInput,
  firstAdminInput,
  createUserInput,
  updateUserInput,
  setUserActiveInput,
  changePasswordInput,
  resetPasswordInput,
  fosterHomeInput,
  updateFosterHomeInput,
  setFosterHomeActiveInput,
  sessionRatInput,
  handlingSessionInput: handlingSessionInput(NOW),
  temperamentAssessmentInput,
  healthEventInput: healthEventInput(NOW),
  acknowledgeIncidentInput,
  intakeInput,
  litterInput: litterInput(NOW),
  moveCageGroupInput,
  moveRatInput,
  addRatToGroupInput,
  createCageGroupInput,
  ratImportRows,
  ratImportInput,
  ratTableQuery,
  ratProfileInput: ratProfileInput({ now: NOW, parents: new Map([[2, { name: 'Dot', sex: 'female' }]]) }),
  profileBaseInput,
  ratStatusInput,
  ratPhotoUploadInput,
  ratPhotoInput,
  settingsInput,
  adopterInput,
  updateAdopterInput,
  decideAdopterInput,
  adoptionInput,
  returnInput,
  adopterListQuery,
};

/** Parses without throwing, and what passes holds no NUL, no id past the integer column and no date outside 1900-2100. */
function parsesSafely(schema: z.ZodType, input: unknown): void {
  generated++;
  const result = schema.safeParse(input);
  if (result.success) expect(forbiddenIn(result.data)).toBeNull();
  else expect(result.error.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)).toBe(true);
}

describe('fuzzing every input schema', () => {
  afterAll(() => {
    console.log(`validation fuzz: ${generated} generated inputs`);
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name} refuses bad input in words and never lets a NUL, a huge id or year 1 through`, () => {
      fc.assert(
        fc.property(inputFor(schema), (input) => parsesSafely(schema, input)),
        { numRuns: RUNS },
      );
    });
  }

  it('a move destination past the integer column is refused', () => {
    expect(SCHEMAS.moveRatInput.safeParse({ ratId: '1', to: 'group:99999999999', reason: 'Bonded' }).success).toBe(false);
  });

  it('the forms’ FormData readers hand every schema something it can refuse cleanly', () => {
    const readers: Array<[(form: FormData) => unknown, z.ZodType]> = [
      [fosterHomeFormData, fosterHomeInput],
      [healthFormObject, SCHEMAS.healthEventInput],
      [intakeFormData, intakeInput],
      [(form) => Object.fromEntries(form), createUserInput],
      [(form) => Object.fromEntries(form), SCHEMAS.litterInput],
    ];
    const keys = fc.constantFrom('name', 'kind', 'date', 'occurredOn', 'intakeDate', 'rats[0][name]', 'rats[0][birthDate]', 'rats[1][ageWeeks]', 'fosterHomeId', 'email', 'role', 'symptoms', 'otherPets', 'capacity', 'bornOn', 'damId');
    fc.assert(
      fc.property(fc.dictionary(keys, nastyValue, { maxKeys: 10 }), fc.integer({ min: 0, max: readers.length - 1 }), (fields, which) => {
        const [read, schema] = readers[which];
        parsesSafely(schema, read(formDataOf(fields)));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('one id parser turns any URL segment into an id the database can hold, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String)), (value) => {
        generated++;
        const id = parseId(value);
        expect(id === null || (Number.isInteger(id) && id >= 1 && id <= 2_147_483_647)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('generates at least 10,000 inputs across the schemas', () => {
    expect(generated).toBeGreaterThanOrEqual(10_000);
  });
});
