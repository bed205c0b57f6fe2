import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { MailLocale } from "../mail-kinds";

const bodyStyle = { backgroundColor: "#ffffff", color: "#0f172a", fontFamily: "sans-serif" };
const containerStyle = { maxWidth: "560px", margin: "0 auto", padding: "24px" };
const smallStyle = { color: "#475569", fontSize: "13px", lineHeight: "20px" };
const termStyle = { fontWeight: 600, margin: "12px 0 0" };
const detailStyle = { color: "#334155", fontSize: "14px", lineHeight: "21px", margin: "4px 0 0" };

const copyLinkLabel: Record<MailLocale, string> = {
  en: "If the button does not work, open this address:",
  ko: "버튼이 열리지 않으면 이 주소를 여세요:",
};

/**
 * The candidate's messages: the company's logo and colour on top, the facts, the one action as
 * a button and as a visible address, and the way to stop reminders at the foot.
 */
export function CandidateMailLayout(props: {
  locale: MailLocale;
  preview: string;
  companyName: string;
  logoUrl: string | null;
  accentColor: string;
  heading: string;
  paragraphs: string[];
  facts: { term: string; detail: string }[];
  actionLabel: string;
  link: string;
  optOut: { label: string; link: string };
}) {
  const buttonStyle = {
    backgroundColor: props.accentColor,
    borderRadius: "6px",
    color: "#ffffff",
    fontWeight: 600,
    padding: "12px 20px",
  };
  return (
    <Html lang={props.locale} dir="ltr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={bodyStyle}>
        <Container style={containerStyle}>
          {props.logoUrl ? (
            <Img src={props.logoUrl} alt={props.companyName} height="40" />
          ) : (
            <Text style={{ color: props.accentColor, fontWeight: 700 }}>{props.companyName}</Text>
          )}
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {props.heading}
          </Heading>
          {props.paragraphs.map((paragraph) => (
            <Text key={paragraph}>{paragraph}</Text>
          ))}
          <Button href={props.link} style={buttonStyle}>
            {props.actionLabel}
          </Button>
          <Text style={smallStyle}>
            {copyLinkLabel[props.locale]} <Link href={props.link}>{props.link}</Link>
          </Text>
          {props.facts.length > 0 && (
            <Section>
              {props.facts.map((fact) => (
                <div key={fact.term}>
                  <Text style={termStyle}>{fact.term}</Text>
                  <Text style={detailStyle}>{fact.detail}</Text>
                </div>
              ))}
            </Section>
          )}
          <Text style={smallStyle}>
            <Link href={props.optOut.link}>{props.optOut.label}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
