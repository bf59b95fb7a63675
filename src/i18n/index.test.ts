/**
 * Tests for i18n: the main translator, language choice and Intl formatting. Dictionary parity
 * (keys and placeholders of every pair) is in translate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, pickInitialLocale, translate } from './index';

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('en', 'debts.queuePlace', { place: 2 })).toBe('Place in queue: 2');
    expect(translate('zh-CN', 'debts.queuePlace', { place: 2 })).toBe('队列第 2 位');
  });
});

describe('pickInitialLocale', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh'], 'zh-CN'],
    [[], 'en'],
  ] as const)('%o → %s', (languages, expected) => {
    expect(pickInitialLocale(languages)).toBe(expected);
  });
});

describe('formatting', () => {
  it('formats money strings with Intl', () => {
    expect(formatMoney('1234.56', 'en')).toBe('¥1,234.56');
    expect(formatMoney('1234.56', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney('12345678901234.99', 'en')).toBe('¥12,345,678,901,234.99');
  });
  it('formats dates in both languages', () => {
    expect(formatDate('2027-03-31', 'zh-CN')).toBe('2027年3月31日');
    expect(formatDate('2027-03-31', 'en')).toBe('March 31, 2027');
  });
});
