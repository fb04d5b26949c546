import { Foundation1763800000000 } from './1763800000000-foundation.js';
import { PolicyEngine1763900000000 } from './1763900000000-policy-engine.js';
import { AuditLog1764100000000 } from './1764100000000-audit-log.js';
import { SeedModelExtensions1764000000000 } from './1764000000000-seed-model-extensions.js';
import { QueueEmailWebhooks1764200000000 } from './1764200000000-queue-email-webhooks.js';
import { Consents1764300000000 } from './1764300000000-consents.js';
import { DataSubjectRequests1764400000000 } from './1764400000000-data-subject-requests.js';
import { RateLimits1764500000000 } from './1764500000000-rate-limits.js';
import { ReadinessGrant1764600000000 } from './1764600000000-readiness-grant.js';
import { AgencyWideReads1764700000000 } from './1764700000000-agency-wide-reads.js';
import { RetiredSlugs1764800000000 } from './1764800000000-retired-slugs.js';
import { RequestEventsAgencyReads1764850000000 } from './1764850000000-request-events-agency-reads.js';
import { AccountsPeopleOwn1764900000000 } from './1764900000000-accounts-people-own.js';
import { ExplicitAnswers1765100000000 } from './1765100000000-explicit-answers.js';
import { RecipientTransferInstruments1765200000000 } from './1765200000000-recipient-transfer-instruments.js';
import { CookiePurposes1765300000000 } from './1765300000000-cookie-purposes.js';
import { RegionalDisclosures1765400000000 } from './1765400000000-regional-disclosures.js';
import { ImportedPolicyVersions1765500000000 } from './1765500000000-imported-policy-versions.js';
import { LegalGrounds1765600000000 } from './1765600000000-legal-grounds.js';
import { GeneralStatements1765650000000 } from './1765650000000-general-statements.js';
import { ControllerConcepts1765700000000 } from './1765700000000-controller-concepts.js';
import { Translations1765800000000 } from './1765800000000-translations.js';
import { SubscriberLanguage1765810000000 } from './1765810000000-subscriber-language.js';
import { RequestSubmissionKeys1765900000000 } from './1765900000000-request-submission-keys.js';
import { ImportedConsentEvidence1766000000000 } from './1766000000000-imported-consent-evidence.js';
import { RequestClock1766200000000 } from './1766200000000-request-clock.js';
import { ConsentOptOutsPassedOn1766300000000 } from './1766300000000-consent-opt-outs-passed-on.js';
import { CookieScans1766500000000 } from './1766500000000-cookie-scans.js';
import { PolicyPdf1766600000000 } from './1766600000000-policy-pdf.js';

/** In order. A migration, once released, is never edited: add a new one. */
export const MIGRATIONS = [
  Foundation1763800000000,
  PolicyEngine1763900000000,
  SeedModelExtensions1764000000000,
  AuditLog1764100000000,
  QueueEmailWebhooks1764200000000,
  Consents1764300000000,
  DataSubjectRequests1764400000000,
  RateLimits1764500000000,
  ReadinessGrant1764600000000,
  AgencyWideReads1764700000000,
  RetiredSlugs1764800000000,
  RequestEventsAgencyReads1764850000000,
  AccountsPeopleOwn1764900000000,
  ExplicitAnswers1765100000000,
  RecipientTransferInstruments1765200000000,
  CookiePurposes1765300000000,
  RegionalDisclosures1765400000000,
  ImportedPolicyVersions1765500000000,
  LegalGrounds1765600000000,
  GeneralStatements1765650000000,
  ControllerConcepts1765700000000,
  Translations1765800000000,
  SubscriberLanguage1765810000000,
  RequestSubmissionKeys1765900000000,
  ImportedConsentEvidence1766000000000,
  RequestClock1766200000000,
  ConsentOptOutsPassedOn1766300000000,
  CookieScans1766500000000,
  PolicyPdf1766600000000,
];
