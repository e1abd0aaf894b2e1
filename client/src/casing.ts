/**
 * lowerCamelCase, the proto3 JSON mapping's casing, for every result the
 * library gives back; the wire's JSON records (audit, progress) are
 * snake_case, as they are written.
 */

/** "request_id" → "requestId". */
export type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** An object type with its keys in lowerCamelCase. */
export type CamelKeys<T> = { [K in keyof T as Camel<K & string>]: T[K] };

export const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The object's own keys in lowerCamelCase (values are left as they are). */
export function camelKeys<T extends object>(value: T): CamelKeys<T> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), v])) as CamelKeys<T>;
}
