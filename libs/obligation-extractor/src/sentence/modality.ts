// Cue words that set an obligation's modality.
import type { Modality } from '../types';

export interface Cue {
  modality: Modality;
  /** Position of the cue word in the clause. */
  index: number;
  word: string;
  kind: 'modal' | 'encourage';
}

// Modal verbs, with guards against the same characters inside ordinary words
// (相应, 应用, 需要, 重要, 要求, 许可, 可持续, 可复制…).
const MODALS: Array<{ re: RegExp; modality: Modality }> = [
  // 禁止 inside a noun phrase (`在禁止…区域内`, `对禁止…场所的管理`, `…和禁止…的标志`) names a kind of place or sign.
  {
    re: /不得|不允许|(?<![在对于向为从的和与及、])禁止(?![^，。；]{0,4}?(区域|场所|标志|标识|区内|区的))|严禁|不准|不应当|不应(?![用急对])/,
    modality: 'must_not',
  },
  {
    re: /应当|必须|(?<![相适响供对效反回呼感顺理照])应(?![用急对变收付邀运纳届试聘征激])|(?<![必无])须(?!知)|(?<![主需重纲必摘首只概简扼提紧])要(?![求素点件害地闻员务])/,
    modality: 'must',
  },
  // Bare 可 is a modal verb only outside adjective compounds (可持续, 可复制可推广, 可追溯…).
  {
    // 允许 grants a permission, except inside a 的-phrase (`允许…的地区`).
    re: /(?<!不)允许(?![^，。；]{0,10}的)|可以|(?<![许认不宁的、为以])可(?!持续|复制|推广|接续|再生|控|靠|能|行|视|信|及|见|疑|观|口|乐|惜|比|塑|变|用|燃|追溯|溯|计量|核查|量化|执行|操作|降解|回收|交易|穿戴|移动|替代|负担|承受|预期|感知|信赖|[^，。；]{0,3}可)/,
    modality: 'may',
  },
];

const ENCOURAGE = /鼓励|支持(?!力度|和帮助)|引导|倡导|提倡/;

function firstMatch(re: RegExp, text: string): { index: number; word: string } | null {
  const m = re.exec(text);
  return m ? { index: m.index, word: m[0] } : null;
}

/** The first modal verb (应当, 不得, 可以…) of a clause whose quoted text is masked. */
export function findModal(masked: string): Cue | null {
  let best: Cue | null = null;
  for (const { re, modality } of MODALS) {
    const m = firstMatch(re, masked);
    if (m && (!best || m.index < best.index)) best = { modality, index: m.index, word: m.word, kind: 'modal' };
  }
  return best;
}

/** The first 鼓励/支持/引导/倡导 of a clause, with any chained cue (`鼓励和支持`) in `word`. */
export function findEncouragement(masked: string): Cue | null {
  const m = firstMatch(ENCOURAGE, masked);
  if (!m) return null;
  const chained = /^(鼓励|支持|引导|倡导|提倡)(?:(?:和|、|并)?(?:鼓励|支持|引导|倡导|提倡))*/.exec(masked.slice(m.index));
  const word = chained ? chained[0] : m.word;
  // `政府引导、市场运作`, `智力支持和…`: the word used as a noun, not as a verb.
  if (/^[、，。；：和的]/.test(masked.slice(m.index + word.length))) return null;
  return { modality: 'encouraged', index: m.index, word, kind: 'encourage' };
}
