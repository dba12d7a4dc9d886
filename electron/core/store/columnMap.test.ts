import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { flag, fromRow, insertSql, json, maybeFlag, plain, toParams, updateSql, upsertSql, type ColumnMap } from './columnMap';

interface Job {
  id: string;
  from: string;
  done: boolean;
  tags: string[];
  note: string | null;
}

const jobColumns: ColumnMap<Job> = {
  id: plain('id'),
  from: plain('from'),
  done: flag('is_done'),
  tags: json('tag_list'),
  note: plain('note'),
};

function jobsTable() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE jobs (id TEXT PRIMARY KEY, "from" TEXT, is_done INTEGER, tag_list TEXT, note TEXT)');
  return db;
}

describe('a column map', () => {
  it('writes a record with the INSERT it derives, and reads the row back as the same record', () => {
    const db = jobsTable();
    const job: Job = { id: 'j1', from: '+13035550142', done: true, tags: ['roof', 'urgent'], note: null };
    db.prepare(insertSql('jobs', jobColumns, ['id', 'from', 'done', 'tags', 'note'])).run(toParams(jobColumns, job));
    expect(db.prepare('SELECT * FROM jobs').get()).toEqual({
      id: 'j1',
      from: '+13035550142',
      is_done: 1,
      tag_list: '["roof","urgent"]',
      note: null,
    });
    expect(fromRow(jobColumns, db.prepare('SELECT * FROM jobs').get() as Record<string, unknown>)).toEqual(job);
  });

  it('updates only the fields given, converted, and leaves an undefined one alone', () => {
    const db = jobsTable();
    db.exec(`INSERT INTO jobs VALUES ('j1', '+13035550142', 0, '[]', 'call first')`);
    const params = toParams(jobColumns, { done: true, tags: ['gutter'], note: undefined });
    expect(params).toEqual({ done: 1, tags: '["gutter"]' });
    const sql = updateSql('jobs', jobColumns, Object.keys(params) as (keyof Job)[], 'id');
    expect(sql).toBe('UPDATE jobs SET "is_done" = @done, "tag_list" = @tags WHERE "id" = @id');
    db.prepare(sql).run({ ...params, id: 'j1' });
    expect(db.prepare('SELECT is_done, tag_list, note FROM jobs').get()).toEqual({
      is_done: 1,
      tag_list: '["gutter"]',
      note: 'call first',
    });
  });

  it('upserts: a second write to the same key replaces the other fields of its row', () => {
    const db = jobsTable();
    const fields = ['id', 'from', 'done', 'tags', 'note'] as const;
    const upsert = db.prepare(upsertSql('jobs', jobColumns, fields, 'id'));
    upsert.run(toParams(jobColumns, { id: 'j1', from: '+13035550142', done: false, tags: [], note: 'first' }));
    upsert.run(toParams(jobColumns, { id: 'j1', from: '+13035550199', done: true, tags: ['roof'], note: null }));
    expect(db.prepare('SELECT * FROM jobs').all()).toEqual([
      { id: 'j1', from: '+13035550199', is_done: 1, tag_list: '["roof"]', note: null },
    ]);
  });

  it('keeps a yes/no that is not known as NULL, apart from a no', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE answers (id INTEGER, fallback INTEGER)');
    const map: ColumnMap<{ id: number; fallback: boolean | null }> = { id: plain('id'), fallback: maybeFlag('fallback') };
    const insert = db.prepare(insertSql('answers', map, ['id', 'fallback']));
    for (const [id, fallback] of [
      [1, null],
      [2, false],
      [3, true],
    ] as const)
      insert.run(toParams(map, { id, fallback }));
    const rows = db.prepare('SELECT * FROM answers ORDER BY id').all() as Record<string, unknown>[];
    expect(rows.map((row) => row.fallback)).toEqual([null, 0, 1]);
    expect(rows.map((row) => fromRow(map, row).fallback)).toEqual([null, false, true]);
  });
});
