import { describe, expect, it } from 'vitest';
import { notificationTemplateLabel, notificationTemplateLabels, notificationTemplates } from './notification-templates.ts';

describe('notification template labels', () => {
  it.each(notificationTemplates.map((t) => [t]))('%s has a Chinese label', (template) => {
    const label = notificationTemplateLabel(template);
    expect(label).not.toBe(template);
    expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it.each([
    ['await_confirmation', '隐患待认定'],
    ['await_extension_decision', '延期待审批'],
    ['extension_decided', '延期审批结果'],
    ['await_verification', '整改待验收'],
    ['major_registered', '重大事故隐患登记告知'],
    ['something_new', 'something_new'],
  ])('%s reads %s', (template, label) => {
    expect(notificationTemplateLabel(template)).toBe(label);
  });

  it('labels are distinct', () => {
    const labels = Object.values(notificationTemplateLabels);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
