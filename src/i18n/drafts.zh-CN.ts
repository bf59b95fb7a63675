/** 草稿（问题13）的中文文案：表单找回上次没保存的内容时的提示，以及放弃这些内容的按钮。 */
import type { DraftsDict } from './drafts.en';

export const draftsZhCN: DraftsDict = {
  'draft.restored': '已恢复你上次没保存的内容。',
  'draft.discard': '放弃这些内容',
  'draft.filesNotKept': '选好的文件要保存后才会留下；没保存就离开，回来后要重新选择。',
};
