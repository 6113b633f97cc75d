import { explainPasswordWeakness, MIN_PASSWORD_LENGTH } from '@zhiben/core/src/auth/password-policy.ts';
import type { FormRule, SelectProps } from 'antd';

/** Client-side mirror of the server's password policy (the server's message wins if they ever differ). */
export const PASSWORD_HINT = `至少 ${MIN_PASSWORD_LENGTH} 位，不能是常见密码，不能包含用户名`;

export function passwordRules(requiredMessage: string): FormRule[] {
  return [
    { required: true, message: requiredMessage },
    {
      // The server's rule (core), so the form says what the server will say.
      validator: (_rule, value: unknown) => {
        const weakness = typeof value === 'string' && value !== '' ? explainPasswordWeakness(value) : null;
        return weakness ? Promise.reject(new Error(weakness)) : Promise.resolve();
      },
    },
  ];
}

/**
 * antd shows a selected value that no option carries as the raw value: for a select whose options are fetched,
 * the record's id, until they arrive. Show 加载中… meanwhile (afterwards an unmatched value still shows as itself).
 */
export function labelUntilLoaded(loading: boolean): NonNullable<SelectProps['labelRender']> {
  return ({ label, value }) => label ?? (loading ? '加载中…' : value);
}

type SelectOption = NonNullable<SelectProps['options']>[number];
/** A fetched list as useQuery gives it. */
export type Fetched<T> = { data: T | undefined; loading: boolean };
/** What a select whose options are fetched takes from the fetch (spread onto it): options, spinner, 加载中… label. */
export type FetchedSelectProps = Required<Pick<SelectProps, 'options' | 'loading' | 'labelRender'>>;

/**
 * The props of a select whose options are fetched: `<Select {...fetchedOptions(orgs)} />` when the endpoint gives
 * options, or with `toOptions` to make them from what it gives. Until they arrive the select spins and a chosen value
 * reads 加载中… (never the stored id or code).
 */
export function fetchedOptions(source: Fetched<readonly SelectOption[]>): FetchedSelectProps;
export function fetchedOptions<T>(source: Fetched<T>, toOptions: (data: T) => SelectOption[]): FetchedSelectProps;
export function fetchedOptions<T>(source: Fetched<T>, toOptions?: (data: T) => SelectOption[]): FetchedSelectProps {
  const { data, loading } = source;
  const options = data === undefined ? [] : toOptions ? toOptions(data) : [...(data as readonly SelectOption[])];
  return { options, loading, labelRender: labelUntilLoaded(loading) };
}
