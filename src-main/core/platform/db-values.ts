/** A yes/no column: SQLite keeps 1 and 0; null where the answer is not known yet. */
export type FlagColumn = 0 | 1 | null;

/** A yes/no column as the API and the bundle speak of it. */
export function flagOf(value: number | null): boolean | null {
  return value === null ? null : value === 1;
}

/** A yes/no value as its column stores it. */
export function flagColumn(value: boolean | null): FlagColumn {
  return value === null ? null : value ? 1 : 0;
}
