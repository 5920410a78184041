import {
  BadgeCheck,
  ChartColumn,
  GitFork,
  HeartHandshake,
  House,
  LayoutDashboard,
  Rat,
  Settings,
  ShieldAlert,
  Shuffle,
  UserCog,
  UsersRound,
} from 'lucide-react';
import type { NavIcon as NavIconName } from '@/lib/domain/access';

const ICONS = {
  dashboard: LayoutDashboard,
  rats: Rat,
  homes: House,
  quarantine: ShieldAlert,
  introductions: Shuffle,
  matching: HeartHandshake,
  breeding: GitFork,
  adopters: UsersRound,
  ready: BadgeCheck,
  reports: ChartColumn,
  settings: Settings,
  users: UserCog,
} as const;

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden className={className} />;
}
