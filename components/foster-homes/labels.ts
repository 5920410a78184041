import type { ExperienceLevel, FosterAccepts, OtherPet } from '@/lib/domain/vocabulary';

export const EXPERIENCE_LABELS: Record<ExperienceLevel, string> = {
  new: 'New to fostering rats',
  some: 'Some experience',
  experienced: 'Experienced',
};

export const OTHER_PET_LABELS: Record<OtherPet, string> = {
  cats: 'Cats',
  dogs: 'Dogs',
  ferrets: 'Ferrets',
  snakes: 'Snakes',
  birds_of_prey: 'Birds of prey',
  rabbits: 'Rabbits',
  other_rodents: 'Other rodents',
};

export const ACCEPTS_LABELS: Record<FosterAccepts, string> = {
  biters: 'Rats that bite',
  hormonal_males: 'Hormonal males',
  medical: 'Medical care',
  litters: 'Litters',
  quarantine: 'Quarantine',
};
