/**
 * docs/sources.md keeps in step with what Shore shows (issue 15).
 *
 * - Every statement src/rules registers (`registeredStatements()`) has a row whose tier and
 *   verification are exactly what its sources give.
 * - No legal-looking text hides in src/rules outside those statements: every string literal of
 *   src/rules that looks like a citation (《…》, 第…条, GB/T, 据报道, a hotline number, "reportedly",
 *   "Article 5", …) must be part of a registered statement or of a source's own metadata.
 * - Every key of the script templates (src/scripts/templates) is classified: a row
 *   `template.<key>` or a name in the "no legal or factual statement" list, never both; a key in
 *   that list may not look like a citation in either language.
 * - Every rights-page text (src/i18n/rights.*.ts) that looks like a citation has a row
 *   `i18n.rights.<key>`.
 * - Rows use only the allowed tiers and verification levels (never 二手 / 未核); a row resting on
 *   多源一致 says so in the text (据… / reportedly); every row names something that exists.
 *
 * Proved once (2026-11, branch rules): adding the template key
 * `'cp.extra': 'Reportedly, Article 9 says…'` (and its zh twin) without a row failed
 * "every template key is classified"; adding a statement `S('ref.x', …)` to REFERENCE failed
 * "every registered statement has a row"; adding the literal '据报道，新规定…' to flags.ts
 * failed "no citation-like text in src/rules outside a registered statement".
 */
import { readFileSync, readdirSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rightsEn } from '../../src/i18n/rights.en';
import { rightsZhCN } from '../../src/i18n/rights.zh-CN';
import {
  SOURCES,
  TIER_LABEL,
  VERIFICATION_LABEL,
  registeredStatements,
  statementTiers,
  statementVerification,
  type Source,
  type Verification,
} from '../../src/rules';
import { en as templatesEn } from '../../src/scripts/templates/en';
import { zhCN as templatesZh } from '../../src/scripts/templates/zh-CN';

const DOC = readFileSync('docs/sources.md', 'utf8');

const ALLOWED_TIERS = ['law', 'regulation', 'national-standard', 'self-regulation', 'reported', 'advice'] as const;
const ALLOWED_VERIFICATION = ['原文已核', '多源一致', '—'] as const;
const VERIFICATION_MARK: Readonly<Record<Verification, string>> = {
  'verified-text': '原文已核',
  'multi-source': '多源一致',
};

/** Text that looks like a legal citation or a factual claim about a channel, in either language. */
const CITATION_ZH =
  /《|》|第[一二三四五六七八九十百千零〇\d]+条|据报道|据多|转载|GB\/T|国家标准|指引|条例|办法|民法典|法律(?!程序)|司法解释|(?<![\d.])(?:110|120|12315|12321|12356|12363|12377|12378)(?!\d)/;
const CITATION_EN =
  /[Rr]eportedly|\bArt(?:icle)?s?\.?\s*\d|GB\/T|Civil Code|\bLaw\b|[Gg]uideline|national standard|[Rr]egulations?\b|Measures|[Jj]udicial|(?<![\d.])(?:110|120|12315|12321|12356|12363|12377|12378)(?!\d)/;
const looksLikeCitation = (text: string): boolean => CITATION_ZH.test(text) || CITATION_EN.test(text);

interface Row {
  id: string;
  tiers: string[];
  verification: string[];
  note: string;
}

/** The lines of one `## heading` section of the doc. */
function section(heading: string): string[] {
  const lines = DOC.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Table rows `| \`id\` | where | gist | sources | tier | verification |` of the statements section. */
function statementRows(): Row[] {
  return section('Statements')
    .filter((line) => /^\|\s*`[^`]+`\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const split = (cell: string | undefined) => (cell ?? '').split(/\s*[;+]\s*/).filter((part) => part !== '');
      return {
        id: (cells[1] ?? '').replace(/`/g, ''),
        tiers: split(cells[5]),
        verification: split(cells[6]),
        note: cells[7] ?? '',
      };
    });
}

/** Backticked names in a section. */
function namesIn(heading: string): string[] {
  return section(heading).flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''));
}

const rows = statementRows();
const rowById = new Map(rows.map((row) => [row.id, row] as const));
const statements = registeredStatements();
const templateKeys = Object.keys(templatesEn) as (keyof typeof templatesEn)[];
const rightsKeys = Object.keys(rightsEn) as (keyof typeof rightsEn)[];
const noClaim = new Set(namesIn('Template keys without a legal or factual statement'));

