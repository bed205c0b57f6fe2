import "server-only";
import { foldAnswerText } from "./fold-answer-text";

export type DirectiveRange = { start: number; end: number };

// The patterns run on folded text (lower case, one space, no invisible characters). Each needs the
// text to address whoever grades it, or to ask for a score for this answer: words such as
// "score", "rated" or "점수" alone are everyday interview vocabulary.
const grader =
  "(?:grader|evaluator|scorer|examiner|assessor|ai|a\\.i\\.|assistant|language model|llm)";
const thisAnswer =
  "(?:me|this|this answer|this response|my answer|my response|the candidate|this candidate)";
const topScore =
  "(?:100|10 ?/ ?10|5 ?/ ?5|full (?:marks|points|score)|(?:a )?perfect (?:score|mark|rating|10|100)|(?:the )?(?:highest|top|maximum|max) (?:score|marks?|rating|grade|points))";

const englishDirectives = [
  /\b(?:ignore|disregard|forget|override)\b(?: (?:all|any|the|your|of|my))*(?: (?:previous|prior|above|earlier|preceding|original|other))? (?:instructions?|prompts?|rubrics?|system message)\b/,
  /\b(?:ignore|disregard|forget|override)\b(?: (?:all|any|the|your|of))* (?:previous|prior|above|earlier|preceding) (?:rules|guidelines|directions|criteria)\b/,
  new RegExp(
    `\\b(?:give|award|grant|assign)s? ${thisAnswer} (?:a |an |the )?(?:score of |grade of |rating of )?${topScore}`,
  ),
  // Without an object only as a request, since "we give the highest score to…" is how teams rank.
  new RegExp(`(?:^|[.!?] |please |kindly )(?:give|award|grant|assign) (?:a |the )?${topScore}`),
  new RegExp(
    `\\b(?:rate|score|grade|mark) ${thisAnswer}(?: (?:a|as|at|an|with))? (?:${topScore}|perfect|excellent|the best)`,
  ),
  /\b(?:this|my) (?:answer|response) (?:deserves|merits|earns|is worth|should (?:get|receive|be (?:given|scored|rated)))\b/,
  new RegExp(`\\bas (?:the|an?) ${grader},? (?:you|please)\\b`),
  new RegExp(`\\b(?:dear|hey|hi|hello|attention|note to(?: the)?) ${grader}\\b`),
  new RegExp(`\\byou are (?:now )?(?:an? |the )?${grader}\\b`),
  new RegExp(`\\b${grader}(?:[,:] please|,? you (?:must|should|need to|have to))\\b`),
  /\b(?:system prompt|new instructions:|developer message)/,
];

const koreanGive =
  "(?:을|를|으로|로)?\\s?(?:주세요|줘|주십시오|주시기|주셨으면|부탁|매겨 ?주|부여해 ?주|처리해 ?주)";

const koreanDirectives = [
  /(?:이|제|본|저의|내)\s?(?:답변|대답|응답)(?:에|에게|은|는|을|를|도)?.{0,12}(?:100|백|만)\s?점/,
  new RegExp(`만점${koreanGive}`),
  new RegExp(`(?:100|백)\\s?점${koreanGive}`),
  new RegExp(`(?:최고|최대|가장 높은)\\s?(?:점수|점)${koreanGive}`),
  /점수(?:를|는)?\s?(?:최고|최대|만점|100점)(?:으로|로)\s?(?:주|매겨|부여|처리)/,
  /(?:채점자|평가자|심사자)\s?(?:님|께|에게)/,
  /(?:ai|인공지능|언어 ?모델|어시스턴트)(?:님|야|여)(?=[\s,!.]|$)/,
  /(?:이전|앞의|위의|앞선|모든)\s?(?:의\s)?(?:지시|명령|지침|프롬프트)(?:사항)?(?:은|는|을|를|들을|들은)?\s?(?:모두\s|전부\s)?(?:무시|잊)/,
  /(?:지시|명령|지침|프롬프트)(?:사항)?(?:은|는|을|를)?\s?(?:모두\s|전부\s)?무시하/,
  /시스템\s?프롬프트/,
];

const allDirectives = [...englishDirectives, ...koreanDirectives];

/**
 * Where the text addresses the grader or asks for a score, as ranges of the original text. Both
 * languages' patterns run on every answer: an injected request can be in either.
 */
export function detectGraderDirectives(original: string): DirectiveRange[] {
  const folded = foldAnswerText(original);
  const ranges: DirectiveRange[] = [];
  for (const pattern of allDirectives) {
    for (const match of folded.text.matchAll(new RegExp(pattern.source, "g"))) {
      const last = match.index + Math.max(match[0].length, 1) - 1;
      ranges.push({
        start: folded.offsets[match.index] ?? 0,
        end: (folded.offsets[last] ?? original.length - 1) + 1,
      });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}
