import type { Role } from '../../../../src-shared/domain/roles';
import { addDays } from '../../../../src-shared/domain/deadlines/calendar';
import type { Db } from '../../db/database';
import type { Region } from './tables';

/** A region's profile as the office edits it. */
export interface RegionProfile {
  code: string;
  name: string;
  coverage: string;
  marketTier?: string;
  customerTypes?: readonly string[];
}

/** The office's own region, or null before setup (or at an installation without one). */
export async function officeRegion(db: Db): Promise<Region | null> {
  return (
    (await db
      .selectFrom('regions')
      .innerJoin('office', 'office.region_id', 'regions.id')
      .selectAll('regions')
      .executeTakeFirst()) ?? null
  );
}

/** Adds a region, or updates the one with the same code; returns its id. */
export async function saveRegion(trx: Db, profile: RegionProfile, at: string): Promise<number> {
  const values = {
    code: profile.code,
    name: profile.name,
    coverage: profile.coverage,
    ...(profile.marketTier !== undefined ? { market_tier: profile.marketTier } : {}),
    ...(profile.customerTypes !== undefined ? { customer_types: JSON.stringify(profile.customerTypes) } : {}),
    updated_at: at,
  };
  const row = await trx
    .insertInto('regions')
    .values({ ...values, created_at: at })
    .onConflict((oc) => oc.column('code').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a region's profile, its code included; a market tier or customer types left out stay as they are. */
export async function updateRegion(trx: Db, id: number, profile: RegionProfile, at: string): Promise<void> {
  await trx
    .updateTable('regions')
    .set({
      code: profile.code,
      name: profile.name,
      coverage: profile.coverage,
      ...(profile.marketTier !== undefined ? { market_tier: profile.marketTier } : {}),
      ...(profile.customerTypes !== undefined
        ? { customer_types: JSON.stringify(profile.customerTypes) }
        : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Starts a person's membership of a region in a role, from an office day on. */
export async function assign(
  trx: Db,
  a: { regionId: number; userId: number; role: Role; fromDay: string; actorId: number | null; at: string },
): Promise<void> {
  await trx
    .insertInto('region_assignments')
    .values({
      region_id: a.regionId,
      user_id: a.userId,
      role: a.role,
      from_day: a.fromDay,
      to_day: null,
      created_at: a.at,
      created_by: a.actorId,
    })
    .execute();
}

/**
 * Ends a person's current membership with `lastDay` as its last day. One that started that very
 * day is removed instead, so a same-day correction leaves no empty row.
 */
export async function endAssignment(trx: Db, userId: number, lastDay: string): Promise<void> {
  await trx
    .deleteFrom('region_assignments')
    .where('user_id', '=', userId)
    .where('to_day', 'is', null)
    .where('from_day', '>', lastDay)
    .execute();
  await trx
    .updateTable('region_assignments')
    .set({ to_day: lastDay })
    .where('user_id', '=', userId)
    .where('to_day', 'is', null)
    .execute();
}

/**
 * Brings a person's membership in line with their account on `day`: deactivated, it ends that
 * day (the person may have worked it); a new role ends the old row the day before and starts
 * one in the new role; reactivated starts a new one.
 */
export async function followAccount(
  trx: Db,
  change: {
    userId: number;
    role: Role;
    active: boolean;
    day: string;
    regionId: number;
    actorId: number;
    at: string;
  },
): Promise<void> {
  const open = await trx
    .selectFrom('region_assignments')
    .select(['id', 'role', 'region_id'])
    .where('user_id', '=', change.userId)
    .where('to_day', 'is', null)
    .executeTakeFirst();
  if (open && change.active && open.role === change.role) return;
  if (!change.active) {
    if (open) await endAssignment(trx, change.userId, change.day);
    return;
  }
  if (open) await endAssignment(trx, change.userId, addDays(change.day, -1));
  await assign(trx, {
    regionId: open?.region_id ?? change.regionId,
    userId: change.userId,
    role: change.role,
    fromDay: change.day,
    actorId: change.actorId,
    at: change.at,
  });
}

/** The region a person belonged to on an office day, with the role they had, or null. */
export async function membershipOn(db: Db, userId: number, day: string) {
  return (
    (await db
      .selectFrom('region_assignments')
      .select(['region_id', 'role', 'from_day', 'to_day'])
      .where('user_id', '=', userId)
      .where('from_day', '<=', day)
      .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
      .orderBy('from_day', 'desc')
      .executeTakeFirst()) ?? null
  );
}

/**
 * The person's direct supervisor on an office day: the manager of the region the person belonged
 * to that day (the regulation charges a fine to the person and to this supervisor). Null when the
 * person belonged to no region then, or the region had no manager.
 */
export async function supervisorOn(db: Db, userId: number, day: string): Promise<number | null> {
  const member = await membershipOn(db, userId, day);
  if (!member || member.role === 'manager') return null;
  const manager = await db
    .selectFrom('region_assignments')
    .select('user_id')
    .where('region_id', '=', member.region_id)
    .where('role', '=', 'manager')
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .orderBy('from_day', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return manager?.user_id ?? null;
}

/**
 * The region's manager on an office day: of the manager accounts belonging to it then, the one
 * whose membership began last (a newly appointed manager takes over from that day), or null.
 */
export async function regionManagerOn(db: Db, regionId: number, day: string) {
  return (
    (await db
      .selectFrom('region_assignments')
      .innerJoin('users', 'users.id', 'region_assignments.user_id')
      .select(['region_assignments.user_id', 'users.display_name'])
      .where('region_assignments.region_id', '=', regionId)
      .where('region_assignments.role', '=', 'manager')
      .where('region_assignments.from_day', '<=', day)
      .where((eb) =>
        eb.or([eb('region_assignments.to_day', 'is', null), eb('region_assignments.to_day', '>=', day)]),
      )
      .orderBy('region_assignments.from_day', 'desc')
      .orderBy('region_assignments.id', 'desc')
      .executeTakeFirst()) ?? null
  );
}

/**
 * Makes a manager account the region's manager from an office day on. Managing is the membership
 * the region already dates, so the appointment starts the person's membership afresh that day
 * (the earlier one ends the day before); who supervised whom on any day stays answerable.
 */
export async function appointManager(
  trx: Db,
  a: { regionId: number; userId: number; day: string; actorId: number; at: string },
): Promise<void> {
  const current = await regionManagerOn(trx, a.regionId, a.day);
  if (current?.user_id === a.userId) return;
  await endAssignment(trx, a.userId, addDays(a.day, -1));
  await assign(trx, {
    regionId: a.regionId,
    userId: a.userId,
    role: 'manager',
    fromDay: a.day,
    actorId: a.actorId,
    at: a.at,
  });
}

/** Every membership of a region, oldest first, with the person's name. */
export async function assignmentsOf(db: Db, regionId: number) {
  return db
    .selectFrom('region_assignments')
    .innerJoin('users', 'users.id', 'region_assignments.user_id')
    .select([
      'region_assignments.user_id',
      'users.display_name',
      'region_assignments.role',
      'region_assignments.from_day',
      'region_assignments.to_day',
    ])
    .where('region_assignments.region_id', '=', regionId)
    .orderBy('region_assignments.from_day')
    .orderBy('region_assignments.id')
    .execute();
}
