import { randomUUID } from 'node:crypto';
import { count, sql } from 'drizzle-orm';
import { DEFAULT_POLICY } from '../../lib/domain/policy';
import { refreshHandlingSummaries } from '../queries/handling-sessions';
import {
  INTAKE_SOURCE_LABELS,
  type BackgroundCause,
  type BiteGrade,
  type BiteRisk,
  type ExperienceLevel,
  type FearTrigger,
  type FosterAccepts,
  type HandlingTechnique,
  type HealthEventKind,
  type IntakeSourceType,
  INTRODUCTION_STAGE_LABELS,
  INTRODUCTION_STAGES,
  INTRODUCTION_STATUS_LABELS,
  type IntroductionMethod,
  type IntroductionStage,
  type IntroductionStatus,
  type ObservationBehaviour,
  type ObservationOutcome,
  type OtherPet,
  type PositiveSign,
  type RatStatus,
  type Sex,
  type StressSign,
  type Symptom,
  type TemperamentCategory,
  type WatchKind,
  type WatchOutcome,
} from '../../lib/domain/vocabulary';
import { hashPassword } from '../../lib/passwords';
import type { Db, Tx } from '../connect';
import * as s from '../schema';
import { allocateRescueCodes } from '../queries/rescue-codes';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoSignInLines } from './demo-accounts';
import { DEMO_PRESENT_KEY, setRescueFlag } from '../queries/account-security';

/*
 * The demo rescue: four foster homes in and around Leeds, ~40 rats across every status, six weeks
 * of handling sessions, and one example of each story the dashboard tells (a hoarding intake in
 * quarantine, a litter to split by sex, a solo rat being introduced, a bite, a return...).
 * Every date is "days ago" from `now`, so the demo always looks current.
 */

// ---------------------------------------------------------------------------------------------
// Time and randomness
// ---------------------------------------------------------------------------------------------
const DAY_MS = 86_400_000;
/** How far back handling sessions go: about six weeks of progress curves. */
const SESSION_WINDOW_DAYS = 42;
const INSERT_CHUNK = 400;
/** Serialises concurrent `seedDemoIfEmpty` calls (two app instances starting on one server). */
const SEED_LOCK_KEY = 74_220_001;

type Clock = {
  /** 'YYYY-MM-DD', `daysAgo` days before today (negative: in the future). */
  date(daysAgo: number): string;
  /** A timestamp on that day at hour:minute UTC, never later than now. */
  at(daysAgo: number, hour?: number, minute?: number): Date;
  year(daysAgo: number): number;
};

function makeClock(now: Date): Clock {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (daysAgo: number) => new Date(midnight - daysAgo * DAY_MS);
  return {
    date: (daysAgo) => day(daysAgo).toISOString().slice(0, 10),
    at: (daysAgo, hour = 12, minute = 0) =>
      new Date(Math.min(midnight - daysAgo * DAY_MS + (hour * 60 + minute) * 60_000, now.getTime())),
    year: (daysAgo) => day(daysAgo).getUTCFullYear(),
  };
}

/** A seeded generator (mulberry32): the same demo every time, only the dates move. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}
type Random = ReturnType<typeof makeRandom>;

/** Points (daysAgo, value), oldest first; values between them are interpolated. */
type Keyframes = ReadonlyArray<readonly [daysAgo: number, value: number]>;

function valueAt(frames: Keyframes, daysAgo: number): number {
  if (daysAgo >= frames[0][0]) return frames[0][1];
  for (let i = 1; i < frames.length; i++) {
    const [d1, v1] = frames[i];
    if (daysAgo >= d1) {
      const [d0, v0] = frames[i - 1];
      return v0 + ((v1 - v0) * (d0 - daysAgo)) / (d0 - d1);
    }
  }
  return frames[frames.length - 1][1];
}

const flat = (step: number): Keyframes => [[SESSION_WINDOW_DAYS, step]];
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

// ---------------------------------------------------------------------------------------------
// The rescue: homes, intakes, cages
// ---------------------------------------------------------------------------------------------
type HomeKey = 'willow' | 'maple' | 'birch' | 'oak' | 'elm';
type HomeSpec = {
  name: string;
  contactName: string;
  phone: string;
  area: string;
  capacityRats: number;
  capacityCages: number;
  canQuarantine: boolean;
  otherPets: OtherPet[];
  hasChildren: boolean;
  experienceLevel: ExperienceLevel;
  accepts: FosterAccepts[];
  notes: string;
  quarantineAirspace?: string;
  /** When the foster usually handles (UTC hour), and the days they missed. */
  sessionHour: number;
  missedDays: number[];
};

// Willow House and Maple Cottage must match the homes named in DEMO_ACCOUNTS.
const HOMES: Record<HomeKey, HomeSpec> = {
  willow: {
    name: 'Willow House',
    contactName: 'Fran Foster',
    phone: '07700 900114',
    area: 'Headingley, Leeds',
    capacityRats: 14,
    capacityCages: 4,
    canQuarantine: true,
    otherPets: [],
    hasChildren: false,
    experienceLevel: 'experienced',
    accepts: ['quarantine', 'biters', 'hormonal_males', 'medical'],
    notes: 'Quarantine room is the spare bedroom: door kept shut, own air purifier, handled last.',
    quarantineAirspace: 'spare bedroom',
    sessionHour: 19,
    missedDays: [16, 31],
  },
  maple: {
    name: 'Maple Cottage',
    contactName: 'Robin Foster',
    phone: '07700 900238',
    area: 'Chapel Allerton, Leeds',
    capacityRats: 8,
    capacityCages: 3,
    canQuarantine: false,
    otherPets: ['cats'],
    hasChildren: true,
    experienceLevel: 'some',
    accepts: [],
    notes: 'One cat, kept out of the rat room. Two children (10 and 13) help with confident rats.',
    sessionHour: 17,
    missedDays: [11, 25, 26],
  },
  birch: {
    name: 'Birch Flat',
    contactName: 'Jamie Patel',
    phone: '07700 900356',
    area: 'Hyde Park, Leeds',
    capacityRats: 4,
    capacityCages: 1,
    canQuarantine: false,
    otherPets: [],
    hasChildren: false,
    experienceLevel: 'new',
    accepts: [],
    notes: 'First-time foster in a one-bedroom flat: easy, confident rats only for now.',
    sessionHour: 20,
    missedDays: [9, 22],
  },
  oak: {
    name: 'Oak Barn',
    contactName: 'Margaret Okoye',
    phone: '07700 900471',
    area: 'Otley',
    capacityRats: 16,
    capacityCages: 5,
    canQuarantine: true,
    otherPets: [],
    hasChildren: false,
    experienceLevel: 'experienced',
    accepts: ['quarantine', 'litters', 'medical', 'hormonal_males'],
    notes: 'Converted barn with a separate garden room for quarantine. Twenty years keeping rats.',
    quarantineAirspace: 'garden room',
    sessionHour: 10,
    missedDays: [19, 33],
  },
  // Matching: a home of single rats waiting for companions (see MATCHING_RATS).
  elm: {
    name: 'Elm Terrace',
    contactName: 'Sam Adeyemi',
    phone: '07700 900582',
    area: 'Roundhay, Leeds',
    capacityRats: 10,
    capacityCages: 8,
    canQuarantine: true,
    otherPets: [],
    hasChildren: false,
    experienceLevel: 'experienced',
    accepts: ['quarantine', 'biters', 'hormonal_males'],
    notes: 'Takes in rats that arrive alone, until they are paired.',
    quarantineAirspace: 'back bedroom',
    sessionHour: 18,
    missedDays: [12, 27],
  },
};

type IntakeSpec = {
  daysAgo: number;
  sourceType: IntakeSourceType;
  /** Short name for the cohort and the audit log. */
  label: string;
  sourceDetails: string;
  reason: string | null;
  mixedSex?: boolean;
  notes?: string;
  /** What staff noted at the intake health check. */
  checkNote?: string;
  checkSymptoms?: Symptom[];
};

const INTAKES = {
  pepper: {
    daysAgo: 160,
    sourceType: 'owner_surrender',
    label: 'Horsforth surrender',
    sourceDetails: 'Owner in Horsforth',
    reason: 'Owner moving abroad for work',
    checkNote: 'Both bright, good weight, clean coats.',
  },
  luna: {
    daysAgo: 140,
    sourceType: 'stray',
    label: 'Meanwood strays',
    sourceDetails: 'Left in a pet carrier outside Meanwood Vets',
    reason: 'Abandoned',
    checkNote: 'Slightly underweight, otherwise healthy.',
  },
  petShop: {
    daysAgo: 130,
    sourceType: 'pet_shop',
    label: 'Pets & Co boys',
    sourceDetails: 'Pets & Co, Kirkstall Road',
    reason: 'Unsold adult males, too old to sell',
  },
  hazel: {
    daysAgo: 110,
    sourceType: 'owner_surrender',
    label: 'Roundhay surrender',
    sourceDetails: 'Family in Roundhay',
    reason: 'Children lost interest',
    checkNote: 'Well handled, healthy.',
  },
  truffle: {
    daysAgo: 100,
    sourceType: 'owner_surrender',
    label: 'Truffle',
    sourceDetails: 'Single owner, Chapel Allerton',
    reason: "Owner's partner developed an allergy",
    checkNote: 'Neutered: previous vet record seen.',
  },
  winston: {
    daysAgo: 95,
    sourceType: 'other',
    label: 'Care-home rehoming',
    sourceDetails: 'Family of an elderly owner',
    reason: 'Owner moved into residential care',
    checkNote: 'Two elderly neutered males; Gus has a slight head tilt.',
  },
  transfer: {
    daysAgo: 90,
    sourceType: 'transfer',
    label: 'Southern Rat Rescue transfer',
    sourceDetails: 'Southern Rat Rescue',
    reason: 'Partner rescue full after a hoarding case',
    notes: 'Two boys and two girls, housed apart at the partner rescue.',
  },
  breeder: {
    daysAgo: 75,
    sourceType: 'breeder_return',
    label: 'Moonrise retired does',
    sourceDetails: 'Moonrise Rattery',
    reason: 'Retired breeding does',
    checkNote: 'Good condition; Echo has a small fatty lump on her flank, to watch.',
  },
  seizure: {
    daysAgo: 60,
    sourceType: 'seizure',
    label: 'Bramley neglect seizure',
    sourceDetails: 'RSPCA seizure, neglect case in Bramley',
    reason: 'Kept in a garage with no handling',
    checkNote: 'Underweight and very frightened; no signs of illness.',
  },
  clover: {
    daysAgo: 50,
    sourceType: 'stray',
    label: 'Armley stray',
    sourceDetails: 'Found in a garden shed in Armley',
    reason: 'Stray',
  },
  ivy: {
    daysAgo: 45,
    sourceType: 'pet_shop',
    label: 'Pets & Co girls',
    sourceDetails: 'Pets & Co, Kirkstall Road',
    reason: 'Returned to the shop by a buyer',
  },
  mixed: {
    daysAgo: 42,
    sourceType: 'owner_surrender',
    label: 'Beeston mixed-sex surrender',
    sourceDetails: 'Household in Beeston',
    reason: '"Two girls" from a pet shop turned out to be two of each',
    mixedSex: true,
    notes: 'Lived together for about a month before surrender: both girls on pregnancy watch.',
    checkNote: 'Mabel looks rounder than Dolly.',
  },
  pennine: {
    daysAgo: 30,
    sourceType: 'transfer',
    label: 'Pennine Rat Rescue transfer',
    sourceDetails: 'Pennine Rat Rescue',
    reason: 'Two shy boys who need a patient foster',
  },
  litter: {
    daysAgo: 20,
    sourceType: 'born_in_care',
    label: "Mabel's litter",
    sourceDetails: 'Born at Oak Barn to Mabel',
    reason: null,
  },
  hoarding: {
    daysAgo: 10,
    sourceType: 'hoarding',
    label: 'Kirkstall hoarding case',
    sourceDetails: 'Council referral: over 60 rats in a two-bedroom flat in Kirkstall; first batch of 8',
    reason: 'Owner hospitalised; environmental health cleared the flat',
    mixedSex: true,
    notes: 'More rats may follow from the same case. Males and females were loose together.',
    checkNote: 'Thin, scabby from overcrowding, very fearful; no respiratory signs yet.',
    checkSymptoms: ['hair_loss_or_scabs'],
  },
  singles: {
    daysAgo: 70,
    sourceType: 'owner_surrender',
    label: 'Single rats from Roundhay',
    sourceDetails: 'Several owners in Roundhay, each with one rat',
    reason: 'Kept alone: surrendered so they can live with companions',
    checkNote: 'All healthy; several underconfident from living alone.',
  },
} satisfies Record<string, IntakeSpec>;
type IntakeKey = keyof typeof INTAKES;

/** `intake`: a cage group made at an intake, as the intake form makes them (its page links back). */
type CageSpec = { home: HomeKey; name: string; notes?: string; intake?: IntakeKey };

const CAGES = {
  wHoardGirls: { home: 'willow', name: 'Spare room girls', notes: 'Hoarding cohort, in quarantine', intake: 'hoarding' },
  wHoardBoys: { home: 'willow', name: 'Spare room boys', notes: 'Hoarding cohort, in quarantine', intake: 'hoarding' },
  wLads: { home: 'willow', name: 'The lads' },
  wGingerRolo: { home: 'willow', name: 'Ginger & Rolo' },
  wOldBoys: { home: 'willow', name: 'Winston & Gus' },
  wPepperNutmeg: { home: 'willow', name: 'Pepper & Nutmeg (quarantine)' },
  wHazelPoppy: { home: 'willow', name: 'Hazel & Poppy (quarantine)' },
  wMabelDolly: { home: 'willow', name: 'Mabel & Dolly (quarantine)' },
  wTruffle: { home: 'willow', name: 'Truffle (quarantine)' },
  mGirls: { home: 'maple', name: 'Maple girls', notes: 'Four girls and Truffle, a long-neutered boy' },
  mBoys: { home: 'maple', name: 'Pudding & Crumpet' },
  mPepperNutmeg: { home: 'maple', name: 'Pepper & Nutmeg' },
  bGirls: { home: 'birch', name: 'Birch girls' },
  oRoccoDexter: { home: 'oak', name: 'Rocco & Dexter' },
  oBrutusTank: { home: 'oak', name: 'Brutus & Tank' },
  oSageThyme: { home: 'oak', name: 'Sage & Thyme' },
  oGirls: { home: 'oak', name: 'Oak girls' },
  oNursery: { home: 'oak', name: "Mabel's nursery", notes: 'Mabel and her litter: sex the kittens and split them before day 35' },
  oLunaStella: { home: 'oak', name: 'Luna & Stella' },
  oClover: { home: 'oak', name: 'Clover (quarantine)' },
  oPuddingCrumpet: { home: 'oak', name: 'Pudding & Crumpet (quarantine)' },
  oIvyJuno: { home: 'oak', name: 'Ivy & Juno (quarantine)' },
  eOlive: { home: 'elm', name: 'Olive' },
  eTilly: { home: 'elm', name: 'Tilly' },
  eMarigold: { home: 'elm', name: 'Marigold' },
  eMaisie: { home: 'elm', name: 'Maisie' },
  eHugo: { home: 'elm', name: 'Hugo' },
  eMochi: { home: 'elm', name: 'Mochi' },
  eNico: { home: 'elm', name: 'Nico' },
  eZiggy: { home: 'elm', name: 'Ziggy' },
} satisfies Record<string, CageSpec>;
type CageKey = keyof typeof CAGES;

