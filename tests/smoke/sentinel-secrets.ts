// Stand-ins for every secret the app reads for Deepgram, LiveKit and OpenAI: recognisable if one
// reached a file a browser downloads, and different from whatever a machine's own settings hold.
export const sentinelSecrets = {
  DEEPGRAM_API_KEY: "sentinel-deepgram-key-7c1e93b0",
  LIVEKIT_URL: "wss://sentinel-livekit.invalid",
  LIVEKIT_API_KEY: "sentinel-livekit-key-51d0a2",
  LIVEKIT_API_SECRET: "sentinel-livekit-secret-e84f6b19d2",
  OPENAI_API_KEY: "sentinel-openai-key-3a9f0c55",
};
