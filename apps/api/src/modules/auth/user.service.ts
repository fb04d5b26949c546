import { randomUUID } from 'node:crypto';
import { email as emailSchema, isStorableText, problem, type Problem } from '@noticeboard/domain';
import type { EntityManager } from 'typeorm';
import { passwordProblem } from './password.js';
import { UserEntity } from './user.entity.js';

/** An address as accounts store it (lower case), or null when it is not one. */
export function normalEmail(value: string | null | undefined): string | null {
  const parsed = emailSchema.safeParse(value?.trim());
  return parsed.success ? parsed.data : null;
}

/** Problems with a new person's own name and password (the person chooses both; nobody chooses them for another). */
export function newAccountProblems(name: string | null | undefined, password: string | null | undefined): Problem[] {
  const problems: Problem[] = [];
  const trimmed = name?.trim();
  if (!trimmed) problems.push(problem('name', 'REQUIRED', 'your name is required'));
  else if (trimmed.length > 200) problems.push(problem('name', 'TOO_LONG', 'name must be at most 200 characters'));
  else if (!isStorableText(trimmed))
    problems.push(problem('name', 'INVALID_FORMAT', 'name must not contain NUL characters or unpaired surrogates'));
  if (!password) problems.push(problem('password', 'REQUIRED', 'choose a password'));
  else {
    const weak = passwordProblem(password);
    if (weak) problems.push(problem('password', 'OUT_OF_RANGE', `password ${weak}`));
  }
  return problems;
}

/**
 * Creates an account for the person at `email`, who chose `name` and the password hashed as `passwordHash`:
 * accepting an invitation, or the operator's own first-run account. Callers check first that none exists.
 */
export async function createAccount(
  em: EntityManager,
  input: { email: string; name: string; passwordHash: string },
): Promise<UserEntity> {
  const id = randomUUID();
  await em.getRepository(UserEntity).insert({
    id,
    email: input.email,
    name: input.name.trim(),
    passwordHash: input.passwordHash,
    totpSecret: null,
    totpPendingSecret: null,
    totpEnabledAt: null,
    totpLastStep: null,
  });
  return em.getRepository(UserEntity).findOneByOrFail({ id });
}

export function toUser(u: UserEntity) {
  return { id: u.id, email: u.email, name: u.name, createdAt: u.createdAt };
}
