import type { components, paths } from './contract.gen.ts';

/**
 * Types over the generated contract (contract.gen.ts): the request and response of an operation by path and
 * method, exactly as the server's zod schemas define them.
 */
export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
export type ApiPath = keyof paths;

/** Paths that have an operation for `M`. */
export type PathsWith<M extends Method> = {
  [P in ApiPath]-?: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[ApiPath];

type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Success<R> = R extends { 200: infer S } ? JsonOf<S> : R extends { 201: infer S } ? JsonOf<S> : R extends { 202: infer S } ? JsonOf<S> : undefined;

/** The JSON body of the operation's success answer (undefined for 204). */
export type ResponseOf<P extends ApiPath, M extends Method> = Operation<P, M> extends { responses: infer R } ? Success<R> : never;
/** The JSON request body. */
export type BodyOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;
/** The query parameters (as the server reads them: strings, or numbers it coerces). */
export type QueryOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The path parameters (`{id}` …). */
export type PathParamsOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { path?: infer A } } ? NonNullable<A> : never;

/** A named component (the per-action bodies of the workflow routes). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** Request body of workflow action `A` of hazards (`version` included). */
export type HazardActionBody<A extends keyof Schema<'HazardActionBodies'>> = Schema<'HazardActionBodies'>[A];
export type TipActionBody<A extends keyof Schema<'TipActionBodies'>> = Schema<'TipActionBodies'>[A];
export type PlanActionBody<A extends keyof Schema<'PlanActionBodies'>> = Schema<'PlanActionBodies'>[A];
export type TaskActionBody<A extends keyof Schema<'TaskActionBodies'>> = Schema<'TaskActionBodies'>[A];
export type ReturnActionBody<A extends keyof Schema<'ReturnActionBodies'>> = Schema<'ReturnActionBodies'>[A];
export type RoundActionBody<A extends keyof Schema<'RoundActionBodies'>> = Schema<'RoundActionBodies'>[A];
export type InspectionActionBody<A extends keyof Schema<'InspectionActionBodies'>> = Schema<'InspectionActionBodies'>[A];
export type DrawActionBody<A extends keyof Schema<'DrawActionBodies'>> = Schema<'DrawActionBodies'>[A];
/** Bodies of the public tip routes, which read JSON or multipart by hand. */
export type TipSubmission = Schema<'TipSubmission'>;
export type TipFollowup = Schema<'TipFollowup'>;