// ---------------------------------------------------------------------------------------------
// The rats
// ---------------------------------------------------------------------------------------------
type SessionOverride = {
  step?: number;
  positive?: PositiveSign[];
  stress?: StressSign[];
  bite?: BiteGrade;
  confidence?: number;
  notes?: string;
};

type RatSpec = {
  key: string;
  name: string;
  sex: Sex;
  intake: IntakeKey;
  /** Estimated age in days on the intake date (0: born in care, exact). */
  age: number;
  variety: string;
  markings?: string;
  /** Usual adult weight; intake and routine weigh-ins scatter around it. */
  grams: number;
  neuteredDaysAgo?: number;
  notes?: string;
  /** Where it lived: each cage from a day on; the last one is open unless the rat left care. */
  stays: Array<readonly [cage: CageKey, fromDaysAgo: number, reason?: string]>;
  /** Status changes after the release from intake quarantine. */
  later?: Array<readonly [status: RatStatus, daysAgo: number, reason: string]>;
  /** Trust step over time; the sessions scatter around it. */
  trust: Keyframes;
  handledFrom?: number;
  handledUntil?: number;
  sessionEvents?: Record<number, SessionOverride>;
  /** Weekly weigh-ins (a weight chart) instead of the usual intake + routine weights. */
  weeklyWeights?: Keyframes;
  dam?: string;
};

const MOVED_AFTER_RELEASE = 'Moved after release from intake quarantine';

const READY = 'Handling-ready and health check clear';

/** A cage-mate who shares a rat's story (intake, cages, statuses) but has its own name and looks. */
const cageMate = (rat: RatSpec, [name, variety, markings]: [string, string, string?]): RatSpec => ({
  ...rat,
  key: name.toLowerCase(),
  name,
  variety,
  markings: markings ?? rat.markings,
});

const pepper: RatSpec = {
  key: 'pepper',
  name: 'Pepper',
  sex: 'female',
  intake: 'pepper',
  age: 240,
  variety: 'black berkshire',
  markings: 'berkshire',
  grams: 340,
  stays: [
    ['wPepperNutmeg', 160],
    ['mPepperNutmeg', 139, MOVED_AFTER_RELEASE],
  ],
  later: [
    ['available', 100, READY],
    ['reserved', 37, 'Reserved for Jo Marsh (approved pair proposal)'],
    ['adopted', 30, 'Adopted by Jo Marsh'],
  ],
  trust: flat(7),
};

const luna: RatSpec = {
  key: 'luna',
  name: 'Luna',
  sex: 'female',
  intake: 'luna',
  age: 150,
  variety: 'dumbo blue',
  markings: 'hooded',
  grams: 300,
  notes: 'Nervous again after her return; settling with Ivy and Juno.',
  stays: [
    ['oLunaStella', 140],
    ['bGirls', 14, 'Returned by her adopter; placed with Ivy and Juno'],
  ],
  later: [
    ['available', 100, READY],
    ['reserved', 75, 'Reserved for Priya Shah'],
    ['adopted', 70, 'Adopted by Priya Shah'],
    ['returned', 14, 'Returned by Priya Shah: fought with her resident doe'],
  ],
  trust: [
    [13, 4],
    [7, 5],
    [1, 6],
  ],
  handledFrom: 13,
};

const rocco: RatSpec = {
  key: 'rocco',
  name: 'Rocco',
  sex: 'male',
  intake: 'petShop',
  age: 120,
  variety: 'agouti',
  markings: 'hooded',
  grams: 480,
  stays: [['oRoccoDexter', 130]],
  later: [['available', 90, READY]],
  trust: flat(7),
};

const hazel: RatSpec = {
  key: 'hazel',
  name: 'Hazel',
  sex: 'female',
  intake: 'hazel',
  age: 200,
  variety: 'agouti',
  markings: 'variegated',
  grams: 310,
  stays: [
    ['wHazelPoppy', 110],
    ['mGirls', 89, MOVED_AFTER_RELEASE],
  ],
  later: [
    ['available', 60, READY],
    ['reserved', 6, 'Reserved for Tom Okafor (approved pair proposal)'],
  ],
  trust: flat(8),
  weeklyWeights: [
    [42, 305],
    [0, 312],
  ],
};

const brutus: RatSpec = {
  key: 'brutus',
  name: 'Brutus',
  sex: 'male',
  intake: 'transfer',
  age: 180,
  variety: 'agouti berkshire',
  markings: 'berkshire',
  grams: 560,
  neuteredDaysAgo: 10,
  notes: 'Hormonal: puffs up and lashes his tail at hands. Neutered after a neuter review.',
  stays: [['oBrutusTank', 90]],
  trust: [
    [42, 4],
    [22, 3],
    [1, 3],
  ],
  sessionEvents: {
    4: {
      bite: 'mouthing',
      stress: ['puffs_up', 'tail_lashing', 'grabs_or_nips'],
      notes: 'Grabbed my sleeve and mouthed my finger; no pressure. Still sore from the op?',
    },
  },
  weeklyWeights: [
    [42, 575],
    [10, 565],
    [0, 552],
  ],
};

const sage: RatSpec = {
  key: 'sage',
  name: 'Sage',
  sex: 'female',
  intake: 'transfer',
  age: 300,
  variety: 'husky',
  markings: 'blazed',
  grams: 300,
  notes: 'On her own since Thyme died: being introduced to the Oak girls.',
  stays: [['oSageThyme', 90]],
  trust: [
    [42, 5],
    [9, 4],
    [3, 5],
  ],
};

const bluebell: RatSpec = {
  key: 'bluebell',
  name: 'Bluebell',
  sex: 'female',
  intake: 'breeder',
  age: 400,
  variety: 'Russian blue dumbo',
  markings: 'self',
  grams: 330,
  stays: [['oGirls', 75]],
  later: [['available', 40, READY]],
  trust: flat(6),
};

const biscuit: RatSpec = {
  key: 'biscuit',
  name: 'Biscuit',
  sex: 'male',
  intake: 'seizure',
  age: 150,
  variety: 'agouti',
  markings: 'hooded',
  grams: 420,
  notes: 'Came out of his shell fast once Winston moved in.',
  stays: [['wLads', 60]],
  later: [['available', 8, 'Reached the handling-ready step; health check clear']],
  trust: [
    [42, 1],
    [35, 3],
    [28, 4],
    [21, 5],
    [14, 6],
    [7, 7],
  ],
  sessionEvents: { 20: { notes: 'First time he climbed onto my hand by himself!' } },
  weeklyWeights: [
    [56, 330],
    [28, 380],
    [0, 418],
  ],
};

const mabel: RatSpec = {
  key: 'mabel',
  name: 'Mabel',
  sex: 'female',
  intake: 'mixed',
  age: 260,
  variety: 'agouti',
  markings: 'hooded',
  grams: 330,
  stays: [
    ['wMabelDolly', 42],
    ['oNursery', 21, 'Moved to Oak Barn to give birth: the home takes litters'],
  ],
  trust: flat(5),
};

const ginger: RatSpec = {
  key: 'ginger',
  name: 'Ginger',
  sex: 'male',
  intake: 'mixed',
  age: 240,
  variety: 'fawn',
  markings: 'hooded',
  grams: 450,
  notes: 'Kept apart from the girls since intake.',
  stays: [['wGingerRolo', 42]],
  trust: [
    [40, 3],
    [1, 6],
  ],
  // His last week is steady at step 6, whatever the scatter elsewhere: one better session must
  // not promote him (two of the last three decide).
  sessionEvents: { 1: { step: 6 }, 2: { step: 6 }, 3: { step: 6 }, 4: { step: 6 }, 5: { step: 6 }, 6: { step: 6 } },
};

const pudding: RatSpec = {
  key: 'pudding',
  name: 'Pudding',
  sex: 'male',
  intake: 'pennine',
  age: 200,
  variety: 'cream dumbo',
  markings: 'self',
  grams: 470,
  stays: [
    ['oPuddingCrumpet', 30],
    ['mBoys', 9, MOVED_AFTER_RELEASE],
  ],
  trust: [
    [29, 2],
    [1, 5],
  ],
};

const ivy: RatSpec = {
  key: 'ivy',
  name: 'Ivy',
  sex: 'female',
  intake: 'ivy',
  age: 160,
  variety: 'cinnamon pearl',
  markings: 'self',
  grams: 290,
  stays: [
    ['oIvyJuno', 45],
    ['bGirls', 24, 'Moved to Birch Flat after release: easy girls for a new foster'],
  ],
  later: [['available', 12, READY]],
  trust: [
    [42, 4],
    [20, 6],
  ],
};

/** Eight rats from one flat: never handled, split by sex at intake, all in quarantine. */
function hoardRat(
  name: string,
  sex: Sex,
  age: number,
  variety: string,
  grams: number,
  trustNow: number,
  sessionEvents?: Record<number, SessionOverride>,
): RatSpec {
  return {
    key: name.toLowerCase(),
    name,
    sex,
    intake: 'hoarding',
    age,
    variety,
    grams,
    stays: [[sex === 'female' ? 'wHoardGirls' : 'wHoardBoys', 10]],
    trust: [
      [8, 0],
      [1, trustNow],
    ],
    handledFrom: 8,
    sessionEvents,
  };
}

const LITTER_DAM = 'mabel';

/**
 * Mabel's litter: exact birth date, handled gently from two weeks old. Sex stays unknown until
 * they are sexed and split, which the sex-separation watch asks for by day 35 (as lib/domain/litters does).
 */
function kitten(name: string, variety: string, grams: number): RatSpec {
  return {
    key: name.toLowerCase(),
    name,
    sex: 'unknown',
    intake: 'litter',
    age: 0,
    variety,
    grams,
    stays: [['oNursery', INTAKES.litter.daysAgo, 'Born in care']],
    trust: [
      [6, 1],
      [1, 3],
    ],
    handledFrom: 6,
    weeklyWeights: [
      [14, 16],
      [7, 29],
      [0, grams],
    ],
    dam: LITTER_DAM,
  };
}

// ---------------------------------------------------------------------------------------------
// Matching: single rats, each surrendered alone, available and waiting for a companion, so the
// Matching page has a real population to pair (a confident doe and two shy ones, an older doe,
// a long-neutered buck who may live with does, and two hormonal bucks who should not share).
// ---------------------------------------------------------------------------------------------
function singleRat(key: string, name: string, sex: Sex, age: number, variety: string, grams: number, trust: Keyframes, extra: Partial<RatSpec> = {}): RatSpec {
  const cage = `e${name}` as CageKey;
  return {
    key,
    name,
    sex,
    intake: 'singles',
    age,
    variety,
    grams,
    stays: [[cage, INTAKES.singles.daysAgo]],
    later: [['available', 20, READY]],
    trust,
    ...extra,
  };
}

const MATCHING_RATS: RatSpec[] = [
  singleRat('olive', 'Olive', 'female', 200, 'agouti', 310, flat(7)),
  singleRat('tilly', 'Tilly', 'female', 230, 'blue hooded', 280, [[40, 1], [20, 2], [1, 4]]),
  singleRat('marigold', 'Marigold', 'female', 260, 'champagne', 300, [[40, 2], [1, 5]]),
  singleRat('maisie', 'Maisie', 'female', 700, 'black self', 340, flat(6)),
  singleRat('hugo', 'Hugo', 'male', 420, 'mink', 520, flat(7), { neuteredDaysAgo: 200 }),
  singleRat('mochi', 'Mochi', 'male', 300, 'cinnamon', 540, flat(6)),
  singleRat('nico', 'Nico', 'male', 330, 'black berkshire', 560, [[40, 5], [20, 5], [1, 4]]),
  singleRat('ziggy', 'Ziggy', 'male', 900, 'siamese', 500, [[40, 4], [1, 3]], { notes: 'Elderly and grumpy with other bucks; may do best with a calm neutered companion.' }),
];

const MATCHING_ASSESSMENTS: AssessmentStory[] = [
  { rat: 'olive', daysAgo: 15, scores: [5, 5, 5, 5], biteRisk: 'low', category: 'confident', notes: 'Bold and easy-going with other rats.' },
  { rat: 'tilly', daysAgo: 15, scores: [2, 2, 1, 4], biteRisk: 'low', category: 'shy', notes: 'Watches from the hammock; needs a calm companion.' },
  { rat: 'marigold', daysAgo: 15, scores: [2, 3, 2, 4], biteRisk: 'low', category: 'fearful', triggers: ['sudden_movement'] },
  { rat: 'maisie', daysAgo: 15, scores: [4, 4, 3, 4], biteRisk: 'low', category: 'confident', notes: 'Older doe, gentle.' },
  { rat: 'hugo', daysAgo: 15, scores: [5, 4, 4, 5], biteRisk: 'low', category: 'confident', notes: 'Neutered long ago: can live with does.' },
  { rat: 'mochi', daysAgo: 15, scores: [3, 2, 4, 2], biteRisk: 'high', category: 'hormonal', causes: ['hormonal'] },
  { rat: 'ziggy', daysAgo: 15, scores: [3, 2, 2, 1], biteRisk: 'high', category: 'defensive', notes: 'Lunges at other bucks through the bars.' },
  { rat: 'nico', daysAgo: 15, scores: [3, 2, 3, 2], biteRisk: 'high', category: 'defensive', triggers: ['hands_in_cage'] },
];

