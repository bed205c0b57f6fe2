// The XML bodies of the S3 operations the fake serves, as the SDK's parsers expect them.

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const header = '<?xml version="1.0" encoding="UTF-8"?>';
const namespace = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

export function errorXml(code: string, message: string): string {
  return `${header}<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
}

export function listResultXml(options: {
  bucket: string;
  prefix: string;
  contents: { key: string; size: number }[];
  isTruncated: boolean;
}): string {
  const contents = options.contents
    .map((c) => `<Contents><Key>${escapeXml(c.key)}</Key><Size>${c.size}</Size></Contents>`)
    .join("");
  const last = options.contents.at(-1)?.key;
  const next =
    options.isTruncated && last
      ? `<NextContinuationToken>${escapeXml(last)}</NextContinuationToken>`
      : "";
  return `${header}<ListBucketResult ${namespace}><Name>${escapeXml(options.bucket)}</Name><Prefix>${escapeXml(options.prefix)}</Prefix><KeyCount>${options.contents.length}</KeyCount><IsTruncated>${options.isTruncated}</IsTruncated>${next}${contents}</ListBucketResult>`;
}

export function parseDeleteKeys(xml: string): string[] {
  return [...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => unescapeXml(match[1] ?? ""));
}

export function deleteResultXml(): string {
  return `${header}<DeleteResult ${namespace}></DeleteResult>`;
}
