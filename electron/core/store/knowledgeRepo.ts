import { fromRow, insertSql, plain, toParams, updateSql, type ColumnMap } from './columnMap';
import { newId } from './newId';
import type { KnowledgeUpdate } from '../../shared/apiModels';
import type { KnowledgeEntry, NewKnowledgeEntry } from '../../shared/models';
import type { Db } from './database';
import { toAnyWordFtsQuery } from './ftsQuery';

/** knowledge_base, column by column. */
const entryColumns: ColumnMap<KnowledgeEntry> = {
  id: plain('id'),
  category: plain('category'),
  content: plain('content'),
  createdAt: plain('created_at'),
  updatedAt: plain('updated_at'),
};

type KnowledgeRow = Record<string, unknown>;
const toEntry = (row: KnowledgeRow) => fromRow(entryColumns, row);

/** Words too common to say anything about which entry answers a question. */
const stopWords = new Set(
  'a an and are as at be but by can could do does for from have how i if in is it me my of on or our so that the this to was we what when where which who will with would you your yes no hi hello um uh like just there their they them about'.split(
    ' ',
  ),
);

export class KnowledgeRepo {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      list: db.prepare<[], KnowledgeRow>('SELECT * FROM knowledge_base ORDER BY category, created_at'),
      insert: db.prepare(insertSql('knowledge_base', entryColumns, ['id', 'category', 'content', 'createdAt', 'updatedAt'])),
      byId: db.prepare<[string], KnowledgeRow>('SELECT * FROM knowledge_base WHERE id = ?'),
      update: db.prepare(updateSql('knowledge_base', entryColumns, ['category', 'content', 'updatedAt'], 'id')),
      delete: db.prepare('DELETE FROM knowledge_base WHERE id = ?'),
      search: db.prepare<[string, number], KnowledgeRow>(
        `SELECT k.* FROM knowledge_fts f JOIN knowledge_base k ON k.rowid = f.rowid
         WHERE knowledge_fts MATCH ? ORDER BY bm25(knowledge_fts, 2.0, 1.0) LIMIT ?`,
      ),
    };
  }

  list(): KnowledgeEntry[] {
    return this.stmts.list.all().map(toEntry);
  }

  add(entry: NewKnowledgeEntry): KnowledgeEntry {
    const id = newId();
    const at = new Date().toISOString();
    this.stmts.insert.run(
      toParams(entryColumns, { id, category: entry.category, content: entry.content, createdAt: at, updatedAt: at }),
    );
    return toEntry(this.stmts.byId.get(id)!);
  }

  update({ id, category, content }: KnowledgeUpdate): KnowledgeEntry | null {
    const changes = toParams(entryColumns, { id, category, content, updatedAt: new Date().toISOString() });
    if (this.stmts.update.run(changes).changes === 0) return null;
    return toEntry(this.stmts.byId.get(id)!);
  }

  delete(id: string): boolean {
    return this.stmts.delete.run(id).changes === 1;
  }

  /** Entries that best answer a caller's question, by BM25 over category and content. */
  search(question: string, limit: number): KnowledgeEntry[] {
    const words = (question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !stopWords.has(w));
    const query = toAnyWordFtsQuery(words.slice(0, 16));
    return query ? this.stmts.search.all(query, limit).map(toEntry) : [];
  }
}
