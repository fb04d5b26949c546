import { randomUUID } from 'node:crypto';
import { email as emailSchema, isStorableText, problem, type Problem } from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword, passwordProblem } from './password.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  name?: string | null;
  initialPassword?: string | null;
}

/** Finds a person by email or creates them with an initial password; problems are typed, nothing is written. */
export async function findOrCreateUser(em: EntityManager, input: NewUser): Promise<UserEntity | Problem[]> {
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
  const user = { id: randomUUID(), email: parsed.data, name: name!, passwordHash: await hashPassword(input.initialPassword!) };
  await em.getRepository(UserEntity).insert(user);
  return em.getRepository(UserEntity).findOneByOrFail({ id: user.id });
}

export function toUser(u: UserEntity) {
  return { id: u.id, email: u.email, name: u.name, createdAt: u.createdAt };
}
