// Obligations of one paragraph: its sentences, then its enumerated items, which inherit
// the subject and modality of the lead-in sentence (`履行下列职责：（一）…`).
import type { Item, Paragraph } from '@luyue/regulation-parser';
import type { Modality } from './types';
import { startsWithPredicate } from './grammar/pos';
import { wordAt } from './grammar/phrase';
import { DEPARTMENT } from './grammar/agentive';
import { stripEnumerator, stripMarkup, stripUnitLabel } from './text/normalize';
import { maskQuoted, splitSentences } from './text/segment';
import { analyzeSentence, type Chain, type Found, type SentenceContext } from './sentence/analyze';
import { scanBody } from './sentence/bodies';
import { expandSubject } from './sentence/subjects';
import { findEncouragement, findModal } from './sentence/modality';
import { isExcluded } from './sentence/exclusions';

export interface FoundInParagraph extends Found {
  item: number | null;
  subitem: number | null;
}

interface LeadIn {
  subjects: string[];
  modality: Modality;
  /** The lead-in states a duty with a modal verb of its own (`禁止在下列地区…：`), not only an actor. */
  modal: boolean;
  /** Obligations of the lead-in sentence before the one that introduces the list. */
  before: Found[];
}

const LISTS_THINGS = /(下列|以下)(条件|材料|资料|文件|证明|内容|信息|事项|要求|标准)/;
// Verbs that open a required action in a list of conditions (`（一）符合…要求；（二）配置…`).
const ACTS = /(下列|以下)(行为|职责|义务)/;
// Nouns naming a list of powers, whose items may be noun-led (`（一）现场检查`).
const POWERS = /(下列|以下|如下)(措施|职权|权力|权限)/;
const ITEM_VERBS = /^(符合|避开|配置|配备|保持|遵守|不得|禁止)/;
const FIRST_ITEM = /（一）/;
const INLINE_ITEM = /（([一二三四五六七八九十]+)）/g;
const CN_ORDINAL = '一二三四五六七八九十';

/** Items the parser left inline in the paragraph text (`…：（一）…；（二）…`). */
function inlineItems(text: string): Item[] {
  const marks = [...text.matchAll(INLINE_ITEM)].filter((m) => m.index && /[：；。]$/.test(text.slice(0, m.index)));
  return marks.map((m, i) => ({
    number: CN_ORDINAL.indexOf(m[1]) + 1 || i + 1,
    text: text.slice(m.index, i + 1 < marks.length ? marks[i + 1].index : text.length),
    subitems: [],
  }));
}

function itemModality(text: string, lead: Modality, ctx: SentenceContext, leadModal = false): Modality {
  const masked = maskQuoted(text);
  const enc = findEncouragement(masked);
  // A modal verb in the lead-in (`应当履行下列职责：（一）支持…`) governs its items over 支持/鼓励.
  if (enc?.index === 0 && !leadModal) return ctx.mode === 'task' && !enc.word.startsWith('鼓励') ? 'must' : 'encouraged';
  const modal = findModal(masked);
  if (modal && modal.modality !== 'must' && modal.index < 12) return modal.modality;
  return lead;
}

/** The lead-in's actor and modality; a lead-in naming a sanction or definitions gives no items. */
function readLeadIn(sentence: string, ctx: SentenceContext, carried: string[] | null): LeadIn | null {
  if (/含义|用语/.test(sentence)) return null;
  // `有下列行为之一的` conditions a sanction; `不得有下列行为：`, `禁止下列行为：` head a list of prohibitions.
  const list = /(下列|以下)(行为|情形)/.exec(sentence);
  if (list && !findModal(maskQuoted(sentence.slice(0, list.index)))) return null;
  const { found, bound } = analyzeSentence(sentence, ctx, carried);
  const last = found[found.length - 1];
  if (last) {
    const subjects = last.subjects.length || found.length > 1 ? last.subjects : (bound ?? []);
    return { subjects, modality: last.modality, modal: last.kind === 'modal', before: found.slice(0, -1) };
  }
  const n = scanBody(sentence, ctx.heads);
  return n ? { subjects: expandSubject(sentence.slice(0, n), ctx.aliases), modality: 'must', modal: false, before: [] } : null;
}

/** An item that names its own actor before a duty verb (`（二）X部门负责…`) binds that actor, not the lead-in's. */
function ownSubject(text: string, ctx: SentenceContext): string[] | null {
  const verbNoun = wordAt(text, 0)?.tag === 'vn';
  let n = startsWithPredicate(text) && !verbNoun ? 0 : scanBody(text, ctx.heads);
  // An item opening with a verb-noun may still name a department (`体育行政部门负责…`), not a party it acts on.
  if (verbNoun && n && !DEPARTMENT.test(text.slice(0, n))) n = 0;
  if (!n) return null;
  const rest = maskQuoted(text.slice(n));
  const modal = findModal(rest);
  return startsWithPredicate(rest) || modal?.index === 0 ? expandSubject(text.slice(0, n), ctx.aliases) : null;
}

