import { Decoder } from "ts-ebml";

/** A WebM cut after its first audio block: what a question left at once uploads. */
export function cutAfterFirstBlock(webm: Buffer): Buffer {
  const arrayBuffer = webm.buffer.slice(webm.byteOffset, webm.byteOffset + webm.length);
  const firstBlock = new Decoder()
    .decode(arrayBuffer as ArrayBuffer)
    .find((element) => element.name === "SimpleBlock");
  return webm.subarray(0, firstBlock?.dataEnd ?? 0);
}
