import { Body, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { MailLocale } from "../mail-kinds";

const bodyStyle = { backgroundColor: "#ffffff", color: "#0f172a", fontFamily: "sans-serif" };
const containerStyle = { maxWidth: "560px", margin: "0 auto", padding: "24px" };

/**
 * What every message is drawn in: its language, the inbox preview line, one narrow column that
 * opens with an optional masthead, the heading and the paragraphs; the message adds the rest.
 */
export function MailFrame(props: {
  locale: MailLocale;
  preview: string;
  masthead?: ReactNode;
  heading: string;
  paragraphs: string[];
  children: ReactNode;
}) {
  return (
    <Html lang={props.locale} dir="ltr">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={bodyStyle}>
        <Container style={containerStyle}>
          {props.masthead}
          <Heading as="h1" style={{ fontSize: "22px" }}>
            {props.heading}
          </Heading>
          {props.paragraphs.map((paragraph) => (
            <Text key={paragraph}>{paragraph}</Text>
          ))}
          {props.children}
        </Container>
      </Body>
    </Html>
  );
}
