/** 每个页面（包括锁屏和快速隐藏后的页面）上都有的求助按钮的中文文字（类型与 crisis.en.ts 对齐）。 */
import type { CrisisDict } from './crisis.en';

export const crisisZhCN: CrisisDict = {
  'crisis.open': '需要帮助？',
  'crisis.close': '收起',
};