/** Items that mostly open with a verb list duties; items naming things (disputes, documents) do not. */
function listsActions(items: Item[], ctx: SentenceContext, lead = ''): boolean {
  // `不得有下列行为：`, `履行以下职责：`: the lead-in says its items are acts.
  if (ACTS.test(lead)) return true;
  const verbs = items.filter((item) => {
    const text = stripEnumerator(stripMarkup(item.text));
    return startsWithPredicate(text) || ITEM_VERBS.test(text) || ownSubject(text, ctx);
  }).length;
  return verbs * 2 >= items.length;
}

/** One obligation per item; an item that introduces sub-items (`…：1.…2.…`) gives one per sub-item. */
function fromItem(item: Item, header: LeadIn, ctx: SentenceContext): FoundInParagraph[] {
  const text = stripEnumerator(stripMarkup(item.text));
  const own = (t: string, subitem: number | null): FoundInParagraph => ({
    text: t,
    modality: itemModality(t, header.modality, ctx, header.modal),
    subjects: ownSubject(t, ctx) ?? header.subjects,
    co: [],
    kind: 'duty',
    item: item.number,
    subitem,
  });
  if (item.subitems.length && /：$/.test(text.split(/[0-9０-９]+[.．、]/)[0])) {
    return item.subitems.map((sub) => own(stripEnumerator(stripMarkup(sub.text)), sub.number)).filter((f) => f.text);
  }
  return text ? [own(text, null)] : [];
}

export function extractParagraph(paragraph: Paragraph, ctx: SentenceContext, skipTitle: boolean): FoundInParagraph[] {
  const text = stripUnitLabel(stripMarkup(paragraph.text));
  const items = paragraph.items.length ? paragraph.items : inlineItems(text);
  const firstItem = items.length ? text.search(FIRST_ITEM) : -1;
  const lead = firstItem >= 0 ? text.slice(0, firstItem) : text;
  const sentences = splitSentences(lead).map((s) => s.text);
  const out: FoundInParagraph[] = [];
  let carried: string[] | null = null;
  let leadIn: LeadIn | null = null;
  let leadText = '';
  let chain: Chain | null = null;
  for (const [i, sentence] of sentences.entries()) {
    if (i === 0 && skipTitle && !/[，,]/.test(sentence) && sentence.length <= 30) continue;
    if (isExcluded(sentence)) continue;
    // `应当提交下列材料：` is one duty; its items are documents or conditions, not duties
    // (unless the conditions are themselves actions: `应当符合下列条件：（一）设置…`).
    const listsThings = LISTS_THINGS.test(sentence) && !listsActions(items, ctx);
    if (items.length && i === sentences.length - 1 && sentence.endsWith('：') && !listsThings) {
      leadIn = readLeadIn(sentence, ctx, carried);
      leadText = sentence;
      out.push(...(leadIn?.before ?? []).map((f) => ({ ...f, item: null, subitem: null })));
      continue;
    }
    const { found, bound } = analyzeSentence(sentence, ctx, carried, chain);
    out.push(...found.map((f) => ({ ...f, item: null, subitem: null })));
    carried = bound ?? carried;
    const last = found[found.length - 1];
    // An agent (`由X审批；`) binds only its own clause: a following imperative does not inherit it.
    chain = sentence.endsWith('；') && last && last.kind !== 'agent' ? { subjects: bound ?? [], modality: last.modality } : null;
  }
  const header: LeadIn | null = leadIn;
  if (!header) return out;
  // `可以采取下列措施：（一）查阅…资料；（二）…`: a list of powers is one permission per item, noun-led or not.
  // The lead-in must name acts (`下列措施/职权`); `可以划定下列区域：` lists places, one duty.
  const powers = header.modal && header.modality === 'may' && POWERS.test(leadText);
  if (powers || listsActions(items, ctx, leadText)) {
    for (const item of items) out.push(...fromItem(item, header, ctx));
  } else if (header.modal) {
    // `禁止在下列地区…：（一）耕地…`: items naming places or things complete the lead-in's one duty.
    const { modality, subjects } = header;
    out.push({ text: leadText + text.slice(firstItem), modality, subjects, co: [], kind: 'modal', item: null, subitem: null });
  }
  return out;
}
