import { runCookieScan } from '../modules/cookie-scan/cookie-scan.job.js';
import { deliverAccountEmail } from '../modules/email/account-email.job.js';
import { deliverEmail } from '../modules/email/email.job.js';
import { sendSubjectRequestReminder } from '../modules/requests/request.job.js';
import { notifySubprocessorSubscribers } from '../modules/subscribers/subscriber.job.js';
import { deliverWebhook } from '../modules/webhooks/webhook.job.js';
import type { JobData, JobDefinition } from './job.js';

/** Every job type, in one place: its queue is created at migration time and workers take it. */
export const JOBS: readonly JobDefinition<JobData>[] = [
  deliverEmail,
  deliverAccountEmail,
  deliverWebhook,
  notifySubprocessorSubscribers,
  sendSubjectRequestReminder,
  runCookieScan,
];