/** Every string literal (and template literal piece) in a TypeScript file. */
function literalsOf(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('docs/sources.md', () => {
  it('rows are unique and use only allowed tiers and verification levels', () => {
    const ids = rows.map((row) => row.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.tiers.length, row.id).toBeGreaterThan(0);
      for (const tier of row.tiers) expect(ALLOWED_TIERS, `${row.id}: ${tier}`).toContain(tier);
      for (const level of row.verification) expect(ALLOWED_VERIFICATION, `${row.id}: ${level}`).toContain(level);
      // Advice cites nothing and claims no verification; anything else names how it was verified.
      const advice = row.tiers.length === 1 && row.tiers[0] === 'advice';
      expect(row.verification, row.id).toEqual(advice ? ['—'] : row.verification.filter((v) => v !== '—'));
      expect(row.verification.length, row.id).toBeGreaterThan(0);
    }
  });

  it('every registered statement has a row at the tier and verification its sources give', () => {
    const missing = statements.filter((s) => !rowById.has(s.id)).map((s) => s.id);
    expect(missing).toEqual([]);
    for (const statement of statements) {
      const row = rowById.get(statement.id);
      expect([...(row?.tiers ?? [])].sort(), statement.id).toEqual(statementTiers(statement));
      const levels = statementVerification(statement).map((v) => VERIFICATION_MARK[v]);
      expect([...(row?.verification ?? [])].sort(), statement.id).toEqual(levels.length > 0 ? levels.sort() : ['—']);
    }
  });

  it('every row names a registered statement, a template key or a rights-page text', () => {
    const known = new Set([
      ...statements.map((s) => s.id),
      ...templateKeys.map((key) => `template.${key}`),
      ...rightsKeys.map((key) => `i18n.rights.${key}`),
    ]);
    expect(rows.map((row) => row.id).filter((id) => !known.has(id))).toEqual([]);
    expect([...noClaim].filter((key) => !(key in templatesEn))).toEqual([]);
  });

  it('every template key is classified: a row or the no-claim list, never both', () => {
    const unclassified = templateKeys.filter((key) => !rowById.has(`template.${key}`) && !noClaim.has(key));
    expect(unclassified).toEqual([]);
    const both = templateKeys.filter((key) => rowById.has(`template.${key}`) && noClaim.has(key));
    expect(both).toEqual([]);
  });

  it('no template on the no-claim list looks like a citation, in either language', () => {
    const citing = [...noClaim].filter((key) => {
      const name = key as keyof typeof templatesEn;
      return looksLikeCitation(templatesEn[name]) || looksLikeCitation(templatesZh[name]);
    });
    expect(citing).toEqual([]);
  });

  it('every rights-page text that looks like a citation has a row', () => {
    const missing = rightsKeys.filter(
      (key) =>
        (looksLikeCitation(rightsEn[key]) || looksLikeCitation(rightsZhCN[key])) && !rowById.has(`i18n.rights.${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('rows resting on 多源一致 say "reported" in both languages', () => {
    const text = (id: string): { zh: string; en: string } | undefined => {
      if (id.startsWith('template.')) {
        const key = id.slice('template.'.length) as keyof typeof templatesEn;
        return { zh: templatesZh[key], en: templatesEn[key] };
      }
      if (id.startsWith('i18n.rights.')) {
        const key = id.slice('i18n.rights.'.length) as keyof typeof rightsEn;
        return { zh: rightsZhCN[key], en: rightsEn[key] };
      }
      return statements.find((s) => s.id === id)?.text;
    };
    const unhedged = rows
      .filter((row) => row.verification.includes('多源一致') && !row.note.includes('⚠ not hedged'))
      .filter((row) => {
        const t = text(row.id);
        return t === undefined || !/据|转载/.test(t.zh) || !/report/i.test(t.en);
      })
      .map((row) => row.id);
    expect(unhedged).toEqual([]);
  });

  it('lists every source the rules cite', () => {
    const listed = new Set(namesIn('Sources'));
    expect(Object.keys(SOURCES).filter((id) => !listed.has(id))).toEqual([]);
  });

  it('no citation-like text in src/rules outside a registered statement or a source’s own metadata', () => {
    const metadata = new Set<string>([
      ...Object.values(SOURCES as Record<string, Source>).flatMap((source) =>
        [source.title, source.article, source.dates].flatMap((part) => (part ? [part.zh, part.en] : [])),
      ),
      ...Object.values(TIER_LABEL).flatMap((label) => [label.zh, label.en]),
      ...Object.values(VERIFICATION_LABEL).flatMap((label) => [label.zh, label.en]),
    ]);
    const texts = statements.flatMap((s) => [s.text.zh, s.text.en]);
    const files = readdirSync('src/rules').filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'testing.ts',
    );
    expect(files.length).toBeGreaterThan(5);
    const stray = files.flatMap((name) =>
      literalsOf(`src/rules/${name}`)
        .filter((literal) => !/^[\w.-]+$/.test(literal))
        .filter((literal) => looksLikeCitation(literal) && !metadata.has(literal))
        .filter((literal) => !texts.some((text) => text.includes(literal)))
        .map((literal) => `${name}: ${literal}`),
    );
    expect(stray).toEqual([]);
  });
});