const RATS: RatSpec[] = [
  pepper,
  { ...cageMate(pepper, ['Nutmeg', 'cinnamon', 'self']), grams: 320, trust: [[42, 6], [31, 7]] },
  luna,
  {
    ...cageMate(luna, ['Stella', 'dumbo blue', 'self']),
    notes: undefined,
    stays: luna.stays.slice(0, 1),
    later: luna.later?.slice(0, 3),
    trust: flat(7),
  },
  rocco,
  { ...cageMate(rocco, ['Dexter', 'black self', 'self']), grams: 500, trust: [[42, 6], [1, 7]] },
  {
    ...cageMate(rocco, ['Alfie', 'PEW (pink-eyed white)']),
    grams: 460,
    later: [
      ['available', 90, READY],
      ['transferred', 40, 'Transferred to Northern Rat Rescue: an adopter there has a neutered-male group'],
    ],
    trust: flat(6),
  },
  hazel,
  { ...cageMate(hazel, ['Poppy', 'champagne', 'hooded']), grams: 290, trust: [[42, 6], [1, 7]], weeklyWeights: undefined },
  {
    key: 'truffle',
    name: 'Truffle',
    sex: 'male',
    intake: 'truffle',
    age: 400,
    variety: 'mink dumbo',
    markings: 'capped',
    grams: 520,
    neuteredDaysAgo: 300,
    notes: 'Neutered by his previous owner long before intake, so he can live with the girls.',
    stays: [
      ['wTruffle', 100],
      ['mGirls', 79, 'Moved after release; joined the Maple girls (neutered, sterile)'],
    ],
    later: [['available', 60, READY]],
    trust: flat(7),
  },
  {
    key: 'winston',
    name: 'Winston',
    sex: 'male',
    intake: 'winston',
    age: 780,
    variety: 'Russian blue',
    markings: 'self',
    grams: 540,
    neuteredDaysAgo: 500,
    notes: 'Senior gent and a calm companion for shy boys. Losing weight: on antibiotics.',
    stays: [
      ['wOldBoys', 95],
      ['wLads', 39, 'Joined Biscuit and Bramble after Gus died'],
    ],
    trust: flat(7),
    handledUntil: 5,
    sessionEvents: { 5: { notes: 'Sneezy and tired. Leaving him to rest apart from his medicine.' } },
    weeklyWeights: [
      [56, 545],
      [28, 530],
      [14, 505],
      [7, 480],
      [0, 465],
    ],
  },
  {
    key: 'gus',
    name: 'Gus',
    sex: 'male',
    intake: 'winston',
    age: 820,
    variety: 'hooded',
    markings: 'hooded',
    grams: 480,
    neuteredDaysAgo: 520,
    stays: [['wOldBoys', 95]],
    later: [['deceased', 40, 'Put to sleep: suspected pituitary tumour']],
    trust: flat(6),
  },
  brutus,
  {
    ...cageMate(brutus, ['Tank', 'blue agouti dumbo', 'self']),
    grams: 590,
    neuteredDaysAgo: 60,
    notes: 'Brother of Brutus; neutered, and far calmer.',
    trust: flat(5),
    sessionEvents: undefined,
    weeklyWeights: undefined,
  },
  sage,
  {
    ...cageMate(sage, ['Thyme', 'husky', 'roan']),
    grams: 290,
    notes: undefined,
    later: [['deceased', 9, 'Died: suspected pneumonia']],
    trust: flat(5),
    handledUntil: 12,
  },
  bluebell,
  { ...cageMate(bluebell, ['Fern', 'platinum', 'hooded']), grams: 310 },
  { ...cageMate(bluebell, ['Nova', 'siamese', 'pointed']), grams: 300, later: undefined, trust: [[42, 3], [1, 6]] },
  { ...cageMate(bluebell, ['Echo', 'beige rex', 'self']), grams: 320, trust: [[42, 5], [1, 7]] },
  biscuit,
  {
    ...cageMate(biscuit, ['Bramble', 'black hooded']),
    grams: 430,
    notes: 'Still bolts when a hand comes from above. Will need an experienced adopter.',
    later: undefined,
    trust: [
      [42, 1],
      [28, 2],
      [14, 2],
      [1, 3],
    ],
    sessionEvents: {
      3: {
        step: 2,
        bite: 'nip',
        stress: ['grabs_or_nips', 'flees_or_darts'],
        notes: 'Nipped when I moved my hand too quickly; no broken skin.',
      },
    },
    weeklyWeights: [
      [56, 340],
      [0, 392],
    ],
  },
  {
    key: 'clover',
    name: 'Clover',
    sex: 'female',
    intake: 'clover',
    age: 270,
    variety: 'agouti dumbo',
    markings: 'irish',
    grams: 280,
    notes: 'Sound-sensitive: fireworks set her back a week.',
    stays: [
      ['oClover', 50],
      ['mGirls', 29, MOVED_AFTER_RELEASE],
    ],
    trust: [
      [42, 1],
      [22, 4],
      [13, 5],
      [12, 1],
      [10, 2],
      [4, 4],
      [1, 5],
    ],
    sessionEvents: {
      12: {
        step: 1,
        positive: [],
        stress: ['puffs_up', 'hides', 'porphyrin', 'squeaks_in_protest'],
        confidence: 1,
        notes: 'Fireworks next door last night: red tears this morning and she hid all session.',
      },
    },
    weeklyWeights: [
      [42, 262],
      [0, 276],
    ],
  },
  ivy,
  { ...cageMate(ivy, ['Juno', 'fawn', 'hooded']), grams: 300, trust: [[42, 5], [1, 7]] },
  mabel,
  {
    ...cageMate(mabel, ['Dolly', 'blue', 'variegated']),
    age: 240,
    grams: 300,
    stays: [
      ['wMabelDolly', 42],
      ['mGirls', 21, MOVED_AFTER_RELEASE],
    ],
    trust: [
      [20, 2],
      [1, 5],
    ],
  },
  ginger,
  { ...cageMate(ginger, ['Rolo', 'chocolate', 'self']), grams: 470, trust: [[40, 4], [1, 6]] },
  pudding,
  { ...cageMate(pudding, ['Crumpet', 'chocolate berkshire', 'berkshire']), grams: 440, trust: [[29, 1], [1, 4]] },
  hoardRat('Bean', 'female', 180, 'agouti', 280, 2),
  hoardRat('Moth', 'female', 300, 'black self', 300, 1),
  hoardRat('Wren', 'female', 120, 'husky', 240, 3),
  hoardRat('Tansy', 'female', 240, 'PEW (pink-eyed white)', 290, 1),
  hoardRat('Badger', 'male', 360, 'black berkshire', 480, 1, {
    2: {
      step: 0,
      bite: 'bite',
      stress: ['teeth_bared', 'grabs_or_nips', 'puffs_up'],
      confidence: 1,
      notes: 'Bit my finger when I reached in to refill the bowl; broke the skin. Hands in the cage are his trigger.',
    },
  }),
  hoardRat('Pickle', 'male', 150, 'agouti hooded', 400, 2),
  hoardRat('Sprout', 'male', 90, 'cinnamon', 320, 2),
  hoardRat('Twig', 'male', 200, 'dumbo blue', 420, 0),
  kitten('Saffron', 'agouti hooded', 40),
  kitten('Cinnamon', 'cinnamon hooded', 38),
  kitten('Juniper', 'black hooded', 41),
  kitten('Fudge', 'agouti', 45),
  kitten('Sorrel', 'cinnamon', 43),
  kitten('Basil', 'black hooded', 44),
  ...MATCHING_RATS,
];

// ---------------------------------------------------------------------------------------------
// Stories that involve several rats or people
// ---------------------------------------------------------------------------------------------
const VET = 'Riverside Exotics, Kirkstall';

type HealthEventRow = typeof s.healthEvents.$inferInsert;
type HealthStory = Omit<HealthEventRow, 'ratId' | 'kind' | 'occurredOn' | 'courseStartOn' | 'courseEndOn'> & {
  rat: string;
  kind: HealthEventKind;
  daysAgo: number;
  /** Medication course as [start, end] days ago (negative: ends in the future). */
  course?: readonly [number, number];
};

const HEALTH_STORIES: HealthStory[] = [
  {
    rat: 'winston',
    kind: 'illness',
    daysAgo: 8,
    symptoms: ['sneezing'],
    grimaceOrbital: 1,
    grimaceNoseCheek: 0,
    grimaceEars: 1,
    grimaceWhiskers: 0,
    notes: 'Sneezing on and off for two days, a little porphyrin. Breathing sounds clear.',
  },
  { rat: 'winston', kind: 'vet_visit', daysAgo: 8, vetClinic: VET, diagnosis: 'Suspected mycoplasma flare-up' },
  {
    rat: 'winston',
    kind: 'medication',
    daysAgo: 8,
    medication: 'Doxycycline',
    dose: '10 mg/kg by mouth twice daily',
    course: [8, -6],
    notes: 'Given in a little yoghurt.',
  },
  {
    rat: 'thyme',
    kind: 'illness',
    daysAgo: 12,
    symptoms: ['respiratory_noise', 'lethargy', 'not_eating'],
    notes: 'Clicking breath and hunched; not interested in food.',
  },
  { rat: 'thyme', kind: 'vet_visit', daysAgo: 11, vetClinic: VET, diagnosis: 'Pneumonia; guarded prognosis' },
  { rat: 'thyme', kind: 'medication', daysAgo: 11, medication: 'Enrofloxacin and doxycycline', dose: 'Twice daily', course: [11, -3] },
  {
    rat: 'thyme',
    kind: 'death',
    daysAgo: 9,
    causeOfDeath: 'Respiratory infection (suspected pneumonia)',
    notes: 'Died overnight despite treatment. Sage is on her own now.',
  },
  { rat: 'gus', kind: 'death', daysAgo: 40, vetClinic: VET, causeOfDeath: 'Put to sleep: suspected pituitary tumour' },
  {
    rat: 'dexter',
    kind: 'illness',
    daysAgo: 49,
    symptoms: ['wound'],
    notes: 'Small bite wound on the rump after the failed introduction; cleaned, healed within a week.',
  },
  { rat: 'brutus', kind: 'neuter_review', daysAgo: 20, notes: 'Puffing up, tail lashing and a failed introduction: neuter advised.' },
  {
    rat: 'brutus',
    kind: 'medication',
    daysAgo: 10,
    medication: 'Meloxicam',
    dose: '0.2 mg/kg once daily',
    course: [10, 7],
    notes: 'Pain relief after castration.',
  },
  // Bramble's intake check is exactly READINESS_HEALTH_CHECK_DAYS old: without a later check his
  // readiness would gain an item at the next midnight.
  { rat: 'bramble', kind: 'health_check', daysAgo: 21, notes: 'Routine health check: healthy, still bolts from hands.' },
  { rat: 'mabel', kind: 'health_check', daysAgo: 20, notes: 'Litter of six born overnight; all feeding, Mabel well.' },
  { rat: 'echo', kind: 'health_check', daysAgo: 30, symptoms: ['lump'], notes: 'Fatty lump on her flank unchanged at about 1 cm.' },
  { rat: 'hazel', kind: 'vet_visit', daysAgo: 5, vetClinic: VET, diagnosis: 'Healthy: fit for adoption' },
  { rat: 'poppy', kind: 'vet_visit', daysAgo: 5, vetClinic: VET, diagnosis: 'Healthy: fit for adoption' },
];

type AssessmentStory = {
  rat: string;
  daysAgo: number;
  /** approach, handling tolerance, confidence in a new space, sociability with rats (1-5). */
  scores: readonly [number, number, number, number];
  biteRisk: BiteRisk;
  category: TemperamentCategory;
  causes?: BackgroundCause[];
  triggers?: FearTrigger[];
  notes?: string;
};

const NEGLECT: BackgroundCause[] = ['lack_of_early_handling', 'stressful_environment'];
const HAND_FEARS: FearTrigger[] = ['hands_in_cage', 'picked_up_from_above', 'sudden_movement'];

const ASSESSMENTS: AssessmentStory[] = [
  ...MATCHING_ASSESSMENTS,
  {
    rat: 'biscuit',
    daysAgo: 55,
    scores: [1, 1, 1, 4],
    biteRisk: 'medium',
    category: 'fearful',
    causes: NEGLECT,
    triggers: HAND_FEARS,
    notes: 'Freezes in the nest box and flees from hands.',
  },
  {
    rat: 'biscuit',
    daysAgo: 12,
    scores: [4, 4, 4, 5],
    biteRisk: 'low',
    category: 'confident',
    causes: NEGLECT,
    triggers: ['sudden_movement'],
    notes: 'Meets me at the cage door and is happy to be scooped up.',
  },
  { rat: 'bramble', daysAgo: 55, scores: [1, 1, 1, 4], biteRisk: 'medium', category: 'fearful', causes: NEGLECT, triggers: HAND_FEARS },
  {
    rat: 'bramble',
    daysAgo: 12,
    scores: [2, 2, 1, 4],
    biteRisk: 'medium',
    category: 'fearful',
    causes: NEGLECT,
    triggers: HAND_FEARS,
    notes: 'Takes food from a spoon; still bolts from a hand above him.',
  },
  {
    rat: 'clover',
    daysAgo: 45,
    scores: [2, 1, 2, 3],
    biteRisk: 'low',
    category: 'shy',
    causes: ['lack_of_early_handling'],
    triggers: ['loud_noises', 'rustling', 'sudden_movement'],
    notes: 'Watches from the hammock; startles at every noise.',
  },
  {
    rat: 'clover',
    daysAgo: 5,
    scores: [3, 3, 2, 4],
    biteRisk: 'low',
    category: 'shy',
    causes: ['lack_of_early_handling'],
    triggers: ['loud_noises', 'rustling'],
    notes: 'Knocked back by fireworks but recovering: takes treats from fingers again.',
  },
  { rat: 'dolly', daysAgo: 18, scores: [2, 2, 2, 4], biteRisk: 'low', category: 'shy', triggers: ['picked_up_from_above'] },
  {
    rat: 'dolly',
    daysAgo: 3,
    scores: [3, 3, 3, 4],
    biteRisk: 'low',
    category: 'shy',
    triggers: ['picked_up_from_above'],
    notes: 'Climbs onto an open palm for yoghurt.',
  },
  {
    rat: 'brutus',
    daysAgo: 85,
    scores: [3, 2, 3, 2],
    biteRisk: 'medium',
    category: 'hormonal',
    causes: ['hormonal'],
    triggers: ['hands_in_cage', 'being_restrained'],
    notes: 'Puffs up and sidles at Tank.',
  },
  {
    rat: 'brutus',
    daysAgo: 22,
    scores: [2, 1, 3, 1],
    biteRisk: 'high',
    category: 'hormonal',
    causes: ['hormonal'],
    triggers: ['hands_in_cage', 'being_restrained'],
    notes: 'Worse since the failed introduction: neuter review booked.',
  },
  { rat: 'hazel', daysAgo: 60, scores: [5, 5, 4, 5], biteRisk: 'low', category: 'confident', notes: 'Bold and friendly; loves a shoulder ride.' },
  { rat: 'sage', daysAgo: 5, scores: [3, 4, 3, 3], biteRisk: 'low', category: 'shy', triggers: ['loud_noises'], notes: 'Quieter since Thyme died; eating well.' },
  // The hoarding rats' first assessment, a few days after arrival.
  ...RATS.filter((r) => r.intake === 'hoarding').map((r): AssessmentStory => {
    const trustNow = r.trust[r.trust.length - 1][1];
    return {
      rat: r.key,
      daysAgo: 7,
      scores: [trustNow >= 2 ? 2 : 1, 1, trustNow >= 3 ? 2 : 1, r.sex === 'male' ? 4 : 5],
      biteRisk: r.key === 'badger' ? 'high' : 'medium',
      category: trustNow >= 3 ? 'shy' : r.key === 'badger' ? 'defensive' : 'fearful',
      causes: NEGLECT,
      triggers: HAND_FEARS,
    };
  }),
];

