import { Img, Link, Section, Text } from "@react-email/components";
import type { CandidateMailProps } from "../candidate-mail-props";
import type { MailLocale } from "../mail-kinds";
import { describeDuration, formatDeadline } from "./candidate-mail-facts";
import { MailAction } from "./mail-action";
import { MailFrame } from "./mail-frame";
import { smallTextStyle } from "./mail-styles";
import type { MailTemplate } from "./mail-template";

const termStyle = { fontWeight: 600, margin: "12px 0 0" };
const detailStyle = { color: "#334155", fontSize: "14px", lineHeight: "21px", margin: "4px 0 0" };

// Every candidate message carries the same action and the same way out of reminders.
const footLabels = {
  en: { action: "Start the interview", optOut: "No more reminders about this interview" },
  ko: { action: "면접 시작하기", optOut: "이 면접에 대한 알림 그만 받기" },
} satisfies Record<MailLocale, unknown>;

type CandidateWords = { subject: string; heading: string; paragraphs: string[] };
type Fact = { term: string; detail: string };

/**
 * The candidate's messages: the company's logo and colour on top, the facts, the one action as
 * a button and as a visible address, and the way to stop reminders at the foot.
 */
function CandidateMailLayout(props: {
  locale: MailLocale;
  mail: CandidateMailProps;
  preview: string;
  words: CandidateWords;
  facts: Fact[];
}) {
  const { mail } = props;
  const labels = footLabels[props.locale];
  const masthead = mail.logoUrl ? (
    <Img src={mail.logoUrl} alt={mail.companyName} height="40" />
  ) : (
    <Text style={{ color: mail.accentColor, fontWeight: 700 }}>{mail.companyName}</Text>
  );
  return (
    <MailFrame
      locale={props.locale}
      preview={props.preview}
      masthead={masthead}
      heading={props.words.heading}
      paragraphs={props.words.paragraphs}
    >
      <MailAction
        locale={props.locale}
        link={mail.link}
        label={labels.action}
        color={mail.accentColor}
      />
      {props.facts.length > 0 && (
        <Section>
          {props.facts.map((fact) => (
            <div key={fact.term}>
              <Text style={termStyle}>{fact.term}</Text>
              {/* A blank line in a detail starts a paragraph (the AI notice has several). */}
              {fact.detail.split("\n\n").map((paragraph, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, never reordered
                <Text key={index} style={detailStyle}>
                  {paragraph}
                </Text>
              ))}
            </div>
          ))}
        </Section>
      )}
      <Text style={smallTextStyle}>
        <Link href={mail.optOutLink}>{labels.optOut}</Link>
      </Text>
    </MailFrame>
  );
}

/**
 * A candidate message from its words per language, given the deadline in the candidate's zone and
 * how long the interview takes; `facts` are listed under the action.
 */
export function candidateMailTemplate<
  K extends "candidate-invitation" | "candidate-reminder",
>(options: {
  copy: Record<
    MailLocale,
    (props: CandidateMailProps, deadline: string, duration: string) => CandidateWords
  >;
  preview: (words: CandidateWords) => string | undefined;
  facts: (locale: MailLocale, props: CandidateMailProps) => Fact[];
}): MailTemplate<K> {
  return ({ locale, props }) => {
    const words = options.copy[locale](
      props,
      formatDeadline(locale, props.deadline, props.timeZone),
      describeDuration(locale, props),
    );
    return {
      subject: words.subject,
      element: (
        <CandidateMailLayout
          locale={locale}
          mail={props}
          preview={options.preview(words) ?? ""}
          words={words}
          facts={options.facts(locale, props)}
        />
      ),
    };
  };
}
