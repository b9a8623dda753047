import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../../../../src-shared/domain/roles';
import type { Timestamp } from '../../db/database';

/** Everyone who signs in: the office's people, or head office's administrators. */
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: ColumnType<number, number | undefined, number>;
  phone: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  created_by: number | null;
  updated_by: number | null;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

declare module '../../db/database' {
  interface DB {
    users: UserTable;
    sessions: SessionTable;
  }
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
