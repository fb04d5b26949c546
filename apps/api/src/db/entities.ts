import { AgencyEntity, AgencyMemberEntity } from '../modules/agencies/agency.entity.js';
import { ApiKeyEntity } from '../modules/api-keys/api-key.entity.js';
import { CatalogEntryEntity } from '../modules/catalog/catalog-entry.entity.js';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { AudienceEntity } from '../modules/audiences/audience.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { ClauseEntity } from '../modules/clauses/clause.entity.js';
import {
  ConsentDecisionEntity,
  ConsentEventEntity,
  ConsentNoticeEntity,
  ConsentSettingsEntity,
} from '../modules/consents/consent.entity.js';
import { CookieEntity } from '../modules/cookies/cookie.entity.js';
import { DataCategoryEntity } from '../modules/data-categories/data-category.entity.js';
import { AccountEmailEntity } from '../modules/email/account-email.entity.js';
import { EmailMessageEntity } from '../modules/email/email.entity.js';
import { AgencyInvitationEntity, TenantInvitationEntity } from '../modules/invitations/invitation.entity.js';
import { PolicySettingsEntity } from '../modules/policy/policy-settings.entity.js';
import { PolicyVersionEntity, PublishedDocumentEntity } from '../modules/policy-versions/policy-version.entity.js';
import { PurposeEntity } from '../modules/purposes/purpose.entity.js';
import { RecipientEntity } from '../modules/recipients/recipient.entity.js';
import {
  DataSubjectRequestEntity,
  DataSubjectRequestEventEntity,
  SubjectRequestSettingsEntity,
} from '../modules/requests/request.entity.js';
import { SubprocessorSubscriberEntity, SubscriberTokenEntity } from '../modules/subscribers/subscriber.entity.js';
import { TenantDirectoryEntity, TenantEntity, TenantMemberEntity } from '../modules/tenants/tenant.entity.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../modules/webhooks/webhook.entity.js';
import { CookieScanEntity } from '../modules/cookie-scan/cookie-scan.entity.js';

export const ENTITIES = [
  AgencyEntity,
  AgencyMemberEntity,
  UserEntity,
  SessionEntity,
  TenantDirectoryEntity,
  TenantEntity,
  TenantMemberEntity,
  AgencyInvitationEntity,
  TenantInvitationEntity,
  ApiKeyEntity,
  AudienceEntity,
  DataCategoryEntity,
  RecipientEntity,
  PurposeEntity,
  CookieEntity,
  ClauseEntity,
  PolicySettingsEntity,
  PolicyVersionEntity,
  PublishedDocumentEntity,
  CatalogEntryEntity,
  AuditEntryEntity,
  EmailMessageEntity,
  AccountEmailEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
  SubprocessorSubscriberEntity,
  SubscriberTokenEntity,
  ConsentSettingsEntity,
  ConsentNoticeEntity,
  ConsentEventEntity,
  ConsentDecisionEntity,
  SubjectRequestSettingsEntity,
  DataSubjectRequestEntity,
  DataSubjectRequestEventEntity,
  CookieScanEntity,
];
