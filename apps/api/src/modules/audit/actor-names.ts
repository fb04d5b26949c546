import type { RequestContext } from '../../context/request-context.js';
import { ApiKeyEntity } from '../api-keys/api-key.entity.js';
import { UserEntity } from '../auth/user.entity.js';

export interface ActorRef {
  kind: 'USER' | 'API_KEY';
  id: string;
}

export const actorKey = (actor: ActorRef) => `${actor.kind}:${actor.id}`;

/**
 * How people and API keys who acted in a tenant (the current one unless named) are shown: a person's email, a
 * key's name. Two queries for any number of them; unknown ones (a deleted key) are absent.
 */
export async function actorNames(
  ctx: RequestContext,
  actors: readonly ActorRef[],
  tenantId?: string,
): Promise<Map<string, string>> {
  const ids = (kind: ActorRef['kind']) => [...new Set(actors.filter((a) => a.kind === kind).map((a) => a.id))];
  const names = new Map<string, string>();
  const users = ids('USER');
  if (users.length) {
    for (const u of await ctx.em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id IN (:...users)', { users })
      .getMany()) {
      names.set(actorKey({ kind: 'USER', id: u.id }), u.email);
    }
  }
  const keys = ids('API_KEY');
  if (keys.length) {
    const rows = await ctx.em
      .getRepository(ApiKeyEntity)
      .createQueryBuilder('k')
      .where('k.tenantId = :t AND k.id IN (:...keys)', { t: tenantId ?? ctx.tenantId, keys })
      .getMany();
    for (const k of rows) names.set(actorKey({ kind: 'API_KEY', id: k.id }), `API key "${k.name}"`);
  }
  return names;
}
