import { newId } from './newId';
import type { KnowledgeUpdate } from '../../shared/apiModels';
import type { KnowledgeEntry, NewKnowledgeEntry } from '../../shared/models';
import type { Db } from './database';
import { toAnyWordFtsQuery } from './ftsQuery';

interface KnowledgeRow {
  id: string;
  category: string;
  content: string;
  created_at: string;
  updated_at: string;
}

const toEntry = (r: KnowledgeRow): KnowledgeEntry => ({
  id: r.id,
  category: r.category,
  content: r.content,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

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
      insert: db.prepare(
        'INSERT INTO knowledge_base (id, category, content, created_at, updated_at) VALUES (@id, @category, @content, @at, @at)',
      ),
      byId: db.prepare<[string], KnowledgeRow>('SELECT * FROM knowledge_base WHERE id = ?'),
      update: db.prepare('UPDATE knowledge_base SET category = @category, content = @content, updated_at = @at WHERE id = @id'),
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
    this.stmts.insert.run({ id, ...entry, at: new Date().toISOString() });
    return toEntry(this.stmts.byId.get(id)!);
  }

  update({ id, category, content }: KnowledgeUpdate): KnowledgeEntry | null {
    if (this.stmts.update.run({ id, category, content, at: new Date().toISOString() }).changes === 0) return null;
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