type ObservationStory = {
  daysAgo: number;
  stage: IntroductionStage;
  outcome: ObservationOutcome;
  minutes: number;
  behaviours: ObservationBehaviour[];
  notes?: string;
};

/*
 * Introductions on the board: one failed (the warning later plans see), one at a neutral meeting,
 * one ready to move on from side by side, one paused, one bonded. Willow House and Oak Barn's
 * Rocco, Mabel and Ginger stay free, so a coordinator can plan new ones there.
 */
type IntroductionStory = {
  method: IntroductionMethod;
  stage: IntroductionStage;
  status: IntroductionStatus;
  plannedStartDaysAgo: number;
  startedDaysAgo: number | null;
  endedDaysAgo?: number;
  home: HomeKey;
  movePlanned?: boolean;
  notes: string;
  /** The last change of status, with its reason (paused, failed, bonded). */
  ending?: string;
  sides: { a: string[]; b: string[] };
  observations: ObservationStory[];
  /** The cage the bonded rats share now. */
  mergedInto?: CageKey;
};

const INTRODUCTIONS: IntroductionStory[] = [
  {
    method: 'carrier_method',
    stage: 'neutral_meeting',
    status: 'failed',
    plannedStartDaysAgo: 53,
    startedDaysAgo: 52,
    endedDaysAgo: 48,
    home: 'oak',
    notes: 'Brutus went for Dexter in the playpen. Not to be retried until Brutus is neutered and settled.',
    ending: 'Failed: Brutus pinned Dexter and drew blood',
    sides: { a: ['brutus', 'tank'], b: ['rocco', 'dexter', 'alfie'] },
    observations: [
      { daysAgo: 51, stage: 'side_by_side', outcome: 'tense', minutes: 20, behaviours: ['puffing_up', 'hissing_or_squeaking'] },
      {
        daysAgo: 49,
        stage: 'neutral_meeting',
        outcome: 'fight',
        minutes: 4,
        behaviours: ['pinning', 'puffing_up', 'boxing', 'blood_drawn'],
        notes: 'Brutus pinned Dexter; separated with a towel. Small wound on Dexter.',
      },
    ],
  },
  {
    method: 'gradual_neutral_space',
    stage: 'neutral_meeting',
    status: 'in_progress',
    plannedStartDaysAgo: 8,
    startedDaysAgo: 7,
    home: 'oak',
    notes: 'Sage has been alone since Thyme died: introducing her to the Oak girls.',
    sides: { a: ['sage'], b: ['bluebell', 'fern', 'nova', 'echo'] },
    observations: [
      { daysAgo: 7, stage: 'scent_swap', outcome: 'neutral', minutes: 10, behaviours: ['sniffing'], notes: 'Swapped hammocks between the cages.' },
      { daysAgo: 6, stage: 'side_by_side', outcome: 'neutral', minutes: 30, behaviours: ['sniffing'] },
      { daysAgo: 5, stage: 'side_by_side', outcome: 'positive', minutes: 45, behaviours: ['sniffing'] },
      {
        daysAgo: 4,
        stage: 'neutral_meeting',
        outcome: 'tense',
        minutes: 15,
        behaviours: ['boxing', 'chasing', 'puffing_up'],
        notes: 'Echo boxed Sage twice; no blood. Ended on a calm moment.',
      },
      {
        daysAgo: 2,
        stage: 'neutral_meeting',
        outcome: 'positive',
        minutes: 30,
        behaviours: ['mutual_grooming', 'sniffing'],
        notes: 'Bluebell groomed Sage; everyone ate scrambled egg together.',
      },
    ],
  },
  {
    method: 'side_by_side_cages',
    stage: 'side_by_side',
    status: 'in_progress',
    plannedStartDaysAgo: 5,
    startedDaysAgo: 4,
    home: 'maple',
    movePlanned: true,
    notes: 'Ivy and Juno come to Maple Cottage to join Clover and Dolly once they get on.',
    sides: { a: ['clover', 'dolly'], b: ['ivy', 'juno'] },
    observations: [
      { daysAgo: 4, stage: 'scent_swap', outcome: 'neutral', minutes: 10, behaviours: ['sniffing'] },
      { daysAgo: 2, stage: 'side_by_side', outcome: 'neutral', minutes: 40, behaviours: ['sniffing'] },
      { daysAgo: 1, stage: 'side_by_side', outcome: 'positive', minutes: 60, behaviours: ['sniffing', 'play_wrestling'], notes: 'Juno and Dolly played along the bars.' },
    ],
  },
  {
    method: 'carrier_method',
    stage: 'carrier',
    status: 'paused',
    plannedStartDaysAgo: 16,
    startedDaysAgo: 15,
    home: 'maple',
    notes: 'Truffle, long neutered, as an older friend for the Pudding & Crumpet boys.',
    ending: 'Paused: Crumpet is sneezing, waiting for the vet',
    sides: { a: ['truffle'], b: ['pudding', 'crumpet'] },
    observations: [
      { daysAgo: 15, stage: 'scent_swap', outcome: 'neutral', minutes: 10, behaviours: ['sniffing'] },
      { daysAgo: 12, stage: 'neutral_meeting', outcome: 'positive', minutes: 20, behaviours: ['sniffing', 'mutual_grooming'] },
      { daysAgo: 10, stage: 'neutral_meeting', outcome: 'neutral', minutes: 25, behaviours: ['sniffing'] },
      { daysAgo: 8, stage: 'carrier', outcome: 'tense', minutes: 15, behaviours: ['boxing', 'hissing_or_squeaking'] },
    ],
  },
  {
    method: 'small_cage',
    stage: 'bonded',
    status: 'bonded',
    plannedStartDaysAgo: 13,
    startedDaysAgo: 12,
    endedDaysAgo: 3,
    home: 'birch',
    notes: 'Luna came back from adoption on her own: introducing her to Ivy and Juno.',
    ending: 'Bonded after the full-cage stage',
    sides: { a: ['luna'], b: ['ivy', 'juno'] },
    mergedInto: 'bGirls',
    observations: [
      { daysAgo: 12, stage: 'neutral_meeting', outcome: 'neutral', minutes: 20, behaviours: ['sniffing', 'chasing'] },
      { daysAgo: 10, stage: 'small_cage', outcome: 'positive', minutes: 60, behaviours: ['mutual_grooming'] },
      { daysAgo: 7, stage: 'full_cage', outcome: 'positive', minutes: 240, behaviours: ['mutual_grooming', 'play_wrestling'] },
      { daysAgo: 4, stage: 'full_cage', outcome: 'positive', minutes: 480, behaviours: ['sleeping_together'], notes: 'All three asleep in one hammock.' },
    ],
  },
];

type AdopterSpec = Omit<typeof s.adopters.$inferInsert, 'approvedBy' | 'approvedAt' | 'createdAt' | 'decidedBy' | 'decidedAt'> & {
  key: string;
  appliedDaysAgo: number;
  approvedDaysAgo?: number;
  /** When a decline or withdrawal was recorded (an approval is dated by approvedDaysAgo). */
  decidedDaysAgo?: number;
};

const ADOPTERS: AdopterSpec[] = [
  {
    key: 'jo',
    name: 'Jo Marsh',
    email: 'jo.marsh@example.org',
    phone: '07700 900512',
    area: 'Horsforth, Leeds',
    household: 'Two adults in a terraced house; no children',
    cageSize: 'Critter Nation double (91 × 64 × 160 cm)',
    experience: 'some',
    approval: 'approved',
    appliedDaysAgo: 50,
    approvedDaysAgo: 45,
    decisionReason: 'Home check done; cage and spare room seen',
    experienceNotes: 'Kept a pair of does as a student, ten years ago.',
    preferences: 'Two rats, any sex, happy with boys',
    notes: 'Home check done. Free-range time in a rat-proofed spare room.',
  },
  {
    key: 'priya',
    name: 'Priya Shah',
    email: 'priya.shah@example.org',
    phone: '07700 900627',
    area: 'Meanwood, Leeds',
    household: 'Adult living with her partner; both work from home',
    existingRatsCount: 1,
    existingRatsFemales: 1,
    cageSize: 'Savic Royal Suite 95 double',
    experience: 'experienced',
    approval: 'approved',
    appliedDaysAgo: 90,
    approvedDaysAgo: 80,
    decisionReason: 'Long-time rat keeper; references from her vet',
    experienceNotes: 'Has kept rats for twelve years, including rescues that bit.',
    preferences: 'One or two young does to keep Biscotti company',
    notes: 'Has one older doe, Biscotti, who lost her cage-mate.',
  },
  {
    key: 'tom',
    name: 'Tom Okafor',
    email: 'tom.okafor@example.org',
    phone: '07700 900733',
    area: 'Kirkstall, Leeds',
    household: 'Couple in a ground-floor flat',
    cageSize: 'Critter Nation single with a second level',
    experience: 'new',
    approval: 'approved',
    appliedDaysAgo: 20,
    approvedDaysAgo: 10,
    decisionReason: 'Home visit went well; read the care guide and set up the cage',
    preferences: 'Two friendly girls who like being handled',
    notes: 'First rats: matched with two confident girls.',
  },
  {
    key: 'ellie',
    name: 'Ellie Burns',
    email: 'ellie.burns@example.org',
    phone: '07700 900845',
    area: 'Rothwell',
    household: 'Family of four; children aged 9 and 12',
    existingRatsCount: 2,
    existingRatsMales: 1,
    existingRatsNeuteredMales: 1,
    cageSize: 'Furet Plus',
    otherPets: ['dogs'],
    hasChildren: true,
    experience: 'some',
    approval: 'applied',
    appliedDaysAgo: 3,
    experienceNotes: 'Her boys are three and one; the older one was neutered last year.',
    preferences: 'Two boys, ideally neutered, to join her pair',
    notes: 'Asked about two boys to join her neutered male and his brother.',
  },
  {
    key: 'gary',
    name: 'Gary Pike',
    email: 'gary.pike@example.org',
    area: 'Pudsey',
    household: 'Single adult',
    otherPets: ['snakes'],
    approval: 'declined',
    appliedDaysAgo: 20,
    decidedDaysAgo: 18,
    decisionReason: 'Corn snakes share the room planned for the cage',
    notes: 'Keeps corn snakes in the room planned for the cage; declined for now, welcome to reapply.',
  },
  {
    key: 'amira',
    name: 'Amira Hussain',
    email: 'amira.hussain@example.org',
    phone: '07700 900918',
    area: 'Headingley, Leeds',
    household: 'Shares a house with two other students; own room',
    cageSize: 'Still choosing: asked for advice',
    experience: 'new',
    approval: 'applied',
    appliedDaysAgo: 1,
    preferences: 'A calm pair of does',
    notes: 'Home visit to book.',
  },
  {
    key: 'dan',
    name: 'Dan Whitaker',
    email: 'dan.whitaker@example.org',
    area: 'Otley',
    household: 'Couple; baby due in spring',
    existingRatsCount: 2,
    existingRatsFemales: 2,
    cageSize: 'Critter Nation double',
    experience: 'experienced',
    approval: 'withdrawn',
    appliedDaysAgo: 30,
    decidedDaysAgo: 25,
    decisionReason: 'Withdrew: will apply again once the baby has arrived',
  },
];

type AdoptionStory = {
  adopter: string;
  daysAgo: number;
  feeCents: number;
  rats: string[];
  returns?: Record<string, readonly [daysAgo: number, reason: string]>;
  notes: string;
};

const ADOPTIONS: AdoptionStory[] = [
  {
    adopter: 'priya',
    daysAgo: 70,
    feeCents: 4000,
    rats: ['luna', 'stella'],
    returns: { luna: [14, 'Fought with the resident doe; Stella settled in and stays.'] },
    notes: 'To join Biscotti, an older doe.',
  },
  { adopter: 'jo', daysAgo: 30, feeCents: 4000, rats: ['pepper', 'nutmeg'], notes: 'Left together as a bonded pair.' },
];

type Reason = { label: string; weight: number };
const BONDED: Reason = { label: 'Existing bond: share a cage', weight: 40 };
const SAME_HOME: Reason = { label: 'Same foster home', weight: 10 };
const CLOSE_IN_AGE: Reason = { label: 'Age gap under three months', weight: 10 };
const BOTH_READY: Reason = { label: 'Both at or above the handling-ready step', weight: 15 };

type ProposalStory = {
  status: (typeof s.pairProposals.$inferInsert)['status'] & string;
  rats: string[];
  reasons: Reason[];
  adopter?: string;
  /** Index into ADOPTIONS when the proposal left as an adoption. */
  adoption?: number;
  proposedDaysAgo: number;
  decidedDaysAgo?: number;
  notes?: string;
};

const PROPOSALS: ProposalStory[] = [
  {
    status: 'adopted',
    rats: ['pepper', 'nutmeg'],
    reasons: [BONDED, SAME_HOME, CLOSE_IN_AGE, BOTH_READY],
    adopter: 'jo',
    adoption: 1,
    proposedDaysAgo: 40,
    decidedDaysAgo: 37,
  },
  {
    status: 'approved',
    rats: ['hazel', 'poppy'],
    reasons: [BONDED, SAME_HOME, CLOSE_IN_AGE, BOTH_READY, { label: 'Two confident rats suit a first-time adopter', weight: 8 }],
    adopter: 'tom',
    proposedDaysAgo: 9,
    decidedDaysAgo: 6,
    notes: 'Collection booked once Tom has the cage set up.',
  },
  {
    status: 'proposed',
    rats: ['rocco', 'dexter'],
    reasons: [BONDED, SAME_HOME, CLOSE_IN_AGE, BOTH_READY, { label: 'Intact adult males: neuter review suggested', weight: -5 }],
    proposedDaysAgo: 2,
    notes: 'Could suit Ellie Burns, who asked about two boys.',
  },
];

// ---------------------------------------------------------------------------------------------
// Plans: each rat's status history and where it lived, as timestamps
// ---------------------------------------------------------------------------------------------
type Period = { cage: CageKey; from: Date; to: Date | null; reason: string };
type StatusChange = { from: RatStatus | null; to: RatStatus; at: Date; reason: string; byCoordinator: boolean };
type RatPlan = {
  spec: RatSpec;
  intake: IntakeSpec;
  bornInCare: boolean;
  /** Days ago the intake quarantine ended; null while it runs (or born in care). */
  releaseDay: number | null;
  changes: StatusChange[];
  periods: Period[];
};

const LEAVES_CARE: RatStatus[] = ['adopted', 'transferred', 'deceased'];
const STATUS_HOUR: Record<RatStatus, number> = {
  intake: 9,
  in_care: 11,
  available: 10,
  reserved: 10,
  adopted: 15,
  returned: 11,
  transferred: 15,
  deceased: 15,
};
const DECIDED_BY_COORDINATOR: RatStatus[] = ['in_care', 'available', 'reserved', 'adopted', 'returned'];

