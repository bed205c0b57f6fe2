import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Link,
  Preview,
  Text,
} from "@react-email/components";
import type { MailLocale } from "../mail-kinds";

const bodyStyle = { backgroundColor: "#ffffff", color: "#0f172a", fontFamily: "sans-serif" };
const containerStyle = { maxWidth: "560px", margin: "0 auto", padding: "24px" };
const buttonStyle = {
  backgroundColor: "#4338ca",
  borderRadius: "6px",
  color: "#ffffff",
  fontWeight: 600,
  padding: "12px 20px",
};
const smallStyle = { color: "#475569", fontSize: "13px", lineHeight: "20px" };

const copyLinkLabel: Record<MailLocale, string> = {
  en: "If the button does not work, open this address:",
  ko: "버튼이 열리지 않으면 이 주소를 여세요:",
};

/**
 * One plain layout for every message: a heading, a few paragraphs, the one action as a button and
 * again as a visible address (screen readers, plain-text clients and filters that strip buttons).
 */
export function MailLayout(props: {
  locale: MailLocale;
  preview: string;
  heading: string;
  paragraphs: string[];
  actionLabel: string;
  link: string;
  notes: string[];
}) {
  return (
    <Html lang={props.locale} dir="ltr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={bodyStyle}>
        <Container style={containerStyle}>
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
          {props.notes.map((note) => (
            <Text key={note} style={smallStyle}>
              {note}
            </Text>
          ))}
        </Container>
      </Body>
    </Html>
  );
}
