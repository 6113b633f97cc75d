import type { ReactNode } from 'react';
import type { FormInstance } from 'antd';
import type { RequirementRules } from './requirements.ts';

/** What an action's fields receive from the modal. */
export type ActionFieldsProps<R, V> = {
  record: R;
  form: FormInstance<V>;
  /** The server's requirements of this action's form as antd rules (`req('note', '验收意见').rules`). */
  req: RequirementRules;
  /** Evidence uploads in progress: the submit button waits. */
  setUploading: (busy: boolean) => void;
};

/**
 * One action's form, as written in a workflow's registry: its fields, initial values, and the request body built
 * from the values (without `version`, which the modal adds).
 */
export type ActionFormDefinition<R, V, B> = {
  Fields: (props: ActionFieldsProps<R, V>) => ReactNode;
  initial?: (record: R) => Partial<V>;
  toBody: (values: V, record: R) => B;
  /** Wide forms (plans, registrations): 860 instead of 640 px on wide screens. */
  wide?: boolean;
  /** A destructive action: the submit button is red. */
  danger?: boolean;
};

/** A registry entry: the values type is private to the entry (its Fields produce what its toBody reads). */
export type ActionForm<R, B> = {
  Fields: (props: ActionFieldsProps<R, Record<string, unknown>>) => ReactNode;
  initial: (record: R) => Record<string, unknown>;
  toBody: (values: Record<string, unknown>, record: R) => B;
  wide: boolean;
  danger: boolean;
};

/** Registers an action form: `actionForm<Values>()({ Fields, initial, toBody })`. */
export const actionForm =
  <V extends object>() =>
  <R, B>(definition: ActionFormDefinition<R, V, B>): ActionForm<R, B> => ({
    // The modal renders this entry's Fields into the form whose values this entry's toBody reads: one V throughout.
    Fields: definition.Fields as unknown as ActionForm<R, B>['Fields'],
    initial: (record) => ({ ...definition.initial?.(record) }),
    toBody: (values, record) => definition.toBody(values as V, record),
    wide: definition.wide ?? false,
    danger: definition.danger ?? false,
  });

/** A workflow's registry: one form per action, each with the server's body type of that action. */
export type ActionFormRegistry<R, A extends string, Body extends Record<A, unknown>> = { [K in A]: ActionForm<R, Body[K]> };

/** Values helpers shared by the registries. */
export const trimmed = (s: string | undefined | null): string => (s ?? '').trim();
export const optionalText = (s: string | undefined | null): string | undefined => trimmed(s) || undefined;

/** Where 「已」+ the action's name reads badly, the words an officer would use. */
const doneMessages: Readonly<Record<string, string>> = { 整改完成: '已提交整改完成', 申请延期: '已提交延期申请' };

/** The toast after an action succeeded: 「已认定」「已提交整改完成」, not 「整改完成成功」. */
export const doneMessage = (label: string): string => doneMessages[label] ?? `已${label}`;
