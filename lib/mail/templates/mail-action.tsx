import { Button, Link, Text } from "@react-email/components";
import type { MailLocale } from "../mail-kinds";
import { smallTextStyle } from "./mail-styles";

const copyLinkLabel: Record<MailLocale, string> = {
  en: "If the button does not work, open this address:",
  ko: "버튼이 열리지 않으면 이 주소를 여세요:",
};

/** The message's one action as a button in the given colour. */
export function ActionButton(props: { link: string; label: string; color: string }) {
  const style = {
    backgroundColor: props.color,
    borderRadius: "6px",
    color: "#ffffff",
    fontWeight: 600,
    padding: "12px 20px",
  };
  return (
    <Button href={props.link} style={style}>
      {props.label}
    </Button>
  );
}

/**
 * The button and the same address again, visible (screen readers, plain-text clients and filters
 * that strip buttons).
 */
export function MailAction(props: {
  locale: MailLocale;
  link: string;
  label: string;
  color: string;
}) {
  return (
    <>
      <ActionButton link={props.link} label={props.label} color={props.color} />
      <Text style={smallTextStyle}>
        {copyLinkLabel[props.locale]} <Link href={props.link}>{props.link}</Link>
      </Text>
    </>
  );
}
