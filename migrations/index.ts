import type { Migration } from 'kysely';
import * as organisation from './0001_organisation.js';
import * as ledger from './0002_ledger.js';
import * as collection from './0003_collection.js';
import * as operations from './0004_operations.js';
import * as sandbox from './0005_sandbox.js';
import * as escalation from './0006_escalation.js';
import * as letters from './0007_letters.js';
import * as weeklyCheckins from './0008_weekly_checkins.js';
import * as larkAdapter from './0009_lark_adapter.js';
import * as reports from './0013_reports.js';
import * as deliveryProgress from './0014_delivery_progress.js';
import * as commitments from './0015_commitments.js';
import * as creditControl from './0016_credit_control.js';
import * as ledgerReceipts from './0017_ledger_receipts.js';
import * as sandboxClock from './0018_sandbox_clock.js';
import * as interactionKeys from './0019_interaction_keys.js';
import * as agreementTemplates from './0021_agreement_templates.js';
import * as moreLetters from './0023_more_letters.js';
import * as chatUploads from './0025_chat_uploads.js';

/** Every migration in order; a static list works the same from source and from the built bundle. */
export const migrations: Record<string, Migration> = {
  '0001_organisation': organisation,
  '0002_ledger': ledger,
  '0003_collection': collection,
  '0004_operations': operations,
  '0005_sandbox': sandbox,
  '0006_escalation': escalation,
  '0007_letters': letters,
  '0008_weekly_checkins': weeklyCheckins,
  '0009_lark_adapter': larkAdapter,
  '0013_reports': reports,
  '0015_commitments': commitments,
  '0014_delivery_progress': deliveryProgress,
  '0016_credit_control': creditControl,
  '0017_ledger_receipts': ledgerReceipts,
  '0018_sandbox_clock': sandboxClock,
  '0019_interaction_keys': interactionKeys,
  '0021_agreement_templates': agreementTemplates,
  '0023_more_letters': moreLetters,
  '0025_chat_uploads': chatUploads,
};
