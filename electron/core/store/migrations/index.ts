import { migration001 } from './001_initial';
import { migration002 } from './002_full_text_search';
import { migration003 } from './003_ai_usage';
import { migration004 } from './004_phone_line';
import { migration005 } from './005_conversation_relay';
import { migration006 } from './006_keypad_turns';
import { migration007 } from './007_test_calls';
import { migration008 } from './008_setup_state';
import { migration009 } from './009_caller_understanding';
import { migration010 } from './010_speech_to_speech';
import { migration011 } from './011_texts';
import { migration012 } from './012_realtime_cost_cap';
import { migration013 } from './013_details_before_lead';
import { migration014 } from './014_put_through_if_silent';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
];
