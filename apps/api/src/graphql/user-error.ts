import { createUnionType, Field, InterfaceType, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { PROBLEM_CODES, type Problem, type ProblemCode } from '@noticeboard/domain';

/** Expected, user-fixable failures; they are results in the schema, not thrown errors. */
export enum UserErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  POLICY_INCOMPLETE = 'POLICY_INCOMPLETE',
  POLICY_UNCHANGED = 'POLICY_UNCHANGED',
  DIFF_TOO_LARGE = 'DIFF_TOO_LARGE',
  LINK_NOT_VALID = 'LINK_NOT_VALID',
  WRONG_ACCOUNT = 'WRONG_ACCOUNT',
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  INVALID_CODE = 'INVALID_CODE',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation refused its input, or a query left out part of its answer.',
});

const ProblemCodeEnum = Object.fromEntries(PROBLEM_CODES.map((c) => [c, c])) as Record<ProblemCode, ProblemCode>;
registerEnumType(ProblemCodeEnum, { name: 'ProblemCode', description: 'Why one field was refused.' });

@InterfaceType({ description: 'A failure the user can fix; every mutation result union includes one.' })
export abstract class UserError {
  @Field(() => UserErrorCode)
  code: UserErrorCode;

  @Field()
  message: string;
}

@ObjectType({ description: 'One refused field, with its dotted path from the input root.' })
export class FieldProblem {
  @Field({ description: 'e.g. `offices.0.address.country`' })
  path: string;

  @Field(() => ProblemCodeEnum)
  code: ProblemCode;

  @Field()
  message: string;
}

@ObjectType({ implements: UserError, description: 'The input broke one or more rules; nothing was written.' })
export class ValidationFailed extends UserError {
  @Field(() => [FieldProblem])
  problems: FieldProblem[];

  static of(problems: Problem[]): ValidationFailed {
    const error = new ValidationFailed();
    error.code = UserErrorCode.VALIDATION_FAILED;
    error.message = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
    error.problems = problems;
    return error;
  }
}

export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}

/** `union <name> = <type> | ValidationFailed`: the result of every create/update mutation. */
export function ResultUnion<T extends object>(name: string, type: ClassType<T>) {
  return createUnionType({
    name,
    types: () => [type, ValidationFailed] as const,
    resolveType: (value) => (value instanceof ValidationFailed ? ValidationFailed : type),
  });
}
