/**
 * One table's columns, declared once: each record field's column and its conversion to and from
 * SQL. Row mapping and the INSERT and UPDATE statements are derived from the map, so adding a
 * column means one line here, not four places to keep in step.
 */
export interface Column<V> {
  readonly name: string;
  readonly toSql: (value: V) => unknown;
  readonly fromSql: (raw: unknown) => V;
}

export type ColumnMap<R> = { readonly [K in keyof R]-?: Column<R[K]> };

type Field<R> = keyof R & string;

/** A column stored as it is: text, a number, or NULL. */
export const plain = <V>(name: string): Column<V> => ({ name, toSql: (value) => value, fromSql: (raw) => raw as V });

/** A yes/no stored as 1 or 0 (SQLite has no booleans; a computed EXISTS reads as 1 or 0 too). */
export const flag = (name: string): Column<boolean> => ({
  name,
  toSql: (value) => (value ? 1 : 0),
  fromSql: (raw) => raw === 1,
});

/** A yes/no that may be unknown: 1, 0 or NULL. */
export const maybeFlag = (name: string): Column<boolean | null> => ({
  name,
  toSql: (value) => (value === null ? null : value ? 1 : 0),
  fromSql: (raw) => (raw === null ? null : raw === 1),
});

/** A list or an object stored as JSON text. */
export const json = <V>(name: string): Column<V> => ({
  name,
  toSql: (value) => JSON.stringify(value),
  fromSql: (raw) => JSON.parse(String(raw)) as V,
});

/** The record a row holds, field by field as the map declares it. */
export function fromRow<R>(map: ColumnMap<R>, row: Record<string, unknown>): R {
  const record: Record<string, unknown> = {};
  for (const field in map) {
    const column = map[field];
    record[field] = column.fromSql(row[column.name]);
  }
  return record as R;
}

/** Named parameters for the fields given (an undefined one is left out), converted for SQL, in the map's order. */
export function toParams<R>(map: ColumnMap<R>, values: Partial<R>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  // Walks the map, not the values: a field the table does not have is never sent to SQL.
  for (const field in map) {
    const value = values[field];
    if (value !== undefined) params[field] = (map[field] as Column<unknown>).toSql(value);
  }
  return params;
}

const quoted = (name: string) => `"${name}"`;

/** `INSERT INTO table (columns) VALUES (@fields)` for these fields. */
export function insertSql<R>(table: string, map: ColumnMap<R>, fields: readonly Field<R>[]): string {
  const columns = fields.map((field) => quoted(map[field].name)).join(', ');
  return `INSERT INTO ${table} (${columns}) VALUES (${fields.map((field) => `@${field}`).join(', ')})`;
}

/** An INSERT that, when `key` is taken, updates that row's other fields instead. */
export function upsertSql<R>(table: string, map: ColumnMap<R>, fields: readonly Field<R>[], key: Field<R>): string {
  const updates = fields
    .filter((field) => field !== key)
    .map((field) => `${quoted(map[field].name)} = excluded.${quoted(map[field].name)}`);
  return `${insertSql(table, map, fields)} ON CONFLICT(${quoted(map[key].name)}) DO UPDATE SET ${updates.join(', ')}`;
}

/** `UPDATE table SET column = @field, ... WHERE key = @key` for these fields. */
export function updateSql<R>(table: string, map: ColumnMap<R>, fields: readonly Field<R>[], key: Field<R>): string {
  const sets = fields.map((field) => `${quoted(map[field].name)} = @${field}`).join(', ');
  return `UPDATE ${table} SET ${sets} WHERE ${quoted(map[key].name)} = @${key}`;
}