function specByKey(key: string): RatSpec {
  const spec = RATS.find((r) => r.key === key);
  if (!spec) throw new Error(`Demo seed: no rat "${key}"`);
  return spec;
}

function planRat(spec: RatSpec, clock: Clock): RatPlan {
  const intake: IntakeSpec = INTAKES[spec.intake];
  const bornInCare = intake.sourceType === 'born_in_care';
  const release = intake.daysAgo - DEFAULT_POLICY.quarantineDays;
  const releaseDay = bornInCare || release < 0 ? null : release;
  const firstHome = HOMES[CAGES[spec.stays[0][0]].home];
  if (!bornInCare && !firstHome.canQuarantine) {
    throw new Error(`Demo seed: ${spec.name} starts quarantine in ${firstHome.name}, which cannot quarantine`);
  }

  const steps: Array<readonly [RatStatus, number, string]> = [
    bornInCare
      ? ['in_care', intake.daysAgo, `Born in care to ${specByKey(spec.dam ?? '').name}`]
      : ['intake', intake.daysAgo, `Arrived: ${INTAKE_SOURCE_LABELS[intake.sourceType].toLowerCase()}`],
    ...(releaseDay === null ? [] : [['in_care', releaseDay, 'Released from intake quarantine'] as const]),
    ...(spec.later ?? []),
  ];
  const changes = steps.map(([to, daysAgo, reason], i): StatusChange => ({
    from: i === 0 ? null : steps[i - 1][0],
    to,
    at: clock.at(daysAgo, bornInCare && i === 0 ? 6 : STATUS_HOUR[to], i),
    reason,
    byCoordinator: DECIDED_BY_COORDINATOR.includes(to) && i > 0,
  }));

  // A stay ends when the next one starts or when the rat leaves care, whichever comes first.
  const departures = changes.filter((c) => LEAVES_CARE.includes(c.to)).map((c) => c.at);
  const periods = spec.stays.map(([cage, daysAgo, reason], i): Period => {
    const from = i === 0 ? changes[0].at : clock.at(daysAgo, 12);
    const next = spec.stays[i + 1];
    const nextFrom = next ? clock.at(next[1], 12) : null;
    const departure = departures.find((t) => t > from && (nextFrom === null || t <= nextFrom));
    const firstReason = bornInCare ? 'Born in care' : `Intake quarantine (${firstHome.quarantineAirspace})`;
    return { cage, from, to: departure ?? nextFrom, reason: reason ?? firstReason };
  });
  return { spec, intake, bornInCare, releaseDay, changes, periods };
}

const currentStatus = (plan: RatPlan) => plan.changes[plan.changes.length - 1].to;
const periodAt = (plan: RatPlan, at: Date) => plan.periods.find((p) => p.from <= at && (p.to === null || at < p.to));

/** Consecutive stays in the same home are one placement. */
function placementsOf(plan: RatPlan): Array<{ home: HomeKey; from: Date; to: Date | null; reason: string }> {
  const result: Array<{ home: HomeKey; from: Date; to: Date | null; reason: string }> = [];
  for (const period of plan.periods) {
    const home = CAGES[period.cage].home;
    const last = result[result.length - 1];
    if (last && last.home === home && last.to?.getTime() === period.from.getTime()) last.to = period.to;
    else result.push({ home, from: period.from, to: period.to, reason: period.reason });
  }
  return result;
}

/** Rescue codes R-YYYY-NNNN: numbered in intake order within the intake year, without gaps. */
function assignCodes(plans: RatPlan[], clock: Clock): { codes: Map<string, string>; counters: Map<number, number> } {
  const codes = new Map<string, string>();
  const counters = new Map<number, number>();
  const byIntake = [...plans].sort((a, b) => b.intake.daysAgo - a.intake.daysAgo);
  for (const plan of byIntake) {
    const year = clock.year(plan.intake.daysAgo);
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    codes.set(plan.spec.key, `R-${year}-${String(number).padStart(4, '0')}`);
  }
  return { codes, counters };
}

// ---------------------------------------------------------------------------------------------
// Handling sessions: what each step looks like to the foster
// ---------------------------------------------------------------------------------------------
const TECHNIQUES_BY_STEP: HandlingTechnique[][] = [
  ['sitting_by_open_cage', 'talking_or_singing', 'scent'],
  ['sitting_by_open_cage', 'spoon_soft_food', 'talking_or_singing'],
  ['spoon_soft_food', 'trail_of_treats', 'talking_or_singing'],
  ['treat_from_fingers', 'spoon_soft_food', 'trail_of_treats'],
  ['treat_from_fingers', 'hands_off_climbing', 'portable_hidey_hole'],
  ['hands_off_climbing', 'treat_from_fingers', 'bonding_pouch'],
  ['scoop_from_below', 'stroking_grooming', 'bonding_pouch'],
  ['neutral_space', 'stroking_grooming', 'clicker_training'],
  ['neutral_space', 'tickling', 'stroking_grooming'],
];
const POSITIVE_BY_STEP: PositiveSign[][] = [
  [],
  ['eats_in_front_of_handler'],
  ['eats_in_front_of_handler', 'relaxed_posture'],
  ['eats_in_front_of_handler', 'approaches'],
  ['approaches', 'explores'],
  ['approaches', 'explores', 'relaxed_posture'],
  ['relaxed_posture', 'bruxing', 'approaches'],
  ['explores', 'plays', 'chirping', 'bruxing'],
  ['grooms_handler', 'bruxing', 'boggling', 'sleeps_on_handler'],
];
const STRESS_BY_STEP: StressSign[][] = [
  ['hides', 'freezes', 'flees_or_darts'],
  ['freezes', 'flees_or_darts', 'hides'],
  ['flees_or_darts', 'squeaks_in_protest'],
  ['flees_or_darts', 'squeaks_in_protest'],
  ['squeaks_in_protest'],
];
const NOTES_BY_STEP: string[] = [
  'Stayed in the nest box, but I could see her watching me.',
  'Came out to eat while I sat by the open door.',
  'Licked yoghurt off the spoon at the cage door.',
  'Took a pea from between my fingers, then ran off with it.',
  'Sniffed all over my hand and ate from my palm.',
  'Climbed up my arm to the elbow by himself.',
  'Let me scoop him up and hold him for a minute.',
  'Explored the sofa fort and kept coming back to check on me.',
  'Fell asleep in my hoodie pocket, bruxing.',
];

/** The first sign always, the rest now and then. */
function someOf<T>(list: readonly T[], random: Random, firstChance = 1): T[] {
  return list.filter((_, i) => random.chance(i === 0 ? firstChance : 0.4));
}

type SessionLog = Pick<
  typeof s.handlingSessions.$inferInsert,
  'highestStep' | 'techniques' | 'positiveSigns' | 'stressSigns' | 'biteGrade' | 'confidence' | 'notes'
>;

function sessionLog(spec: RatSpec, daysAgo: number, random: Random): SessionLog {
  const event = spec.sessionEvents?.[daysAgo] ?? {};
  const wobble = random.chance(0.2) ? -1 : random.chance(0.12) ? 1 : 0;
  const step = event.step ?? clamp(Math.round(valueAt(spec.trust, daysAgo)) + wobble, 0, 8);
  const stressChance = step <= 2 ? 1 : step <= 4 ? 0.3 : 0;
  return {
    highestStep: step,
    techniques: someOf(TECHNIQUES_BY_STEP[step], random).slice(0, 3),
    positiveSigns: event.positive ?? someOf(POSITIVE_BY_STEP[step], random),
    stressSigns: event.stress ?? someOf(STRESS_BY_STEP[step] ?? [], random, stressChance),
    biteGrade: event.bite ?? 'none',
    confidence: event.confidence ?? clamp(Math.round(1 + step / 2) - (random.chance(0.2) ? 1 : 0), 1, 5),
    notes: event.notes ?? (random.chance(0.08) ? NOTES_BY_STEP[step] : null),
  };
}

function handledOn(spec: RatSpec, daysAgo: number): boolean {
  return daysAgo <= (spec.handledFrom ?? SESSION_WINDOW_DAYS) && daysAgo >= (spec.handledUntil ?? 1);
}

type PlannedSession = SessionLog & { rat: string; home: HomeKey; batchId: string; sessionAt: Date; durationMinutes: number };

/** One log per cage per day (one row per rat, sharing a batch id), with the foster's missed days. */
function planSessions(plans: RatPlan[], clock: Clock, random: Random): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  for (let daysAgo = SESSION_WINDOW_DAYS; daysAgo >= 1; daysAgo--) {
    for (const [cage, { home }] of Object.entries(CAGES) as Array<[CageKey, CageSpec]>) {
      if (HOMES[home].missedDays.includes(daysAgo)) continue;
      const sessionAt = clock.at(daysAgo, HOMES[home].sessionHour, random.int(0, 45));
      const members = plans.filter((p) => periodAt(p, sessionAt)?.cage === cage && handledOn(p.spec, daysAgo));
      if (members.length === 0) continue;
      const logs = members.map((p) => ({ rat: p.spec.key, ...sessionLog(p.spec, daysAgo, random) }));
      const topStep = Math.max(...logs.map((l) => l.highestStep));
      const durationMinutes = clamp(6 + topStep * 3 + random.int(0, 12), 5, 45);
      const batchId = randomUUID();
      sessions.push(...logs.map((log) => ({ ...log, home, batchId, sessionAt, durationMinutes })));
    }
  }
  return sessions;
}

// ---------------------------------------------------------------------------------------------
// Safety windows and health records derived from the plans
// ---------------------------------------------------------------------------------------------
type WatchPlan = {
  kind: WatchKind;
  start: number;
  due: number;
  closed?: readonly [daysAgo: number, outcome: WatchOutcome, notes: string];
  forLitter?: boolean;
};

/** Pregnancy watch for mixed-sex intake females, post-neuter for males neutered in care, sex separation for the litter's dam. */
function watchesOf({ spec, intake }: RatPlan, litterSize: number): WatchPlan[] {
  const watches: WatchPlan[] = [];
  const closeWhenDue = (due: number, outcome: WatchOutcome, notes: string) =>
    due > 0 ? ([due, outcome, notes] as const) : undefined;
  if (spec.sex === 'female' && intake.mixedSex) {
    const due = intake.daysAgo - DEFAULT_POLICY.pregnancyWatchDays;
    const litterDay = INTAKES.litter.daysAgo;
    watches.push({
      kind: 'pregnancy',
      start: intake.daysAgo,
      due,
      closed:
        spec.key === LITTER_DAM
          ? [litterDay, 'litter_born', `Litter of ${litterSize} born at Oak Barn`]
          : closeWhenDue(due, 'not_pregnant', 'No litter by the end of the watch'),
    });
  }
  if (spec.neuteredDaysAgo !== undefined && spec.neuteredDaysAgo < intake.daysAgo) {
    const due = spec.neuteredDaysAgo - DEFAULT_POLICY.postNeuterSterileDays;
    watches.push({ kind: 'post_neuter', start: spec.neuteredDaysAgo, due, closed: closeWhenDue(due, 'sterile', 'Counts as sterile now') });
  }
  if (spec.key === LITTER_DAM) {
    // One watch per litter, on its dam, as lib/domain/watches (watchForLitter) opens it.
    const born = INTAKES.litter.daysAgo;
    const due = born - DEFAULT_POLICY.litterSeparationDay;
    watches.push({ kind: 'sex_separation', start: born, due, forLitter: true, closed: closeWhenDue(due, 'separated', 'Split by sex') });
  }
  return watches;
}

type HealthPlan = Omit<HealthEventRow, 'ratId' | 'occurredOn'> & { daysAgo: number };

