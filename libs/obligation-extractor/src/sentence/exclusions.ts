// Sentences that are never obligations: purpose, scope, effective date, definitions,
// generic referrals and sanctions (annotation guide, "What is NOT an obligation").
import { maskQuoted } from '../text/segment';
import { findModal } from './modality';

const NOT_OBLIGATION = [
  /制定本(条例|规定|办法|方案|决定|细则|法)/,
  /适用本(条例|规定|办法|细则|法)|本(条例|规定|办法|细则|法)适用于/,
  /本(条例|规定|办法|细则|决定|方案|法)自[^，。]*(施行|实施)/,
  /所称[^，。]*是指|本(条例|规定|办法|法)所称|是指/,
  // `…的行为，视为吸烟`: a deeming clause defines; it orders nothing.
  /(^|，)视为/,
  /追究[^，。]*(刑事|法律)责任|给予[^，。]*处分|处[^，。]*罚款|责令[^，。]*改正|没收|吊销|警告|拘留/,
  // Sanctions: `由X依法予以处罚`, `给予…处罚`, `不予行政处罚`.
  /(予以|给予|不予)[^，。；]{0,12}处罚/,
  // Principles of a field of work and duties of society at large are no actor's obligation.
  /^[^，。；]{0,40}(工作|方针)(应当)?(坚持|遵循|贯彻)|实行[^。；]*的原则[。；]?$/,
  /^(全社会|社会各界|全体公民)/,
  /^违反本(条例|规定|办法|细则|法)/,
  /从其规定/,
  /由[^，。]*(组成|构成)。?$/,
];

/** `…的，按照国家规定执行。`: a referral to other rules with no actor. */
const REFERRAL = /(^|，)(依照|按照)[^，由]*执行[。；]?$/;

/** `任何单位和个人都有权…`: a right, not a duty, when no modal verb comes before 有权. */
function isRight(sentence: string): boolean {
  const at = sentence.indexOf('有权');
  return at >= 0 && !findModal(maskQuoted(sentence.slice(0, at)));
}

export function isExcluded(sentence: string): boolean {
  return NOT_OBLIGATION.some((re) => re.test(sentence)) || (REFERRAL.test(sentence) && !sentence.includes('由')) || isRight(sentence);
}
