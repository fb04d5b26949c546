import { randomUUID } from 'node:crypto';
import { email as emailSchema, isStorableText, problem, type Problem } from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context/request-context.js';
import { hashPassword, passwordProblem } from './password.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  name?: string | null;
  initialPassword?: string | null;
}

/**
 * The hash of a new person's initial password, computed without holding the request's connection (Argon2 is
 * slow on purpose); null when there is no acceptable password, which `findOrCreateUser` then reports.
 */
export async function initialPasswordHash(ctx: RequestContext, password: string | null | undefined): Promise<string | null> {
  if (!password || passwordProblem(password)) return null;
  return ctx.tx.withoutConnection(() => hashPassword(password));
}

/**
 * Finds a person by email or creates them with an initial password; problems are typed, nothing is written.
 * `passwordHash`, when given, is the initial password's hash computed beforehand (`initialPasswordHash`).
 */
export async function findOrCreateUser(em: EntityManager, input: NewUser, passwordHash: string | null = null): Promise<UserEntity | Problem[]> {
  const parsed = emailSchema.safeParse(input.email?.trim());
  if (!parsed.success) return [problem('email', 'INVALID_FORMAT', 'must be an email address')];
  const existing = await em.getRepository(UserEntity).findOneBy({ email: parsed.data });
  if (existing) return existing;
  const problems: Problem[] = [];
  const name = input.name?.trim();
  if (!name) problems.push(problem('name', 'REQUIRED', 'a new person needs a name'));
  else if (name.length > 200) problems.push(problem('name', 'TOO_LONG', 'name must be at most 200 characters'));
  else if (!isStorableText(name)) problems.push(problem('name', 'INVALID_FORMAT', 'name must not contain NUL characters or unpaired surrogates'));
  if (!input.initialPassword) problems.push(problem('initialPassword', 'REQUIRED', 'a new person needs an initial password'));
  else {
    const weak = passwordProblem(input.initialPassword);
    if (weak) problems.push(problem('initialPassword', 'OUT_OF_RANGE', `password ${weak}`));
  }
  if (problems.length) return problems;
  const user = { id: randomUUID(), email: parsed.data, name: name!, passwordHash: passwordHash ?? (await hashPassword(input.initialPassword!)) };
  await em.getRepository(UserEntity).insert(user);
  return em.getRepository(UserEntity).findOneByOrFail({ id: user.id });
}

export function toUser(u: UserEntity) {
  return { id: u.id, email: u.email, name: u.name, createdAt: u.createdAt };
}