/** Intake checks, weigh-ins, pre-adoption checks and neuters: the routine part of each rat's record. */
function routineHealthOf(plan: RatPlan, random: Random): HealthPlan[] {
  const { spec, intake, bornInCare } = plan;
  const events: HealthPlan[] = [];
  const stillInCare = plan.periods[plan.periods.length - 1].to === null;
  if (!bornInCare) {
    const note = `Intake check. ${intake.checkNote ?? 'Healthy.'}`;
    events.push({ kind: 'health_check', daysAgo: intake.daysAgo, symptoms: intake.checkSymptoms ?? [], notes: note });
  }
  if (spec.weeklyWeights) {
    for (let d = spec.weeklyWeights[0][0]; d >= 0; d -= 7) {
      events.push({ kind: 'weight', daysAgo: d, weightGrams: Math.round(valueAt(spec.weeklyWeights, d) + random.int(-3, 3)) });
    }
  } else if (!bornInCare) {
    // Hoarding rats arrive thin and gain; everyone else holds steady around their usual weight.
    const thin = intake.sourceType === 'hoarding';
    events.push({ kind: 'weight', daysAgo: intake.daysAgo, weightGrams: Math.round(spec.grams * (thin ? 0.85 : 0.95)) });
    const routineDay = 2 + random.int(0, 5);
    if (stillInCare && routineDay < intake.daysAgo) {
      const factor = thin ? 0.88 : 1 + random.int(-5, 10) / 1000;
      events.push({ kind: 'weight', daysAgo: routineDay, weightGrams: Math.round(spec.grams * factor) });
    }
  }
  if (spec.neuteredDaysAgo !== undefined && spec.neuteredDaysAgo < intake.daysAgo) {
    events.push({ kind: 'neuter', daysAgo: spec.neuteredDaysAgo, vetClinic: VET, notes: 'Castration under isoflurane; recovered well.' });
  }
  for (const [status, daysAgo] of spec.later ?? []) {
    if (status !== 'available') continue;
    events.push({ kind: 'health_check', daysAgo, notes: 'Pre-adoption health check: clear.' });
    // Readiness wants a check within 60 days, so long-stayers get a routine one.
    if (stillInCare && daysAgo > 45) events.push({ kind: 'health_check', daysAgo: 21, notes: 'Routine health check: healthy.' });
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Writing it all: one transaction, multi-row inserts, one stage per area
// ---------------------------------------------------------------------------------------------
async function insertInChunks<T, R>(rows: T[], insert: (chunk: T[]) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) results.push(await insert(rows.slice(i, i + INSERT_CHUNK)));
  return results;
}

/** New ids in row order: identity values are handed out in the order of the VALUES rows. */
async function insertWithIds<T>(rows: T[], insert: (chunk: T[]) => Promise<Array<{ id: number }>>): Promise<number[]> {
  const results = await insertInChunks(rows, insert);
  return results
    .flat()
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

function zipIds<K extends string>(keys: readonly K[], ids: number[]): Record<K, number> {
  if (keys.length !== ids.length) throw new Error('Demo seed: insert returned an unexpected number of rows');
  return Object.fromEntries(keys.map((k, i) => [k, ids[i]])) as Record<K, number>;
}

const names = (keys: string[]) => {
  const list = keys.map((k) => specByKey(k).name);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
};

/** What every stage needs: the transaction, the clock, the plans and the ids handed out so far. */
type Seed = {
  tx: Tx;
  clock: Clock;
  random: Random;
  plans: RatPlan[];
  homes: Record<HomeKey, number>;
  staff: number;
  coordinator: number;
  fosterOf: Map<HomeKey, number>;
  rats: Map<string, number>;
};

function ratId(seed: Seed, key: string): number {
  const id = seed.rats.get(key);
  if (id === undefined) throw new Error(`Demo seed: rat "${key}" has no id yet`);
  return id;
}

function planOf(seed: Seed, key: string): RatPlan {
  const plan = seed.plans.find((p) => p.spec.key === key);
  if (!plan) throw new Error(`Demo seed: no rat "${key}"`);
  return plan;
}

function homeAt(seed: Seed, key: string, at: Date): HomeKey | undefined {
  const period = periodAt(planOf(seed, key), at);
  return period && CAGES[period.cage].home;
}

/** The foster who logs for a home; homes without a sign-in send notes in and staff type them up. */
const recorderIn = (seed: Seed, home: HomeKey | undefined) => (home && seed.fosterOf.get(home)) || seed.staff;

const ratsOfIntake = (seed: Seed, key: IntakeKey) => seed.plans.filter((p) => p.spec.intake === key);
const quarantineHome = (seed: Seed, key: IntakeKey): HomeKey => CAGES[ratsOfIntake(seed, key)[0].spec.stays[0][0]].home;

async function insertHomesAndUsers(tx: Tx, clock: Clock, passwordHash: string) {
  const homeKeys = Object.keys(HOMES) as HomeKey[];
  const homes = zipIds(
    homeKeys,
    await insertWithIds(
      homeKeys.map((k) => {
        const { sessionHour: _hour, missedDays: _missed, quarantineAirspace: _airspace, ...home } = HOMES[k];
        return { ...home, email: `${k}@fosters.example.org`, createdAt: clock.at(200) };
      }),
      (c) => tx.insert(s.fosterHomes).values(c).returning({ id: s.fosterHomes.id }),
    ),
  );
  const homeNamed = (name: string) => {
    const key = homeKeys.find((k) => HOMES[k].name === name);
    if (!key) throw new Error(`Demo seed: DEMO_ACCOUNTS names an unknown home "${name}"`);
    return key;
  };
  const users = await insertWithIds(
    DEMO_ACCOUNTS.map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
      passwordHash,
      active: true,
      fosterHomeId: a.home ? homes[homeNamed(a.home)] : null,
    })),
    (c) => tx.insert(s.users).values(c).returning({ id: s.users.id }),
  );
  const withRole = (role: string) => users[DEMO_ACCOUNTS.findIndex((a) => a.role === role)];
  return {
    homes,
    staff: withRole('staff'),
    coordinator: withRole('coordinator'),
    fosterOf: new Map(DEMO_ACCOUNTS.flatMap((a, i) => (a.home ? [[homeNamed(a.home), users[i]] as const] : []))),
  };
}

async function insertIntakes({ tx, clock, staff }: Seed) {
  const keys = Object.keys(INTAKES) as IntakeKey[];
  const rows = keys.map((k) => {
    const { daysAgo, label: _label, checkNote: _note, checkSymptoms: _symptoms, ...intake }: IntakeSpec = INTAKES[k];
    return { ...intake, intakeDate: clock.date(daysAgo), createdBy: staff, createdAt: clock.at(daysAgo, 9) };
  });
  return zipIds(keys, await insertWithIds(rows, (c) => tx.insert(s.intakes).values(c).returning({ id: s.intakes.id })));
}

/** Rats, their rescue codes and the litter; kittens after the litter, which needs the dam's id. */
async function insertRats(seed: Seed, intakes: Record<IntakeKey, number>): Promise<number> {
  const { tx, clock, plans } = seed;
  const { codes, counters } = assignCodes(plans, clock);
  await tx.insert(s.ratCodeCounters).values([...counters].map(([year, lastNumber]) => ({ year, lastNumber })));
  const insertBatch = async (batch: RatPlan[], litterId: number | null) => {
    const rows = batch.map((plan) => ({
      code: codes.get(plan.spec.key) ?? '',
      name: plan.spec.name,
      sex: plan.spec.sex,
      neuteredOn: plan.spec.neuteredDaysAgo === undefined ? null : clock.date(plan.spec.neuteredDaysAgo),
      birthDate: clock.date(plan.intake.daysAgo + plan.spec.age),
      birthDateEstimated: !plan.bornInCare,
      variety: plan.spec.variety,
      markings: plan.spec.markings ?? null,
      intakeId: intakes[plan.spec.intake],
      damId: plan.spec.dam ? ratId(seed, plan.spec.dam) : null,
      litterId: plan.spec.dam ? litterId : null,
      status: currentStatus(plan),
      notes: plan.spec.notes ?? null,
      createdAt: plan.changes[0].at,
    }));
    const ids = await insertWithIds(rows, (c) => tx.insert(s.rats).values(c).returning({ id: s.rats.id }));
    batch.forEach((p, i) => seed.rats.set(p.spec.key, ids[i]));
  };
  await insertBatch(
    plans.filter((p) => !p.spec.dam),
    null,
  );
  const kittens = plans.filter((p) => p.spec.dam === LITTER_DAM);
  const [litter] = await tx
    .insert(s.litters)
    .values({
      damId: ratId(seed, LITTER_DAM),
      bornOn: clock.date(INTAKES.litter.daysAgo),
      aliveCount: kittens.length,
      deadCount: 0,
      intakeId: intakes.litter,
      notes: 'Sire unknown: Ginger or Rolo, who shared a cage with Mabel before intake.',
      createdBy: seed.staff,
    })
    .returning({ id: s.litters.id });
  await insertBatch(kittens, litter.id);

  await insertInChunks(
    plans.flatMap(({ spec, changes }) =>
      changes.map((c) => ({
        ratId: ratId(seed, spec.key),
        fromStatus: c.from,
        toStatus: c.to,
        changedAt: c.at,
        changedBy: c.byCoordinator ? seed.coordinator : seed.staff,
        reason: c.reason,
      })),
    ),
    (c) => tx.insert(s.ratStatusChanges).values(c),
  );
  return litter.id;
}

/** Cage groups (dissolved once everyone has left), placements and cage memberships. */
async function insertHousing(seed: Seed, intakes: Record<IntakeKey, number>): Promise<Record<CageKey, number>> {
  const { tx, plans } = seed;
  const cageKeys = Object.keys(CAGES) as CageKey[];
  const cageRows = cageKeys.map((k) => {
    const periods = plans.flatMap((p) => p.periods.filter((period) => period.cage === k));
    if (periods.length === 0) throw new Error(`Demo seed: nobody lives in cage ${k}`);
    const ends = periods.map((period) => period.to);
    const cage: CageSpec = CAGES[k];
    return {
      name: cage.name,
      fosterHomeId: seed.homes[cage.home],
      intakeId: cage.intake ? intakes[cage.intake] : null,
      notes: cage.notes ?? null,
      createdAt: new Date(Math.min(...periods.map((period) => period.from.getTime()))),
      dissolvedAt: ends.includes(null) ? null : new Date(Math.max(...ends.map((t) => t?.getTime() ?? 0))),
    };
  });
  const cages = zipIds(
    cageKeys,
    await insertWithIds(cageRows, (c) => tx.insert(s.cageGroups).values(c).returning({ id: s.cageGroups.id })),
  );
  await insertInChunks(
    plans.flatMap((p) =>
      placementsOf(p).map((placement) => ({
        ratId: ratId(seed, p.spec.key),
        fosterHomeId: seed.homes[placement.home],
        startedAt: placement.from,
        endedAt: placement.to,
        reason: placement.reason,
        createdBy: seed.staff,
      })),
    ),
    (c) => tx.insert(s.placements).values(c),
  );
  await insertInChunks(
    plans.flatMap((p) =>
      p.periods.map((period) => ({
        cageGroupId: cages[period.cage],
        ratId: ratId(seed, p.spec.key),
        joinedAt: period.from,
        leftAt: period.to,
        reason: period.reason,
        createdBy: seed.staff,
      })),
    ),
    (c) => tx.insert(s.cageGroupMemberships).values(c),
  );
  return cages;
}

/** One quarantine cohort per intake and a quarantine per rat; then the pregnancy, neuter and litter watches. */
async function insertSafetyWindows(seed: Seed, intakes: Record<IntakeKey, number>, litterId: number) {
  const { tx, clock, plans } = seed;
  const quarantined = (Object.keys(INTAKES) as IntakeKey[]).filter((k) => INTAKES[k].sourceType !== 'born_in_care');
  const cohorts = zipIds(
    quarantined,
    await insertWithIds(
      quarantined.map((k) => ({
        label: `${INTAKES[k].label} (${clock.date(INTAKES[k].daysAgo)})`,
        intakeId: intakes[k],
        fosterHomeId: seed.homes[quarantineHome(seed, k)],
      })),
      (c) => tx.insert(s.quarantineCohorts).values(c).returning({ id: s.quarantineCohorts.id }),
    ),
  );
  await insertInChunks(
    plans
      .filter((p) => !p.bornInCare)
      .map(({ spec, intake, releaseDay }) => {
        const home = quarantineHome(seed, spec.intake);
        const released = releaseDay !== null;
        return {
          ratId: ratId(seed, spec.key),
          reason: 'intake' as const,
          cohortId: cohorts[spec.intake],
          fosterHomeId: seed.homes[home],
          airspace: HOMES[home].quarantineAirspace ?? null,
          startedOn: clock.date(intake.daysAgo),
          plannedEndOn: clock.date(intake.daysAgo - DEFAULT_POLICY.quarantineDays),
          endedOn: released ? clock.date(releaseDay) : null,
          releasedBy: released ? seed.coordinator : null,
        };
      }),
    (c) => tx.insert(s.quarantines).values(c),
  );

  const litterSize = plans.filter((p) => p.spec.dam === LITTER_DAM).length;
  await insertInChunks(
    plans.flatMap((p) =>
      watchesOf(p, litterSize).map((w) => ({
        ratId: ratId(seed, p.spec.key),
        kind: w.kind,
        litterId: w.forLitter ? litterId : null,
        startedOn: clock.date(w.start),
        dueOn: clock.date(w.due),
        closedOn: w.closed ? clock.date(w.closed[0]) : null,
        outcome: w.closed?.[1] ?? null,
        outcomeNotes: w.closed?.[2] ?? null,
        createdBy: seed.staff,
        closedBy: w.closed ? seed.coordinator : null,
      })),
    ),
    (c) => tx.insert(s.watches).values(c),
  );
}

/** Handling sessions, the incidents raised by any bite, and temperament assessments. */
async function insertSocialisation(seed: Seed) {
  const { tx, clock } = seed;
  const sessions = planSessions(seed.plans, clock, seed.random);
  const sessionIds = await insertWithIds(
    sessions.map(({ rat, home, ...session }) => ({
      ...session,
      ratId: ratId(seed, rat),
      fosterHomeId: seed.homes[home],
      loggedBy: recorderIn(seed, home),
    })),
    (c) => tx.insert(s.handlingSessions).values(c).returning({ id: s.handlingSessions.id }),
  );
  const bites = sessions.flatMap((session, i) =>
    session.biteGrade === 'bite' || session.biteGrade === 'severe' ? [{ session, sessionId: sessionIds[i] }] : [],
  );
  const incidentIds = await insertWithIds(
    bites.map(({ session, sessionId }) => ({
      kind: 'bite' as const,
      ratId: ratId(seed, session.rat),
      handlingSessionId: sessionId,
      fosterHomeId: seed.homes[session.home],
      biteGrade: session.biteGrade as 'bite' | 'severe',
      occurredAt: session.sessionAt,
      description: session.notes,
    })),
    (c) => tx.insert(s.incidents).values(c).returning({ id: s.incidents.id }),
  );

  await tx.insert(s.temperamentAssessments).values(
    ASSESSMENTS.map((a) => {
      const assessedAt = clock.at(a.daysAgo, 18);
      const [approach, handlingTolerance, newSpaceConfidence, ratSociability] = a.scores;
      return {
        ratId: ratId(seed, a.rat),
        assessedBy: recorderIn(seed, homeAt(seed, a.rat, assessedAt)),
        assessedAt,
        approach,
        handlingTolerance,
        newSpaceConfidence,
        ratSociability,
        biteRisk: a.biteRisk,
        backgroundCauses: a.causes ?? [],
        fearTriggers: a.triggers ?? [],
        category: a.category,
        notes: a.notes ?? null,
      };
    }),
  );
  return bites.map(({ session }, i) => ({ ...session, incidentId: incidentIds[i] }));
}

/** The routine record of every rat, then the stories. Returns the ids of deaths by rat. */
async function insertHealth(seed: Seed): Promise<Map<string, number>> {
  const { clock } = seed;
  const planned = [
    ...seed.plans.flatMap((p) => routineHealthOf(p, seed.random).map((e) => ({ ...e, rat: p.spec.key }))),
    ...HEALTH_STORIES.map(({ course, ...story }) => ({
      ...story,
      courseStartOn: course ? clock.date(course[0]) : null,
      courseEndOn: course ? clock.date(course[1]) : null,
    })),
  ];
  const rows = planned.map(({ rat, daysAgo, ...event }) => {
    // Weigh-ins and symptoms come from the home; intake checks, vets, neuters and deaths are staff records.
    const fromHome = (event.kind === 'weight' || event.kind === 'illness') && daysAgo < planOf(seed, rat).intake.daysAgo;
    return {
      ...event,
      ratId: ratId(seed, rat),
      occurredOn: clock.date(daysAgo),
      recordedBy: fromHome ? recorderIn(seed, homeAt(seed, rat, clock.at(daysAgo, 18))) : seed.staff,
    };
  });
  const ids = await insertWithIds(rows, (c) => seed.tx.insert(s.healthEvents).values(c).returning({ id: s.healthEvents.id }));
  return new Map(planned.flatMap((e, i) => (e.kind === 'death' ? [[e.rat, ids[i]] as const] : [])));
}

