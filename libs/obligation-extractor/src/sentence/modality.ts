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
  { re: /不得|禁止|严禁|不准|不应当|不应(?![用急对])/, modality: 'must_not' },
  {
    re: /应当|必须|(?<![相适响供对效反回呼感顺理照])应(?![用急对变收付邀运])|(?<![必无])须(?!知)|(?<![主需重纲必摘首只概简扼提紧])要(?![求素点件害地闻员务])/,
    modality: 'must',
  },
  { re: /可以|(?<![许认不宁])可(?![持复推控靠能行视信及见疑观口乐惜比])/, modality: 'may' },
];

const ENCOURAGE = /鼓励|支持(?!力度|和帮助)|引导|倡导/;

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
  const chained = /^(鼓励|支持|引导|倡导)(?:(?:和|、|并)?(?:鼓励|支持|引导|倡导))*/.exec(masked.slice(m.index));
  return { modality: 'encouraged', index: m.index, word: chained ? chained[0] : m.word, kind: 'encourage' };
}
