import { migration001 } from './001_initial';
import { migration002 } from './002_full_text_search';
import { migration003 } from './003_ai_usage';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [migration001, migration002, migration003];
