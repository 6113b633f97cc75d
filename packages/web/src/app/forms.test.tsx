import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Select } from 'antd';
import { fetchedOptions, labelUntilLoaded } from './forms.ts';

const id = '0b7c2f4e-9a51-4d3e-8f60-2c1d5e7a9b13';

describe('labelUntilLoaded', () => {
  it.each([
    ['single, options pending', undefined, true, '加载中…'],
    ['multiple, options pending', 'multiple' as const, true, '加载中…'],
    ['single, options arrived', undefined, false, '谯城区应急管理局'],
    ['multiple, options arrived', 'multiple' as const, false, '谯城区应急管理局'],
  ])('%s: shows %s, never the id', (_case, mode, loading, expected) => {
    const options = loading ? [] : [{ value: id, label: '谯城区应急管理局' }];
    const value = mode === 'multiple' ? [id] : id;
    const html = renderToStaticMarkup(<Select mode={mode} value={value} options={options} labelRender={labelUntilLoaded(loading)} />);
    expect(html).toContain(expected);
    expect(html).not.toContain(id);
  });

  it('an id no loaded option carries still shows as itself', () => {
    const html = renderToStaticMarkup(<Select value={id} options={[]} labelRender={labelUntilLoaded(false)} />);
    expect(html).toContain(id);
  });
});

describe('fetchedOptions', () => {
  const orgs = [{ value: id, label: '谯城区应急管理局' }];

  it.each([
    ['options given, pending', { data: undefined, loading: true }, '加载中…'],
    ['options given, arrived', { data: orgs, loading: false }, '谯城区应急管理局'],
  ])('%s: the select shows %s and spins only while loading', (_case, source, expected) => {
    const props = fetchedOptions(source);
    expect(props.loading).toBe(source.loading);
    const html = renderToStaticMarkup(<Select value={id} {...props} />);
    expect(html).toContain(expected);
    expect(html).not.toContain(id);
  });

  it('makes the options from what the endpoint gives, once it has arrived', () => {
    const toOptions = (page: { items: { id: string; name: string }[] }) => page.items.map((l) => ({ value: l.id, label: l.name }));
    expect(fetchedOptions({ data: undefined, loading: true }, toOptions).options).toEqual([]);
    const arrived = fetchedOptions({ data: { items: [{ id, name: '陈志强（演示）' }] }, loading: false }, toOptions);
    expect(arrived).toMatchObject({ options: [{ value: id, label: '陈志强（演示）' }], loading: false });
    expect(renderToStaticMarkup(<Select value={id} {...arrived} />)).toContain('陈志强（演示）');
  });
});