/** The stage and status history an introduction's meetings imply, oldest first. */
function introductionHistory(intro: IntroductionStory) {
  type Change = { daysAgo: number; fromStage: IntroductionStage | null; toStage: IntroductionStage; fromStatus: IntroductionStatus | null; toStatus: IntroductionStatus; reason: string };
  const changes: Change[] = [{ daysAgo: intro.plannedStartDaysAgo + 1, fromStage: null, toStage: 'scent_swap', fromStatus: null, toStatus: 'planned', reason: 'Planned' }];
  let stage: IntroductionStage = 'scent_swap';
  let status: IntroductionStatus = 'planned';
  if (intro.startedDaysAgo !== null) {
    changes.push({ daysAgo: intro.startedDaysAgo, fromStage: stage, toStage: stage, fromStatus: status, toStatus: 'in_progress', reason: 'Started with the first meeting' });
    status = 'in_progress';
  }
  const stages = [...intro.observations.map((o) => ({ daysAgo: o.daysAgo, stage: o.stage })), ...(intro.stage === 'bonded' ? [] : [{ daysAgo: 0, stage: intro.stage }])];
  for (const o of stages) {
    if (o.stage === stage) continue;
    const back = INTRODUCTION_STAGES.indexOf(o.stage) < INTRODUCTION_STAGES.indexOf(stage);
    const words = `${back ? 'Stepped back' : 'Moved on'} from ${INTRODUCTION_STAGE_LABELS[stage].toLowerCase()} to ${INTRODUCTION_STAGE_LABELS[o.stage].toLowerCase()}`;
    changes.push({ daysAgo: o.daysAgo, fromStage: stage, toStage: o.stage, fromStatus: status, toStatus: status, reason: words });
    stage = o.stage;
  }
  if (intro.status !== status) {
    const daysAgo = intro.endedDaysAgo ?? Math.max(0, (intro.observations.at(-1)?.daysAgo ?? 1) - 1);
    changes.push({ daysAgo, fromStage: stage, toStage: intro.stage, fromStatus: status, toStatus: intro.status, reason: intro.ending ?? INTRODUCTION_STATUS_LABELS[intro.status] });
  }
  return changes;
}

async function insertIntroductions(seed: Seed, cages: Record<CageKey, number>): Promise<number[]> {
  const { tx, clock, coordinator } = seed;
  const histories = INTRODUCTIONS.map(introductionHistory);
  const ids = await insertWithIds(
    INTRODUCTIONS.map((intro, i) => ({
      method: intro.method,
      stage: intro.stage,
      status: intro.status,
      plannedStartOn: clock.date(intro.plannedStartDaysAgo),
      startedOn: intro.startedDaysAgo === null ? null : clock.date(intro.startedDaysAgo),
      endedOn: intro.endedDaysAgo === undefined ? null : clock.date(intro.endedDaysAgo),
      fosterHomeId: seed.homes[intro.home],
      runBy: recorderIn(seed, intro.home),
      movePlanned: intro.movePlanned ?? false,
      stageChangedAt: clock.at([...histories[i]].reverse().find((c) => c.fromStage !== c.toStage || c.fromStage === null)!.daysAgo, 11),
      mergedCageGroupId: intro.mergedInto ? cages[intro.mergedInto] : null,
      notes: intro.notes,
      createdBy: coordinator,
      createdAt: clock.at(intro.plannedStartDaysAgo + 1, 14),
    })),
    (c) => tx.insert(s.introductions).values(c).returning({ id: s.introductions.id }),
  );
  await tx.insert(s.introductionParticipants).values(
    INTRODUCTIONS.flatMap((intro, i) =>
      (['a', 'b'] as const).flatMap((side) =>
        intro.sides[side].map((rat) => {
          const period = periodAt(planOf(seed, rat), clock.at(intro.startedDaysAgo ?? intro.plannedStartDaysAgo, 12));
          return { introductionId: ids[i], ratId: ratId(seed, rat), side, cageGroupId: period ? cages[period.cage] : null };
        }),
      ),
    ),
  );
  await tx.insert(s.introductionObservations).values(
    INTRODUCTIONS.flatMap((intro, i) =>
      intro.observations.map((o) => ({
        introductionId: ids[i],
        observedAt: clock.at(o.daysAgo, 19),
        stage: o.stage,
        outcome: o.outcome,
        durationMinutes: o.minutes,
        behaviours: o.behaviours,
        injuries: o.behaviours.includes('blood_drawn'),
        notes: o.notes ?? null,
        recordedBy: recorderIn(seed, intro.home),
      })),
    ),
  );
  await tx.insert(s.introductionStageChanges).values(
    INTRODUCTIONS.flatMap((intro, i) =>
      histories[i].map(({ daysAgo, ...change }) => ({
        introductionId: ids[i],
        ...change,
        changedAt: clock.at(daysAgo, change.toStatus === 'planned' ? 14 : 20),
        changedBy: change.reason.startsWith('Started') ? recorderIn(seed, intro.home) : coordinator,
      })),
    ),
  );
  return ids;
}

/** Adopters, adoptions (with the return) and pair proposals. Returns the adoption ids. */
async function insertAdoptions(seed: Seed): Promise<number[]> {
  const { tx, clock, coordinator } = seed;
  const adopters = zipIds(
    ADOPTERS.map((a) => a.key),
    await insertWithIds(
      ADOPTERS.map(({ key: _key, appliedDaysAgo, approvedDaysAgo, decidedDaysAgo, ...adopter }) => {
        const decided = approvedDaysAgo ?? decidedDaysAgo;
        return {
          ...adopter,
          createdAt: clock.at(appliedDaysAgo, 13),
          approvedBy: approvedDaysAgo === undefined ? null : coordinator,
          approvedAt: approvedDaysAgo === undefined ? null : clock.at(approvedDaysAgo, 16),
          decidedBy: decided === undefined ? null : coordinator,
          decidedAt: decided === undefined ? null : clock.at(decided, 16),
        };
      }),
      (c) => tx.insert(s.adopters).values(c).returning({ id: s.adopters.id }),
    ),
  );
  const adoptionIds = await insertWithIds(
    ADOPTIONS.map((a) => ({
      adopterId: adopters[a.adopter],
      adoptedOn: clock.date(a.daysAgo),
      feeCents: a.feeCents,
      notes: a.notes,
      createdBy: coordinator,
    })),
    (c) => tx.insert(s.adoptions).values(c).returning({ id: s.adoptions.id }),
  );
  await tx.insert(s.adoptionRats).values(
    ADOPTIONS.flatMap((a, i) =>
      a.rats.map((rat) => {
        const returned = a.returns?.[rat];
        return {
          adoptionId: adoptionIds[i],
          ratId: ratId(seed, rat),
          returnedOn: returned ? clock.date(returned[0]) : null,
          returnReason: returned?.[1] ?? null,
        };
      }),
    ),
  );
  const proposalIds = await insertWithIds(
    PROPOSALS.map((p) => ({
      status: p.status,
      score: clamp(
        p.reasons.reduce((sum, r) => sum + r.weight, 0),
        0,
        100,
      ),
      reasons: p.reasons,
      adopterId: p.adopter ? adopters[p.adopter] : null,
      adoptionId: p.adoption === undefined ? null : adoptionIds[p.adoption],
      notes: p.notes ?? null,
      proposedBy: coordinator,
      decidedBy: p.decidedDaysAgo === undefined ? null : coordinator,
      decidedAt: p.decidedDaysAgo === undefined ? null : clock.at(p.decidedDaysAgo, 16),
      createdAt: clock.at(p.proposedDaysAgo, 15),
    })),
    (c) => tx.insert(s.pairProposals).values(c).returning({ id: s.pairProposals.id }),
  );
  await tx
    .insert(s.pairProposalRats)
    .values(PROPOSALS.flatMap((p, i) => p.rats.map((rat) => ({ pairProposalId: proposalIds[i], ratId: ratId(seed, rat) }))));
  return adoptionIds;
}

type AuditRow = typeof s.auditLog.$inferInsert;
type AuditIds = {
  intakes: Record<IntakeKey, number>;
  litter: number;
  adoptions: number[];
  introductions: number[];
  deaths: Map<string, number>;
  bites: Array<PlannedSession & { incidentId: number }>;
};

