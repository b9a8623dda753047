import type { Kysely, Transaction } from 'kysely';

/**
 * The database as kysely sees it. It names no table itself: each module adds its own tables to
 * this interface from its `tables.ts` (TypeScript declaration merging), so a new module's tables
 * join the type without a central list.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DB {}

/** A connection or a transaction: repository functions take either; inside a transaction pass `trx`. */
export type Db = Kysely<DB> | Transaction<DB>;

/** Timestamps are ISO-8601 strings in UTC. */
export type Timestamp = string;
