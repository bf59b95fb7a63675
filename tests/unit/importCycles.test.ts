/**
 * No import circle anywhere in src/ (issue 19): storage once had db ↔ cryptoRecords ↔ lock ↔
 * transactions. Every static `import … from './x'` and `export … from './x'` between the
 * project's own files counts, type-only ones included (a circle of types is still a circle a
 * reader has to untangle); `import('./x')` loads lazily and does not. Tests are left out.
 *
 * The imports are read with the TypeScript compiler's parser (no regular expressions), and the
 * circles found by a depth-first search written here.
 *
 * Break (2026-12-04, branch trust): added `import { inTransaction } from './transactions';` to
 * src/storage/db.ts (transactions.ts imports types from db.ts) → "src has no import circle" failed
 * naming storage/db.ts → storage/transactions.ts → storage/db.ts; removed again → passes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Graph = ReadonlyMap<string, readonly string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file a relative specifier names, as TypeScript resolves it here (x.ts, x.tsx, x/index.ts). */
function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

/** Each file's static imports and re-exports of other files of the project. */
function importGraph(dir: string): Graph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(resolve(dir))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const targets: string[] = [];
    for (const statement of source.statements) {
      const specifier =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
          ? statement.moduleSpecifier
          : undefined;
      if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
        const target = resolveLocal(file, specifier.text);
        if (target !== undefined) targets.push(target);
      }
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle a depth-first search meets, each as the path that closes it (first = last). */
function findCycles(graph: Graph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (state.get(next) === undefined) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (state.get(node) === undefined) visit(node);
  return cycles;
}

describe('import circles', () => {
  it('the search finds a circle of four, a file importing itself, and none in a chain', () => {
    const circle = new Map([
      ['db', ['cryptoRecords']],
      ['cryptoRecords', ['lock']],
      ['lock', ['transactions']],
      ['transactions', ['db']],
    ]);
    expect(findCycles(circle)).toEqual([['db', 'cryptoRecords', 'lock', 'transactions', 'db']]);
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a', 'a']]);
    const chain = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(chain)).toEqual([]);
  });

  it('reads the files it should: storage’s db.ts imports cryptoRecords.ts and stores.ts', { timeout: 30_000 }, () => {
    const graph = importGraph('src/storage');
    const db = resolve('src/storage/db.ts');
    expect(graph.get(db)).toEqual(
      expect.arrayContaining([resolve('src/storage/cryptoRecords.ts'), resolve('src/storage/stores.ts')]),
    );
  });

  it('src has no import circle', { timeout: 60_000 }, () => {
    const cycles = findCycles(importGraph('src')).map((cycle) =>
      cycle.map((file) => relative(resolve('src'), file)).join(' → '),
    );
    expect(cycles).toEqual([]);
  });
});
