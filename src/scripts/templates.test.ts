import { describe, expect, it } from 'vitest';
import { MissingPlaceholderError, placeholdersOf, render } from './render';
import { en, type TemplateKey } from './templates/en';
import { zhCN } from './templates/zh-CN';

describe('templates', () => {
  it('both locales have the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as TemplateKey[])('%s uses the same placeholders in both locales', (key) => {
    expect(placeholdersOf(zhCN[key])).toEqual(placeholdersOf(en[key]));
  });

  it('no template contains an unverified rule marker or a bare legal claim of illegality', () => {
    for (const text of [...Object.values(en), ...Object.values(zhCN)]) {
      expect(text).not.toMatch(/未核|二手|公约第|illegal|违法/);
    }
  });

  it('every "reportedly" source is named (GB/T, Banking Association, credit-card measures, 12378, 12321)', () => {
    for (const [key, text] of Object.entries(en)) {
      if (/Reportedly|reportedly/.test(text))
        expect(text, key).toMatch(/GB\/T 45251|Banking Association|Credit Card Business|12378|12321/);
    }
    for (const [key, text] of Object.entries(zhCN)) {
      if (text.includes('据报道') || text.includes('据多份转载'))
        expect(text, key).toMatch(/GB\/T 45251|银行业协会|信用卡业务监督管理办法|12378|12321/);
    }
  });
});

describe('render', () => {
  it('fills placeholders once, as plain text', () => {
    expect(render('a {{x}} b {{y}}', { x: '{{y}}', y: '2' })).toBe('a {{y}} b 2');
  });

  it('fails loudly on a missing placeholder', () => {
    expect(() => render('hello {{name}}', {}, 'k')).toThrow(MissingPlaceholderError);
    expect(() => render('hello {{name}}', {}, 'k')).toThrow(/k needs \{\{name\}\}/);
  });

  it('fails on a malformed placeholder', () => {
    expect(() => render('hello {{ name }}', { name: 'x' })).toThrow(/malformed/);
  });
});
