import type { BundlePerson } from '../../../../src-shared/bundle/sections';
import type { BundleSectionHandler } from '../../handler-types';

/** Everyone of the office, active or not: every name a report of the bundle mentions is among them. */
export const peopleSection: BundleSectionHandler = {
  name: 'people',
  write: async ({ db }): Promise<BundlePerson[]> => {
    const users = await db
      .selectFrom('users')
      .select(['id', 'display_name', 'role', 'active'])
      .orderBy('id')
      .execute();
    return users.map((u) => ({ id: u.id, name: u.display_name, role: u.role, active: u.active === 1 }));
  },
};
