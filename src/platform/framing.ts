/**
 * Shore refuses to run inside a frame (issue 13). Another page that frames Shore could overlay it,
 * trick the person into clicks (clickjacking) or simply show their debts inside a page they did
 * not choose. Hosts should forbid framing with headers (docs/deploy.md: `frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`), but a meta Content-Security-Policy cannot, so the app checks for
 * itself at startup, before any stored data is read, and shows only a plain notice in both
 * languages with a link that opens Shore on its own.
 */

/** True when this document is not the top-level page (a frame of any origin, the same one included). */
export function isFramed(view: Window): boolean {
  try {
    return view.self !== view.top;
  } catch {
    // Reading `top` can throw in some sandboxed frames: that is a frame too.
    return true;
  }
}

/** The notice's text, both languages shown together: the stored language is data, not read here. */
export const FRAMED_NOTICE = [
  {
    lang: 'zh-CN',
    title: '上岸不能在其他网页里打开',
    body: '为了保护你的数据，上岸只在自己的窗口里显示。请点下面的链接，单独打开上岸。',
    link: '单独打开上岸',
  },
  {
    lang: 'en',
    title: 'Shore does not open inside another page',
    body: 'To protect your data, Shore shows it only in its own window. Use the link below to open Shore on its own.',
    link: 'Open Shore on its own',
  },
] as const;

/** Replace `root`'s content with the notice; the link opens Shore's start page in a new tab. */
export function showFramedNotice(root: HTMLElement, startUrl: string): void {
  const document = root.ownerDocument;
  const main = document.createElement('main');
  main.className = 'page framed-notice';
  for (const text of FRAMED_NOTICE) {
    const section = document.createElement('section');
    section.className = 'card';
    section.lang = text.lang;
    const title = document.createElement('h1');
    title.textContent = text.title;
    const body = document.createElement('p');
    body.textContent = text.body;
    const link = document.createElement('a');
    link.href = startUrl;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = text.link;
    const linkLine = document.createElement('p');
    linkLine.append(link);
    section.append(title, body, linkLine);
    main.append(section);
  }
  root.replaceChildren(main);
}