/** A little history, so the audit tabs are not empty. */
async function insertAudit(seed: Seed, ids: AuditIds) {
  const { clock, homes, staff, coordinator } = seed;
  const entry = (daysAgo: number, row: Omit<AuditRow, 'at' | 'action'> & Partial<Pick<AuditRow, 'at' | 'action'>>): AuditRow => ({
    action: 'create',
    at: clock.at(daysAgo, 9, 30),
    ...row,
  });
  const quarantined = (Object.keys(INTAKES) as IntakeKey[]).filter((k) => INTAKES[k].sourceType !== 'born_in_care');
  await seed.tx.insert(s.auditLog).values([
    entry(200, { actorId: staff, entityType: 'foster_home', entityId: homes.oak, fosterHomeId: homes.oak, summary: 'Added foster home Oak Barn' }),
    entry(30, { actorId: staff, entityType: 'foster_home', entityId: homes.birch, fosterHomeId: homes.birch, summary: 'Added foster home Birch Flat' }),
    ...quarantined.map((k) => {
      const arrivals = ratsOfIntake(seed, k);
      const kind = INTAKES[k].sourceType === 'other' ? '' : `${INTAKES[k].sourceType.replace(/_/g, ' ')} `;
      return entry(INTAKES[k].daysAgo, {
        actorId: staff,
        entityType: 'intake',
        entityId: ids.intakes[k],
        ratId: arrivals.length === 1 ? ratId(seed, arrivals[0].spec.key) : null,
        fosterHomeId: homes[quarantineHome(seed, k)],
        summary: `Recorded ${kind}intake of ${arrivals.length} rat${arrivals.length === 1 ? '' : 's'}`,
      });
    }),
    entry(INTAKES.litter.daysAgo, {
      actorId: staff,
      entityType: 'litter',
      entityId: ids.litter,
      ratId: ratId(seed, LITTER_DAM),
      fosterHomeId: homes.oak,
      summary: `Recorded a litter of ${ratsOfIntake(seed, 'litter').length} born to ${specByKey(LITTER_DAM).name}`,
    }),
    ...ADOPTIONS.map((a, i) =>
      entry(a.daysAgo, {
        actorId: coordinator,
        entityType: 'adoption',
        entityId: ids.adoptions[i],
        summary: `Recorded the adoption of ${names(a.rats)} by ${ADOPTERS.find((x) => x.key === a.adopter)?.name}`,
      }),
    ),
    entry(14, {
      actorId: coordinator,
      action: 'status_change',
      entityType: 'rat',
      entityId: ratId(seed, 'luna'),
      ratId: ratId(seed, 'luna'),
      fosterHomeId: homes.birch,
      summary: 'Luna returned by her adopter and placed at Birch Flat',
      changes: { status: { from: 'adopted', to: 'returned' } },
    }),
    ...INTRODUCTIONS.map((intro, i) =>
      entry(intro.plannedStartDaysAgo + 1, {
        actorId: coordinator,
        entityType: 'introduction',
        entityId: ids.introductions[i],
        fosterHomeId: homes[intro.home],
        summary: `Planned an introduction: ${names(intro.sides.a)} with ${names(intro.sides.b)}`,
      }),
    ),
    ...[...ids.deaths].map(([rat, healthEventId]) => {
      const died = planOf(seed, rat).changes.find((c) => c.to === 'deceased')?.at ?? clock.at(0);
      const home = homeAt(seed, rat, new Date(died.getTime() - 1));
      return entry(0, {
        at: died,
        actorId: staff,
        entityType: 'health_event',
        entityId: healthEventId,
        ratId: ratId(seed, rat),
        fosterHomeId: home ? homes[home] : null,
        summary: `Recorded the death of ${specByKey(rat).name}`,
      });
    }),
    ...ids.bites.map((bite) =>
      entry(0, {
        at: bite.sessionAt,
        actorId: recorderIn(seed, bite.home),
        entityType: 'incident',
        entityId: bite.incidentId,
        ratId: ratId(seed, bite.rat),
        fosterHomeId: homes[bite.home],
        summary: `Bite recorded for ${specByKey(bite.rat).name}`,
      }),
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Breeding: a line of pedigrees from outside ratteries, and the does and bucks bred from it
// ---------------------------------------------------------------------------------------------
/**
 * Damson and Teasel are first cousins (their dams Heather and Primrose are full sisters, daughters of
 * Celandine and Larkspur): a pairing gives 6.25%. Sloe's dam Daisy is a half-sister of Primrose (same
 * dam, Celandine), so Sloe and Teasel are half first cousins: 3.125%. The older generations came from
 * other ratteries and are recorded as outside ancestors only; the four young rats live at Hawthorn Rattery,
 * does and bucks in separate cages, and are handled daily.
 */
async function insertBreedingLine(seed: Seed) {
  const { tx, clock } = seed;
  const ancestor = async (name: string, sex: 'female' | 'male', rattery: string, variety: string, bornDaysAgo: number, damId: number | null = null, sireId: number | null = null) => {
    const [row] = await tx
      .insert(s.pedigreeAncestors)
      .values({ name, sex, rattery, variety, birthDate: clock.date(bornDaysAgo), damId, sireId, createdBy: seed.staff })
      .returning({ id: s.pedigreeAncestors.id });
    return row.id;
  };
  const north = 'Northern Lights Rattery';
  const kestrel = 'Kestrel Rattery';
  const moonbeam = await ancestor('Moonbeam', 'female', north, 'Agouti Dumbo', 1400);
  const orion = await ancestor('Orion', 'male', north, 'Black Berkshire', 1450);
  const bryony = await ancestor('Bryony', 'female', kestrel, 'Cinnamon', 1420);
  const ash = await ancestor('Ash', 'male', kestrel, 'Russian Blue', 1500);
  const celandine = await ancestor('Celandine', 'female', north, 'Agouti Berkshire', 1000, moonbeam, orion);
  const larkspur = await ancestor('Larkspur', 'male', kestrel, 'Russian Blue Dumbo', 1020, bryony, ash);
  const thistle = await ancestor('Thistle', 'male', kestrel, 'Black Hooded', 1010);
  const heather = await ancestor('Heather', 'female', north, 'Agouti Dumbo', 620, celandine, larkspur);
  const primrose = await ancestor('Primrose', 'female', north, 'Russian Blue Berkshire', 620, celandine, larkspur);
  const daisy = await ancestor('Daisy', 'female', north, 'Agouti Hooded', 560, celandine, thistle);
  const tamarisk = await ancestor('Tamarisk', 'male', kestrel, 'Black Self', 700);
  const oberon = await ancestor('Oberon', 'male', north, 'Champagne', 680);
  const rowan = await ancestor('Rowan', 'male', kestrel, 'Mink Dumbo', 650);

  const [intake] = await tx
    .insert(s.intakes)
    .values({ intakeDate: clock.date(60), sourceType: 'transfer', sourceDetails: `Young does and bucks from ${north} for the rescue's own line`, createdBy: seed.staff })
    .returning({ id: s.intakes.id });
  const young = [
    { name: 'Damson', sex: 'female' as const, variety: 'Agouti Dumbo', born: 150, outsideDamId: heather, outsideSireId: tamarisk, cage: 'does' },
    { name: 'Sloe', sex: 'female' as const, variety: 'Agouti Hooded', born: 140, outsideDamId: daisy, outsideSireId: rowan, cage: 'does' },
    { name: 'Teasel', sex: 'male' as const, variety: 'Russian Blue Dumbo', born: 190, outsideDamId: primrose, outsideSireId: oberon, cage: 'bucks' },
    { name: 'Sedge', sex: 'male' as const, variety: 'Russian Blue', born: 190, outsideDamId: primrose, outsideSireId: oberon, cage: 'bucks' },
  ];
  const inserted = await insertIntakeRats(
    seed,
    { intakeId: intake.id, daysAgo: 60 },
    young.map(({ cage: _cage, ...r }) => ({ ...r, birthDateEstimated: false, status: 'in_care' })),
  );
  const arrived = clock.at(60, 11);
  const [{ id: home }] = await tx
    .insert(s.fosterHomes)
    .values({
      name: 'Hawthorn Rattery',
      contactName: 'Priya Hale',
      phone: '07700 900388',
      area: 'Ilkley',
      capacityRats: 8,
      capacityCages: 3,
      experienceLevel: 'experienced',
      accepts: ['litters'],
      notes: 'The rescue’s own small breeding line: does and bucks in separate rooms, litters handled from day 3.',
    })
    .returning({ id: s.fosterHomes.id });
  await tx.insert(s.ratStatusChanges).values(inserted.map((r) => ({ ratId: r.id, fromStatus: null, toStatus: 'in_care' as const, changedAt: arrived, changedBy: seed.staff, reason: `Arrived from ${north}` })));
  await tx.insert(s.placements).values(inserted.map((r) => ({ ratId: r.id, fosterHomeId: home, startedAt: arrived, reason: 'Breeding line: kept at Hawthorn Rattery', createdBy: seed.staff })));
  const groups = await tx
    .insert(s.cageGroups)
    .values([
      { name: 'Breeding does', fosterHomeId: home },
      { name: 'Breeding bucks', fosterHomeId: home },
    ])
    .returning({ id: s.cageGroups.id });
  await tx.insert(s.cageGroupMemberships).values(
    inserted.map((r, i) => ({ cageGroupId: young[i].cage === 'does' ? groups[0].id : groups[1].id, ratId: r.id, joinedAt: arrived, reason: 'Arrived together', createdBy: seed.staff })),
  );
  // One pairing planned for later, so the breeding pages have one to show.
  const byName = new Map(inserted.map((r) => [r.name, r.id]));
  await tx.insert(s.plannedPairings).values({
    doeId: byName.get('Sloe')!,
    buckId: byName.get('Sedge')!,
    plannedOn: clock.date(-30),
    goals: 'Calm, well-handled kittens for the rescue line',
    createdBy: seed.staff,
  });
  await insertRecentGrooming(seed, { rats: inserted, fosterHomeId: home, hour: 10, highestStep: () => 7, positiveSigns: ['relaxed_posture', 'bruxing'] });
}

const LISTING_HOME = {
  name: 'Larch Cottage',
  contactName: 'Dee Winterbourne',
  email: 'dee.winterbourne@example.org',
  phone: '07700 900645',
  area: 'Far Headingley, Leeds',
  capacityRats: 6,
  capacityCages: 2,
  experienceLevel: 'experienced' as const,
  notes: 'Side gate code 4471; rats in the back sitting room.',
};
const LISTING_RAT_NOTE = 'Private: the previous owner’s number is in the intake file.';
const LISTING_ASSESSMENT_NOTE = 'Private note: the foster’s neighbour helps on Tuesdays.';

/**
 * Every private string of the demo that a public page, the feed or the snippet must never show:
 * foster homes (names, people, phones, areas, notes), user names and emails, intake sources and
 * notes, rats' and assessments' notes. Short words are left out (they could appear by chance).
 */
export function demoPrivateStrings(): string[] {
  const homes = [...Object.values(HOMES), LISTING_HOME].flatMap((h) => [h.name, h.contactName, h.phone, h.area, h.notes, 'email' in h ? h.email : '']);
  const people = DEMO_ACCOUNTS.flatMap((a) => [a.email, a.name]);
  const intakes = Object.values(INTAKES as Record<string, IntakeSpec>).flatMap((i) => [i.sourceDetails, i.reason ?? '', i.notes ?? '', i.checkNote ?? '']);
  const notes = [...RATS.map((r) => r.notes ?? ''), ...ASSESSMENTS.map((a) => a.notes ?? ''), LISTING_RAT_NOTE, LISTING_ASSESSMENT_NOTE];
  return [...new Set([...homes, ...people, ...intakes, ...notes].map((v) => v.trim()).filter((v) => v.length >= 8))];
}

/**
 * The public listing: the rescue's public name and fee, two bonded pairs of their own (in a home
 * of their own, so no other story's rats or sessions change), Rocco and Dexter, and Hugo offered
 * on his own to join a home that already has rats.
 */
async function insertPublicListing(seed: Seed) {
  const { tx, clock } = seed;
  await tx.insert(s.publicProfile).values({ id: 1, rescueName: 'Aire Valley Rat Rescue', feePerRatCents: 1500 });
  const [{ id: home }] = await tx.insert(s.fosterHomes).values(LISTING_HOME).returning({ id: s.fosterHomes.id });
  const [intake] = await tx
    .insert(s.intakes)
    .values({
      intakeDate: clock.date(80),
      sourceType: 'owner_surrender',
      sourceDetails: 'Two households in Far Headingley',
      reason: 'Owners moving into rented flats that allow no pets',
      createdBy: seed.staff,
    })
    .returning({ id: s.intakes.id });
  const pairs = [
    {
      cage: 'Bilberry & Rosehip',
      text: 'Two bright sisters who race to the cage door for peas. They love a free-range hour and settle in a lap after.',
      rats: [
        { name: 'Bilberry', sex: 'female' as const, variety: 'Black Berkshire Dumbo', born: 300, neuteredDaysAgo: null, step: 8 },
        { name: 'Rosehip', sex: 'female' as const, variety: 'Cinnamon Hooded', born: 300, neuteredDaysAgo: null, step: 7 },
      ],
      assessment: { scores: [5, 5, 4, 5], biteRisk: 'low' as const, category: 'confident' as const },
    },
    {
      cage: 'Pippin & Cobnut',
      text: 'Gentle brothers, neutered, who take a while to trust new hands. In a calm home with rat experience they will blossom.',
      rats: [
        { name: 'Pippin', sex: 'male' as const, variety: 'Agouti Dumbo', born: 420, neuteredDaysAgo: 60, step: 6 },
        { name: 'Cobnut', sex: 'male' as const, variety: 'Mink Variegated', born: 420, neuteredDaysAgo: 60, step: 6 },
      ],
      assessment: { scores: [2, 3, 2, 5], biteRisk: 'low' as const, category: 'shy' as const },
    },
  ];
  const all = pairs.flatMap((p) => p.rats.map((r) => ({ ...r, pair: p })));
  const inserted = await insertIntakeRats(
    seed,
    { intakeId: intake.id, daysAgo: 80 },
    all.map(({ name, sex, variety, born, neuteredDaysAgo }) => ({
      name,
      sex,
      variety,
      born,
      birthDateEstimated: true,
      neuteredOn: neuteredDaysAgo === null ? null : clock.date(neuteredDaysAgo),
      status: 'available',
      notes: LISTING_RAT_NOTE,
    })),
  );
  const arrived = clock.at(80, 11);
  await tx.insert(s.ratStatusChanges).values(
    inserted.flatMap((r) => [
      { ratId: r.id, fromStatus: null, toStatus: 'in_care' as const, changedAt: arrived, changedBy: seed.staff, reason: 'Owner surrender' },
      { ratId: r.id, fromStatus: 'in_care' as const, toStatus: 'available' as const, changedAt: clock.at(10, 12), changedBy: seed.coordinator, reason: READY },
    ]),
  );
  await tx.insert(s.placements).values(inserted.map((r) => ({ ratId: r.id, fosterHomeId: home, startedAt: arrived, reason: 'Owner surrender', createdBy: seed.staff })));
  const groups = await tx
    .insert(s.cageGroups)
    .values(pairs.map((p) => ({ name: p.cage, fosterHomeId: home })))
    .returning({ id: s.cageGroups.id });
  const groupOf = (name: string) => groups[pairs.findIndex((p) => p.rats.some((r) => r.name === name))].id;
  await tx.insert(s.cageGroupMemberships).values(inserted.map((r) => ({ cageGroupId: groupOf(r.name), ratId: r.id, joinedAt: arrived, reason: 'Arrived together', createdBy: seed.staff })));
  const stepOf = (name: string) => all.find((r) => r.name === name)!;
  await insertRecentGrooming(seed, { rats: inserted, fosterHomeId: home, hour: 18, highestStep: (r) => stepOf(r.name).step, positiveSigns: ['relaxed_posture'] });
  await tx.insert(s.temperamentAssessments).values(
    inserted.map((r) => {
      const { scores, biteRisk, category } = stepOf(r.name).pair.assessment;
      return {
        ratId: r.id,
        assessedBy: seed.staff,
        assessedAt: clock.at(12, 17),
        approach: scores[0],
        handlingTolerance: scores[1],
        newSpaceConfidence: scores[2],
        ratSociability: scores[3],
        biteRisk,
        category,
        notes: LISTING_ASSESSMENT_NOTE,
      };
    }),
  );
  await tx.insert(s.healthEvents).values(
    inserted.flatMap((r) => [
      { ratId: r.id, kind: 'health_check' as const, occurredOn: clock.date(80), notes: 'Intake check. Healthy.', recordedBy: seed.staff },
      { ratId: r.id, kind: 'health_check' as const, occurredOn: clock.date(10), vetClinic: VET, notes: 'Pre-adoption health check: clear.', recordedBy: seed.staff },
      { ratId: r.id, kind: 'weight' as const, occurredOn: clock.date(10), weightGrams: stepOf(r.name).sex === 'female' ? 300 : 480, recordedBy: seed.staff },
    ]),
  );
  const listedAt = clock.at(9, 12);
  await tx.insert(s.publicListings).values([
    ...pairs.map((p) => ({ cageGroupId: groupOf(p.rats[0].name), listed: true, text: p.text, listedAt, listedBy: seed.coordinator })),
    {
      cageGroupId: await cageGroupIdOf(tx, 'Rocco & Dexter'),
      listed: true,
      text: 'Two big, easy-going lads who love a cardboard box to shred.',
      listedAt,
      listedBy: seed.coordinator,
    },
    {
      ratId: ratId(seed, 'hugo'),
      listed: true,
      joinsResidentRats: true,
      text: 'A calm, neutered gentleman who would love to join your girls or boys.',
      listedAt,
      listedBy: seed.coordinator,
    },
  ]);
}

/**
 * Rats that arrived with one intake `daysAgo` days back, given the next rescue codes of that year;
 * each is born `born` days back.
 */
async function insertIntakeRats(
  seed: Seed,
  intake: { intakeId: number; daysAgo: number },
  rats: Array<Omit<typeof s.rats.$inferInsert, 'code' | 'intakeId' | 'birthDate'> & { born: number }>,
) {
  const codes = await allocateRescueCodes(seed.tx, { year: seed.clock.year(intake.daysAgo), count: rats.length });
  return seed.tx
    .insert(s.rats)
    .values(rats.map(({ born, ...r }, i) => ({ ...r, birthDate: seed.clock.date(born), code: codes[i], intakeId: intake.intakeId })))
    .returning({ id: s.rats.id, name: s.rats.name });
}

/** A 20-minute grooming session logged by staff on each of the last three days, one batch a day for all the rats. */
async function insertRecentGrooming(
  seed: Seed,
  params: { rats: Array<{ id: number; name: string }>; fosterHomeId: number; hour: number; highestStep: (rat: { name: string }) => number; positiveSigns: PositiveSign[] },
) {
  await seed.tx.insert(s.handlingSessions).values(
    [1, 2, 3].flatMap((daysAgo) => {
      const batchId = randomUUID();
      return params.rats.map((r) => ({
        batchId,
        ratId: r.id,
        fosterHomeId: params.fosterHomeId,
        loggedBy: seed.staff,
        sessionAt: seed.clock.at(daysAgo, params.hour),
        durationMinutes: 20,
        techniques: ['stroking_grooming' as const],
        highestStep: params.highestStep(r),
        positiveSigns: params.positiveSigns,
        confidence: 4,
      }));
    }),
  );
}

async function cageGroupIdOf(tx: Tx, name: string): Promise<number> {
  const [row] = await tx.select({ id: s.cageGroups.id }).from(s.cageGroups).where(sql`${s.cageGroups.name} = ${name}`);
  return row.id;
}

async function seedInTransaction(tx: Tx, passwordHash: string, now: Date) {
  const clock = makeClock(now);
  const seed: Seed = {
    tx,
    clock,
    random: makeRandom(20_260_611),
    plans: RATS.map((spec) => planRat(spec, clock)),
    rats: new Map(),
    ...(await insertHomesAndUsers(tx, clock, passwordHash)),
  };
  const intakes = await insertIntakes(seed);
  const litter = await insertRats(seed, intakes);
  const cages = await insertHousing(seed, intakes);
  await insertSafetyWindows(seed, intakes, litter);
  const bites = await insertSocialisation(seed);
  const deaths = await insertHealth(seed);
  const introductions = await insertIntroductions(seed, cages);
  const adoptions = await insertAdoptions(seed);
  await insertBreedingLine(seed);
  await insertPublicListing(seed);
  await insertAudit(seed, { intakes, litter, adoptions, introductions, deaths, bites });
  // Sessions were written straight to the table: the handling summary follows them here.
  const allRats = await tx.select({ id: s.rats.id }).from(s.rats);
  await refreshHandlingSummaries(tx, allRats.map((r) => r.id));
  return { rats: seed.plans.length, homes: Object.keys(seed.homes).length, users: DEMO_ACCOUNTS.length };
}

async function hasUsers(db: Db | Tx): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(s.users);
  return row.n > 0;
}

/** The flag behind the demo banner and the admin's "remove the demo" action. */
async function markDemoPresent(tx: Tx) {
  await setRescueFlag(tx, { key: DEMO_PRESENT_KEY, on: true, actorId: null });
}

/** Seeds the demo rescue (see the top of this file) in one transaction. */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<{ rats: number; homes: number; users: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: every demo user shares it
  return db.transaction(async (tx) => {
    const seeded = await seedInTransaction(tx, passwordHash, options.now ?? new Date());
    await markDemoPresent(tx);
    return seeded;
  });
}

/** Seeds the demo only into a database without users; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, options: { quiet?: boolean; now?: Date } = {}): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    // Two instances starting together on one server: the second waits here, then finds the users.
    await tx.execute(sql.raw(`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`));
    if (await hasUsers(tx)) return false;
    await seedInTransaction(tx, passwordHash, options.now ?? new Date());
    await markDemoPresent(tx);
    return true;
  });
  if (seeded && !options.quiet) console.log(demoSignInLines().join('\n'));
  return seeded;
}
