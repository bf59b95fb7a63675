// @vitest-environment jsdom
/** The framing check and its notice (the browser proof is tests/e2e/hosting.test.ts). */
import { describe, expect, it } from 'vitest';
import { FRAMED_NOTICE, isFramed, showFramedNotice } from './framing';

describe('isFramed', () => {
  it('is false for the top-level page (jsdom runs one)', () => {
    expect(isFramed(window)).toBe(false);
  });

  // Mutation: isFramed returns view.self !== view.self (never framed) → this and the next fail.
  it('is true inside a frame, of this origin or another', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    expect(isFramed(frame.contentWindow!)).toBe(true);
    frame.remove();
  });

  it('is true when reading top throws (a sandboxed frame)', () => {
    const hostile = {
      get self() {
        return this;
      },
      get top(): never {
        throw new Error('blocked');
      },
    };
    expect(isFramed(hostile as unknown as Window)).toBe(true);
  });
});

describe('showFramedNotice', () => {
  it('replaces everything with the notice in both languages and a link that opens Shore in a new tab', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Sample QuickLoan ¥8,600.00</p>';
    showFramedNotice(root, 'https://shore.example/');
    expect(root.textContent).not.toContain('QuickLoan');
    const sections = [...root.querySelectorAll('section')];
    expect(sections.map((section) => section.lang)).toEqual(['zh-CN', 'en']);
    expect(sections[0]!.textContent).toContain('上岸不能在其他网页里打开');
    expect(sections[1]!.textContent).toContain('Shore does not open inside another page');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent, link.href, link.target, link.rel])).toEqual([
      [FRAMED_NOTICE[0].link, 'https://shore.example/', '_blank', 'noopener noreferrer'],
      [FRAMED_NOTICE[1].link, 'https://shore.example/', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('writes the texts as text, never as markup', () => {
    const root = document.createElement('div');
    showFramedNotice(root, 'https://shore.example/"><img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});
