/** Issue 13's erase-and-lock strings in Chinese (keys and placeholders as in erase.en.ts). */
import type { EraseDict } from './erase.en';

export const eraseZhCN: EraseDict = {
  'error.damaged':
    '口令是对的，但文件已损坏，或保存后被改动过，无法打开。请改用这份备份的另一份副本（比如存在另一台设备上的那份）。',
  'error.tooLongInFile':
    '{field}最多{max}个字，这个文件里是{actual}个字（{path}）。上岸写出的备份不会这样，文件可能被改动过，请改用另一份备份。',
  'field.platform': '平台名称',
  'field.displayName': '客户姓名',
  'field.contractNumber': '合同编号',
  'field.callerName': '对方姓名',
  'field.counsellorName': '陪谈员姓名',
  'field.other': '一项文字',
  'tooLong.platform': '平台名称最多{max}个字，现在是{actual}个字。请改短一些。',
  'scrub.wipe':
    '正在请浏览器整理它的存储文件，好让删掉的数据不留在里面（我们测试时都清掉了，别的设备不一定）…请不要关闭页面。',
  'scrub.lock':
    '正在请浏览器整理它的存储文件，好让没加密的旧副本不留在里面（我们测试时都清掉了，别的设备不一定）…请不要关闭页面。',
  'unlock.wait': '密码已经连续输错{count}次。为了保护数据，请等{seconds}秒再试。',
  'unlock.waitButton': '{seconds}秒后可以再试',
  'unlock.ready': '现在可以再试了。',
  'afterErase.title': '浏览器可能还留着什么',
  'afterErase.measured':
    '“清除全部数据”和开启密码锁之后，上岸会请浏览器整理它的文件：先写入再删掉一些临时数据，让浏览器重写存过旧文字的文件。我们在电脑上的Chromium（156版，Chrome和Edge用的内核）中测过：输入7段测试文字，清除之后测了8次，开启密码锁之后测了8次，浏览器的文件里一段也没找到。这只是我们测到的结果，不是保证：文件怎么存由浏览器决定，换一台设备、换一个版本，或者数据多得多时，旧副本可能留得更久。催收记录里附的图片等文件不在这次测试里。其他浏览器我们没有测过。',
  'afterErase.clear': '想把浏览器为本网站留下的东西也删掉，请再到浏览器设置里删除本网站的数据：',
  'afterErase.chrome': 'Chrome或Edge：设置 → 隐私和安全 → 删除浏览数据 → 勾选“Cookie及其他网站数据”。',
  'afterErase.safari':
    'Safari：iPhone或iPad上打开“设置 → App → Safari浏览器 → 高级 → 网站数据”，删除本网站；Mac上打开Safari → 设置 → 隐私 → 管理网站数据。',
  'afterErase.firefox': 'Firefox：设置 → 隐私与安全 → Cookie和网站数据 → 管理数据，移除本网站。',
};
