import { randomUUID } from 'node:crypto';
import { API_KEY_ROLES, problem, requiredText } from '@noticeboard/domain';
import type { RequestContext } from '../../context/request-context.js';
import { paginate, type ConnectionArgs } from '../../graphql/connection.js';
import { notFound } from '../../graphql/errors.js';
import { existingId } from '../../graphql/ids.js';
import { ValidationFailed } from '../../graphql/user-error.js';
import { apiKeyToken, newSecret, sha256 } from '../auth/token.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { API_KEY_NAME_MAX, ApiKeyCreated, type ApiKey, type CreateApiKeyInput } from './api-key.types.js';

const toApiKey = (k: ApiKeyEntity): ApiKey => ({
  id: k.id,
  name: k.name,
  role: k.role,
  tokenHint: k.tokenHint,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt,
  revokedAt: k.revokedAt,
});

const keyName = requiredText(API_KEY_NAME_MAX, 'key name');

export class ApiKeyService {
  list(ctx: RequestContext, args: ConnectionArgs) {
    const query = ctx.em
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.tenantId = :tenantId', { tenantId: ctx.tenantId });
    return paginate(query, args, ['k.createdAt', 'k.id'], (k) => [k.createdAt.toISOString(), k.id], toApiKey);
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<ApiKeyCreated | ValidationFailed> {
    const name = keyName.safeParse(input.name);
    const problems = [
      ...(name.success
        ? []
        : [problem('name', 'REQUIRED', `key name is required (at most ${API_KEY_NAME_MAX} characters)`)]),
      ...(API_KEY_ROLES.includes(input.role) ? [] : [problem('role', 'NOT_ALLOWED', 'API keys are EDITOR or VIEWER')]),
    ];
    if (problems.length) return ValidationFailed.of(problems);
    const secret = newSecret();
    const token = apiKeyToken(ctx.tenantId, secret);
    const id = randomUUID();
    const repo = ctx.em.getRepository(ApiKeyEntity);
    await repo.insert({
      tenantId: ctx.tenantId,
      id,
      name: name.data!,
      role: input.role,
      tokenHash: sha256(secret),
      tokenHint: `…${token.slice(-4)}`,
      createdBy: ctx.userId,
    });
    return Object.assign(new ApiKeyCreated(), {
      apiKey: toApiKey(await repo.findOneByOrFail({ tenantId: ctx.tenantId, id })),
      token,
    });
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const repo = ctx.em.getRepository(ApiKeyEntity);
    const key = await repo.findOneBy({ tenantId: ctx.tenantId, id: existingId(id, 'API key') });
    if (!key) throw notFound('API key');
    if (!key.revokedAt) await repo.update({ tenantId: ctx.tenantId, id: key.id }, { revokedAt: new Date() });
    return toApiKey(await repo.findOneByOrFail({ tenantId: ctx.tenantId, id: key.id }));
  }
}
