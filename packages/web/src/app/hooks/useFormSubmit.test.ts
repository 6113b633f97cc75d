import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { markServerFieldError, outcomeUnknown, runSubmit, type SubmitForm, type SubmitState } from './useFormSubmit.ts';

type Values = { title: string };

function harness(validation: Values | Error) {
  const setFields = vi.fn();
  const form = {
    validateFields: () => (validation instanceof Error ? Promise.reject(validation) : Promise.resolve(validation)),
    setFields,
  } as unknown as SubmitForm<Values>;
  let state: SubmitState = { saving: false, error: null, idempotencyKey: 'key-1' };
  const seen: SubmitState[] = [];
  const store = {
    get: () => state,
    set: (patch: Partial<SubmitState>) => {
      state = { ...state, ...patch };
      seen.push(state);
    },
  };
  return { form, setFields, store, seen, state: () => state };
}

describe('the submit sequence', () => {
  it('does nothing when the form does not validate', async () => {
    const h = harness(new Error('invalid'));
    const run = vi.fn();
    await expect(runSubmit(h.form, run, {}, h.store)).resolves.toBeUndefined();
    expect(run).not.toHaveBeenCalled();
    expect(h.seen).toEqual([]);
  });

  it('is busy while running, passes the idempotency key, then reports success with a new key', async () => {
    const h = harness({ title: '隐患' });
    const onSuccess = vi.fn();
    let busyDuringRun = false;
    const result = await runSubmit(
      h.form,
      async (v, { idempotencyKey }) => {
        busyDuringRun = h.state().saving;
        return `${v.title}:${idempotencyKey}`;
      },
      { onSuccess },
      h.store,
    );
    expect(busyDuringRun).toBe(true);
    expect(result).toBe('隐患:key-1');
    expect(onSuccess).toHaveBeenCalledWith('隐患:key-1');
    expect(h.state().saving).toBe(false);
    expect(h.state().error).toBeNull();
    expect(h.state().idempotencyKey).not.toBe('key-1');
  });

  it('a second submit while one runs is ignored (double click)', async () => {
    const h = harness({ title: 'x' });
    let release: () => void = () => undefined;
    const run = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const first = runSubmit(h.form, run, {}, h.store);
    await Promise.resolve();
    await Promise.resolve();
    await runSubmit(h.form, run, {}, h.store);
    release();
    await first;
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a refusal names the field, shows the banner, and the next try is a new submission', async () => {
    const h = harness({ title: 'x' });
    const refusal = new ApiError('VALIDATION', '「整改期限」不能早于发现日期', 'plan.deadline');
    await runSubmit(h.form, () => Promise.reject(refusal), {}, h.store);
    expect(h.setFields).toHaveBeenCalledWith([{ name: ['plan', 'deadline'], errors: ['「整改期限」不能早于发现日期'] }]);
    expect(h.state().error).toBe(refusal);
    expect(h.state().saving).toBe(false);
    expect(h.state().idempotencyKey).not.toBe('key-1');
  });

  it('when the outcome is unknown (network, server failure) the retry keeps the key, so it is not stored twice', async () => {
    for (const err of [new ApiError('NETWORK_ERROR', '无法连接服务器'), new ApiError('INTERNAL', '服务器内部错误'), new ApiError('HTTP_502', '请求失败')]) {
      const h = harness({ title: 'x' });
      await runSubmit(h.form, () => Promise.reject(err), {}, h.store);
      expect(h.state().idempotencyKey).toBe('key-1');
      expect(h.state().error?.code).toBe(err.code);
    }
  });

  it('a failure the form handles itself shows no banner', async () => {
    const h = harness({ title: 'x' });
    const onError = vi.fn((e: ApiError) => e.code === 'AUTH_TOTP_REQUIRED');
    await runSubmit(h.form, () => Promise.reject(new ApiError('AUTH_TOTP_REQUIRED', '请输入动态口令')), { onError }, h.store);
    expect(onError).toHaveBeenCalled();
    expect(h.state().error).toBeNull();
    await runSubmit(h.form, () => Promise.reject(new ApiError('AUTH_INVALID_CREDENTIALS', '用户名或密码错误')), { onError }, h.store);
    expect(h.state().error?.message).toBe('用户名或密码错误');
  });

  it('a non-API exception becomes a banner with its message', async () => {
    const h = harness({ title: 'x' });
    await runSubmit(h.form, () => Promise.reject(new Error('未选择企业')), {}, h.store);
    expect(h.state().error).toMatchObject({ code: 'CLIENT_ERROR', message: '未选择企业' });
  });
});

describe('markServerFieldError and outcomeUnknown', () => {
  it('marks list items by index', () => {
    const setFields = vi.fn();
    expect(markServerFieldError({ setFields }, new ApiError('VALIDATION', '格式不正确', 'evidence.0.sha256'))).toBe(true);
    expect(setFields).toHaveBeenCalledWith([{ name: ['evidence', 0, 'sha256'], errors: ['格式不正确'] }]);
    expect(markServerFieldError({ setFields }, new ApiError('CONFLICT', '记录已被他人修改'))).toBe(false);
    expect(markServerFieldError({ setFields }, new Error('x'))).toBe(false);
  });

  it.each([
    ['NETWORK_ERROR', true],
    ['INTERNAL', true],
    ['HTTP_503', true],
    ['VALIDATION', false],
    ['CONFLICT', false],
    ['IDEMPOTENCY_MISMATCH', false],
    ['HTTP_413', false],
  ])('%s → unknown outcome %s', (code, expected) => {
    expect(outcomeUnknown(new ApiError(code, 'x'))).toBe(expected);
  });
});
