import { EntitySchema } from 'typeorm';

type SqlType = 'uuid' | 'text' | 'integer' | 'numeric' | 'boolean' | 'timestamptz' | 'jsonb' | 'tsvector';

/**
 * One column of a read model's table, declared once: the DDL, the row a fold
 * returns and the entity a query reads are all derived from it. `Stored` is
 * its value in a fold's row (plain JSON, so timestamps are ISO strings);
 * `Read` is its value as a query reads it through TypeORM (a Date; numeric as
 * a string, to keep its precision).
 */
export class Column<Stored, Read = Stored> {
  /** Types only, never set. */
  declare readonly types?: { readonly stored: Stored; readonly read: Read };

  constructor(
    readonly sqlType: SqlType,
    readonly isNullable = false,
    readonly isPrimaryKey = false,
  ) {}

  nullable(): Column<Stored | null, Read | null> {
    return new Column(this.sqlType, true, this.isPrimaryKey);
  }

  primaryKey(): Column<Stored, Read> {
    return new Column(this.sqlType, false, true);
  }
}

export const uuid = () => new Column<string>('uuid');
export const text = <T extends string = string>() => new Column<T>('text');
export const integer = () => new Column<number>('integer');
export const numeric = () => new Column<number, string>('numeric');
export const boolean = () => new Column<boolean>('boolean');
export const timestamptz = () => new Column<string, Date>('timestamptz');
export const jsonb = <T>() => new Column<T>('jsonb');
/** Derived in PostgreSQL (by a trigger on the table), never by a fold: the fold writes null. */
export const tsvector = () => new Column<null, string>('tsvector').nullable();

export type Columns = Readonly<Record<string, Column<unknown, unknown>>>;

/** A row as a fold returns it and the runner stores it (plain JSON), with the columns' names. */
export type StoredRow<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<infer Stored, unknown> ? Stored : never };

/** A row as a query reads it through the model's entity, with the columns' names. */
export type ReadRow<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<unknown, infer Read> ? Read : never };

/** CREATE TABLE with the columns in their declared order (the order the runner's upserts read them in). */
export function createTableSql(table: string, columns: Columns): string {
  const definitions = Object.entries(columns).map(
    ([name, column]) => `${name} ${column.sqlType}${column.isPrimaryKey ? ' PRIMARY KEY' : column.isNullable ? '' : ' NOT NULL'}`,
  );
  return `CREATE TABLE ${table} (\n  ${definitions.join(',\n  ')}\n);`;
}

/**
 * The TypeORM entity a query reads a model through: its view (the logical
 * name), never synchronized, since the runner owns the tables. Its properties
 * are the column names.
 */
export function readModelEntity<C extends Columns>(name: string, columns: C): EntitySchema<ReadRow<C>> {
  return new EntitySchema<ReadRow<C>>({
    name,
    tableName: name,
    synchronize: false,
    columns: Object.fromEntries(
      Object.entries(columns).map(([property, column]) => [property, { type: column.sqlType, nullable: column.isNullable, primary: column.isPrimaryKey }]),
    ) as never,
  });
}
