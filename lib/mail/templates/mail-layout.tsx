import { Text } from "@react-email/components";
import type { MailKind, MailLocale, MailProps } from "../mail-kinds";
import { MailAction } from "./mail-action";
import { MailFrame } from "./mail-frame";
import { appAccentColor, smallTextStyle } from "./mail-styles";
import type { MailTemplate } from "./mail-template";

type LayoutWords = {
  subject: string;
  heading: string;
  paragraphs: string[];
  actionLabel: string;
  notes: string[];
};

/**
 * One plain layout for the app's own messages: a heading, a few paragraphs, the one action as a
 * button and as a visible address, then small notes.
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
    <MailFrame
      locale={props.locale}
      preview={props.preview}
      heading={props.heading}
      paragraphs={props.paragraphs}
    >
      <MailAction
        locale={props.locale}
        link={props.link}
        label={props.actionLabel}
        color={appAccentColor}
      />
      {props.notes.map((note) => (
        <Text key={note} style={smallTextStyle}>
          {note}
        </Text>
      ))}
    </MailFrame>
  );
}

/** A message whose words, in the recipient's language, are laid out in MailLayout around its link. */
export function layoutMailTemplate<K extends MailKind>(options: {
  words: (input: { locale: MailLocale; props: MailProps<K> }) => LayoutWords;
  preview: (words: LayoutWords) => string | undefined;
}): MailTemplate<K> {
  return ({ locale, props }) => {
    const words = options.words({ locale, props });
    return {
      subject: words.subject,
      element: (
        <MailLayout
          locale={locale}
          preview={options.preview(words) ?? ""}
          link={props.link}
          {...words}
        />
      ),
    };
  };
}
