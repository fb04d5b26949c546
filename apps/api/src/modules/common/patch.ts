/** The fields of an update input that were given (undefined = keep), without its `id`. */
export function definedFields<T extends { id: string }>(input: T): Partial<Omit<T, 'id'>> {
  const { id: _id, ...rest } = input;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<Omit<T, 'id'>>;
}
