import { describe, expect, it } from 'vitest';
import { navFor, ratScope, rolesFor } from '@/lib/domain/access';

describe('navigation by role', () => {
  it('gives an admin every area including users and settings', () => {
    expect(navFor('admin').map((i) => i.label)).toEqual([
      'Dashboard',
      'Rats',
      'Foster homes',
      'Quarantine',
      'Introductions',
      'Matching',
      'Ready for adoption',
      'Breeding',
      'Adopters',
      'Reports',
      'Settings',
      'Users',
    ]);
  });

  it('never shows user admin to staff or coordinators', () => {
    expect(navFor('staff').map((i) => i.href)).not.toContain('/users');
    expect(navFor('coordinator').map((i) => i.href)).not.toContain('/users');
  });

  it('shows matching to coordinators but not to staff', () => {
    expect(navFor('coordinator').map((i) => i.href)).toContain('/matching');
    expect(navFor('staff').map((i) => i.href)).not.toContain('/matching');
  });

  it('gives a foster only their dashboard, their rats and introductions', () => {
    expect(navFor('foster').map((i) => i.href)).toEqual(['/dashboard', '/rats', '/introductions']);
  });

  it('keeps settings away from fosters', () => {
    expect(rolesFor('/settings')).not.toContain('foster');
  });

  it('refuses to guess roles for an unknown page', () => {
    expect(() => rolesFor('/nowhere')).toThrow(/No navigation item/);
  });
});

describe('rat scope', () => {
  it('lets staff, coordinators and admins see the whole rescue', () => {
    for (const role of ['admin', 'staff', 'coordinator'] as const) {
      expect(ratScope({ role, fosterHomeId: null })).toEqual({ kind: 'all' });
    }
  });

  it('limits a foster to the rats of their own home', () => {
    expect(ratScope({ role: 'foster', fosterHomeId: 7 })).toEqual({ kind: 'home', fosterHomeId: 7 });
  });

  it('shows a foster with no home linked no rats at all', () => {
    expect(ratScope({ role: 'foster', fosterHomeId: null })).toEqual({ kind: 'none' });
  });
});
