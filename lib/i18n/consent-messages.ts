// What the consent screen tells a candidate (what is recorded, who sees it, how long it is kept),
// in the position's language. The candidate page and the invitation email state the same facts
// from here. Safe for server and client.

const en = {
  heading: "Before you start",
  recordedTerm: "What is recorded",
  recordedSpeech:
    "Your microphone, while a question is open. The audio is transcribed live and the transcript of each answer is saved (text with timings).",
  audioNotStored: " We do not store the audio.",
  signals:
    " For the recruiter's review we also note whether the page loses focus, text pasted into typed answers, long silences before answering, and, after evaluation, answers very similar to other answers. These are shown to the recruiter to look at; they never change a score.",
  recordingTerm: "Recording your voice (optional)",
  recordingDetail: (company: string, days: number) =>
    `${company} asks to record the audio of each answer, so a recruiter can listen to it beside the transcript. The recordings are stored by ${company}'s interview service (on its server or its cloud storage), played only through short-lived private links, and deleted with the transcript ${days} days after the interview or sooner on request. If you do not agree, the interview is the same, without recording.`,
  recordingAgree: "Record the audio of my answers.",
  recordedTyped:
    "The answers you type. Speech-to-text is off for this interview, so nothing is recorded from your microphone.",
  mediaRoom: (company: string) =>
    ` Your microphone is also streamed to a private room where a recruiter of ${company} may listen live; the room keeps no recording.`,
  whoTerm: "Who sees it",
  whoDetail: (company: string) =>
    `Recruiters of ${company}, and you. An AI model scores each answer against a rubric; the report shows the quotes from your transcript that each score rests on.`,
  keptTerm: "How long it is kept",
  keptDetail: (days: number, company: string) =>
    `${days} days after the interview, then the transcript and report are deleted. Ask ${company} to delete them sooner at any time.`,
  agree: "I understand and agree to take this interview on these terms.",
  continue: "Continue",
};

export type ConsentMessages = typeof en;

const ko: ConsentMessages = {
  heading: "시작하기 전에",
  recordedTerm: "기록되는 내용",
  recordedSpeech:
    "질문이 열려 있는 동안 마이크 음성이 기록됩니다. 음성은 실시간으로 텍스트로 변환되며, 각 답변의 기록(텍스트와 시간 정보)이 저장됩니다.",
  audioNotStored: " 음성 파일은 저장하지 않습니다.",
  signals:
    " 채용 담당자의 검토를 위해 페이지에서 벗어났는지, 입력 답변에 붙여 넣은 텍스트, 답변 전의 긴 침묵, 그리고 평가 후 다른 답변과 매우 비슷한 답변인지도 기록합니다. 이는 담당자가 살펴보도록 표시될 뿐 점수를 바꾸지 않습니다.",
  recordingTerm: "음성 녹음 (선택)",
  recordingDetail: (company: string, days: number) =>
    `${company}는 채용 담당자가 답변 기록과 함께 들을 수 있도록 각 답변의 음성을 녹음하고자 합니다. 녹음 파일은 ${company}의 면접 서비스(서버 또는 클라우드 저장소)에 보관되고, 짧은 시간만 유효한 비공개 링크로만 재생되며, 면접 후 ${days}일이 지나거나 요청하시면 답변 기록과 함께 삭제됩니다. 동의하지 않으셔도 녹음 없이 똑같이 면접이 진행됩니다.`,
  recordingAgree: "내 답변의 음성 녹음에 동의합니다.",
  recordedTyped:
    "직접 입력하신 답변이 저장됩니다. 이번 면접에서는 음성 인식을 사용하지 않으므로 마이크로는 아무것도 기록되지 않습니다.",
  mediaRoom: (company: string) =>
    ` 또한 마이크 음성은 비공개 룸으로 실시간 전송되어 ${company}의 채용 담당자가 들을 수 있습니다. 룸에는 녹음이 남지 않습니다.`,
  whoTerm: "열람할 수 있는 사람",
  whoDetail: (company: string) =>
    `${company}의 채용 담당자와 지원자 본인입니다. AI 모델이 평가 기준에 따라 각 답변을 채점하며, 리포트에는 각 점수의 근거가 된 답변 내용이 인용되어 표시됩니다.`,
  keptTerm: "보관 기간",
  keptDetail: (days: number, company: string) =>
    `면접 후 ${days}일 동안 보관하며, 이후 답변 기록과 리포트는 삭제됩니다. 그 전에 삭제를 원하시면 언제든지 ${company}에 요청하실 수 있습니다.`,
  agree: "위 내용을 확인했으며, 이에 동의하고 면접에 응합니다.",
  continue: "계속하기",
};

export const consentMessages = { en, ko } as const;
