import { boolean, createTableSql, integer, jsonb, numeric, readModelEntity, type ReadRow, type StoredRow, text, timestamptz, uuid } from './columns';

const columns = {
  id: uuid().primaryKey(),
  status: text<'open' | 'closed'>(),
  note: text().nullable(),
  count: integer(),
  hours: numeric().nullable(),
  done: boolean(),
  at: timestamptz(),
  steps: jsonb<string[]>(),
};

describe('read model columns', () => {
  it('give the table in their declared order: the key, NOT NULL unless nullable', () => {
    expect(createTableSql('t_g1', columns)).toBe(
      [
        'CREATE TABLE t_g1 (',
        '  id uuid PRIMARY KEY,',
        '  status text NOT NULL,',
        '  note text,',
        '  count integer NOT NULL,',
        '  hours numeric,',
        '  done boolean NOT NULL,',
        '  at timestamptz NOT NULL,',
        '  steps jsonb NOT NULL',
        ');',
      ].join('\n'),
    );
  });

  it('give the entity queries read the view through, never synchronized', () => {
    const entity = readModelEntity('t', columns);
    expect(entity.options).toMatchObject({ name: 't', tableName: 't', synchronize: false });
    expect(entity.options.columns).toMatchObject({
      id: { type: 'uuid', primary: true, nullable: false },
      note: { type: 'text', nullable: true },
      at: { type: 'timestamptz', nullable: false },
    });
  });

  it('give a fold plain JSON and a query what TypeORM reads', () => {
    const stored: StoredRow<typeof columns> = {
      id: 'x',
      status: 'open',
      note: null,
      count: 1,
      hours: 1.5,
      done: false,
      at: '2026-11-24T10:00:00.000Z',
      steps: [],
    };
    const read: ReadRow<typeof columns> = { ...stored, hours: '1.5', at: new Date(stored.at) };
    // @ts-expect-error a fold's row holds timestamps as ISO strings
    const wrong: StoredRow<typeof columns> = { ...stored, at: new Date() };
    expect([read.at, wrong.at]).toHaveLength(2);
  });
});
