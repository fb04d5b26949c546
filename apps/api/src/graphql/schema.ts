import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context/request-context.js';
import { AgencyResolver } from '../modules/agencies/agency.resolver.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AudienceResolver } from '../modules/audiences/audience.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CatalogResolver } from '../modules/catalog/catalog.resolver.js';
import { ClauseResolver } from '../modules/clauses/clause.resolver.js';
import { ConsentResolver, TenantConsentActivityResolver } from '../modules/consents/consent.resolver.js';
import { CookieResolver } from '../modules/cookies/cookie.resolver.js';
import { CookieScanResolver } from '../modules/cookie-scan/cookie-scan.resolver.js';
import { DataCategoryResolver } from '../modules/data-categories/data-category.resolver.js';
import { EmailResolver } from '../modules/email/email.resolver.js';
import { InvitationResolver } from '../modules/invitations/invitation.resolver.js';
import { PolicyResolver } from '../modules/policy/policy.resolver.js';
import { RecordOfProcessingResolver } from '../modules/records/record-of-processing.resolver.js';
import {
  PolicyVersionResolver,
  TenantPublicLinksResolver,
} from '../modules/policy-versions/policy-version.resolver.js';
import { PurposeResolver } from '../modules/purposes/purpose.resolver.js';
import { RecipientResolver } from '../modules/recipients/recipient.resolver.js';
import { DataSubjectRequestResolver } from '../modules/requests/request.resolver.js';
import { SubscriberResolver } from '../modules/subscribers/subscriber.resolver.js';
import { TenantMemberResolver } from '../modules/tenants/tenant-member.resolver.js';
import { TenantResolver } from '../modules/tenants/tenant.resolver.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { fromDatabaseError, twoFactorRequired } from './errors.js';
import { assertAllowed, type Requirement } from './permissions.js';
import { isUserError } from './user-error.js';
import { PolicyTranslationResolver } from '../modules/policy-translations/policy-translation.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  AgencyResolver,
  TenantResolver,
  TenantMemberResolver,
  InvitationResolver,
  ApiKeyResolver,
  AudienceResolver,
  DataCategoryResolver,
  RecipientResolver,
  PurposeResolver,
  CookieResolver,
  CookieScanResolver,
  ClauseResolver,
  PolicyResolver,
  RecordOfProcessingResolver,
  PolicyVersionResolver,
  PolicyTranslationResolver,
  TenantPublicLinksResolver,
  CatalogResolver,
  AuditResolver,
  EmailResolver,
  WebhookResolver,
  SubscriberResolver,
  ConsentResolver,
  TenantConsentActivityResolver,
  DataSubjectRequestResolver,
] as const;

/** What a person whose agency requires two-factor sign-in may still do before setting it up: their own account. */
const WITHOUT_SECOND_FACTOR = new Set([
  'me',
  'agency',
  'logout',
  'logoutEverywhere',
  'signOutOtherSessions',
  'sessions',
  'changePassword',
  'beginTwoFactorSetup',
  'enableTwoFactor',
  'invitation',
  'acceptInvitation',
]);

function assertSecondFactorSettled(context: RequestContext, info: GraphQLResolveInfo): void {
  const root = info.parentType.name;
  if (root !== 'Mutation' && root !== 'Query') return;
  if (
    context.actor.kind === 'user' &&
    context.actor.twoFactorRequiredBy !== null &&
    !WITHOUT_SECOND_FACTOR.has(info.fieldName)
  )
    throw twoFactorRequired();
}

/**
 * Checks the `@Allow(...)` declarations (graphql/permissions.ts). type-graphql runs it before the global
 * middlewares, so it repeats their second-factor check first: that refusal keeps coming before any other.
 * It throws rather than returning false, so the errors are the context's own (codes and messages).
 */
const authChecker: AuthChecker<RequestContext, Requirement> = ({ context, info }, required) => {
  assertSecondFactorSettled(context, info);
  assertAllowed(context, required);
  return true;
};

/**
 * Every root field runs in a savepoint of the request transaction: a mutation that throws or returns a
 * user error leaves nothing behind, while earlier mutations of the same operation keep their writes.
 * Database errors a user can cause become typed errors rather than INTERNAL.
 */
const RootFieldAtomicity: MiddlewareFn<RequestContext> = async ({ context, info }, next) => {
  const root = info.parentType.name;
  if (root !== 'Mutation' && root !== 'Query') return next();
  assertSecondFactorSettled(context, info);
  try {
    return await context.tx.atomically(async () => {
      // The audit triggers record each change with the mutation that made it.
      if (root === 'Mutation') await context.tx.setAction(info.fieldName);
      return next() as Promise<unknown>;
    }, isUserError);
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  }
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    globalMiddlewares: [RootFieldAtomicity],
    authChecker,
    emitSchemaFile: false,
  });
}

/** The SDL committed as `apps/api/schema.graphql`; sorted so that it diffs cleanly. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
