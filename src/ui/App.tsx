/**
 * The first page: a calm welcome that says where the person's data lives.
 * The planner screens arrive with issue 4; this page proves the build, the CSP and the tests.
 */
export function App() {
  return (
    <main class="welcome">
      <h1 class="brand">上岸 Shore</h1>
      <p lang="zh-CN">一个平台一个平台地还清欠款。你输入的一切只保存在这台设备上。</p>
      <p lang="en">Repay one platform at a time. Everything you enter stays on this device.</p>
    </main>
  );
}
