// Microphone audio as 16 kHz mono linear16 chunks. Raw PCM rather than MediaRecorder's webm:
// a container stream cannot be resumed on a new socket mid-way, raw samples can, so a reconnect
// loses nothing.
export const pcmSampleRate = 16_000;
const chunkMs = 100;

// The worklet only forwards samples; resampling and batching happen on the main thread.
const workletSource = `
registerProcessor("pcm-forwarder", class extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (channel) this.port.postMessage(channel.slice(0));
    return true;
  }
});`;

export type PcmCapture = {
  analyser: AnalyserNode;
  stop: () => Promise<void>;
};

export async function startPcmCapture(options: {
  stream: MediaStream;
  onChunk: (pcm: ArrayBuffer, durationMs: number) => void;
}): Promise<PcmCapture> {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(options.stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);

  const moduleUrl = URL.createObjectURL(new Blob([workletSource], { type: "text/javascript" }));
  await context.audioWorklet.addModule(moduleUrl);
  URL.revokeObjectURL(moduleUrl);
  const forwarder = new AudioWorkletNode(context, "pcm-forwarder");
  source.connect(forwarder);

  const ratio = context.sampleRate / pcmSampleRate;
  const samplesPerChunk = (pcmSampleRate * chunkMs) / 1000;
  let buffer = new Int16Array(samplesPerChunk);
  let filled = 0;
  let carry = 0;
  forwarder.port.onmessage = (message: MessageEvent<Float32Array>) => {
    const input = message.data;
    // Averaging each window of input samples is a cheap low-pass before decimation.
    let position = carry;
    for (; position < input.length; position += ratio) {
      const from = Math.floor(position);
      const to = Math.min(input.length, Math.floor(position + ratio));
      let sum = 0;
      for (let i = from; i < to; i++) sum += input[i] ?? 0;
      const sample = Math.max(-1, Math.min(1, sum / Math.max(1, to - from)));
      buffer[filled++] = sample < 0 ? sample * 0x8000 : sample * 0x7fff;
      if (filled === samplesPerChunk) {
        options.onChunk(buffer.buffer, chunkMs);
        buffer = new Int16Array(samplesPerChunk);
        filled = 0;
      }
    }
    carry = position - input.length;
  };

  return {
    analyser,
    async stop() {
      forwarder.port.onmessage = null;
      source.disconnect();
      await context.close();
    },
  };
}
