// Every text the candidate reads, in the position's language. Safe for server and client.
import { noticeMessages } from "@/lib/compliance/notice/notice-messages";
import { selfIdMessages } from "@/lib/compliance/self-identification/self-id-messages";
import { consentMessages } from "@/lib/i18n/consent-messages";
import { getBaseLanguage } from "@/lib/i18n/languages";
import type { RecordingState } from "./question-step-view";

export type MicProblem = "blocked" | "unavailable";

// The browser tests match these English texts: change them together.
const en = {
  lang: "en",
  title: "Your interview",
  header: {
    greeting: (name: string) => `Hello ${name}. This is a spoken interview with `,
    questionCount: (count: number) => `${count} questions`,
    pacing: (languageName: string) =>
      `, asked one at a time in ${languageName}. Answer in your own words; pauses are fine.`,
  },
  consent: consentMessages.en,
  notice: noticeMessages.en,
  selfIdentification: selfIdMessages.en,
  micCheck: {
    heading: "Check your microphone",
    welcomeBack: "Welcome back",
    resumeNote: (questionNumber: number) =>
      `Your answers so far are saved. You will continue at question ${questionNumber}.`,
    modeLegend: "How will you answer?",
    modeSpeech: "Speak (live transcript)",
    modeTyped: "Type my answers",
    sttOff: "Speech-to-text is off on this server, so you will type your answers.",
    speakPrompt: "Say something: the bar should move while you speak.",
    levelLabel: "Microphone level",
    browserWillAsk: "Your browser will ask to use the microphone.",
    waiting: "Waiting for permission…",
    allow: "Allow microphone",
    problems: {
      blocked: "The microphone was blocked.",
      unavailable: "No microphone could be opened.",
    } satisfies Record<MicProblem, string>,
    typeInstead: " You can type your answers instead.",
    start: "Start the interview",
    resume: "Resume the interview",
  },
  question: {
    progress: (number: number, total: number) => `Question ${number} of ${total}`,
    mute: "Mute voice",
    unmute: "Unmute voice",
    readAgain: "Read it again",
    readingAloud: "Reading aloud…",
    aiVoiceNotice: "The interviewer's voice is AI-generated.",
    transcriptHeading: "Your answer so far",
    listening: "Listening… take your time; pauses are fine.",
    wordsAppear: "Your words appear here as you speak.",
    typeBelow: "Type your answer below.",
    saving: "Saving…",
    saved: "Saved",
    saveRetrying: "Saving your answer is taking longer; retrying…",
    transcriptionStopped:
      "Live transcription stopped and could not reconnect. What was saved stays; please type the rest of your answer.",
    typeInstead: "Type instead",
    yourAnswer: "Your answer",
    savePart: "Save this part",
    pause: "Pause recording",
    resume: "Resume recording",
    next: "Next question",
    finish: "Finish",
    followUp: "Follow-up",
    timeLeft: "Time left",
    clock: (time: string) => `${time} left`,
    timeWarning: (seconds: number) => `${seconds} seconds left for this answer.`,
    timeUp: "Time is up: your answer is saved.",
    doneNext: "Done? Next question",
    doneFinish: "Done? Finish",
    typing: "Typing",
    recording: {
      paused: "Paused",
      reading: "Reading the question",
      recording: "Recording",
      reconnecting: "Reconnecting…",
      failed: "Transcription failed",
      connecting: "Connecting…",
    } satisfies Record<RecordingState, string>,
  },
  mediaRoom: {
    unavailable: (reason: string) => `Media room unavailable: ${reason}`,
    state: (state: string) => `Media room: ${state}`,
  },
  savingLast: "Saving your last answer…",
  evaluating: {
    heading: "Evaluating your interview",
    intro:
      "This usually takes less than a minute. You can keep this page open; the report appears here when it is ready.",
    stages: {
      saved: "Your answers are saved",
      scoring: "Scoring each answer against the rubric",
      writing: "Writing your report",
    },
    done: " (done)",
    inProgress: " (in progress)",
  },
  report: {
    heading: "Your evaluation report",
    scoredByOffline:
      "Scored by the offline heuristic scorer (no AI model configured on this server).",
    scoredByModel: (model: string) => `Scored by OpenAI ${model}.`,
    overallScore: "Overall score",
    recommendation: "Recommendation",
    recommendations: {
      strong_hire: "Strong hire",
      hire: "Hire",
      lean_hire: "Lean hire",
      no_hire: "No hire",
      needs_review: "Awaiting a recruiter's review",
    } as Record<string, string>,
    evidence: "From your answer",
    strengths: "Strengths",
    improvements: "To improve",
    thankYouHeading: "Thank you for your interview",
    thankYou: "Your answers have been received. The company will be in touch about the next steps.",
    feedbackIntro:
      "What went well and what to work on, for each answer. Scores and the hiring decision stay with the company.",
    reviewedByPerson: "set by a recruiter",
  },
  failure: {
    heading: "Something went wrong.",
    evaluationFailed: "The evaluation failed.",
    unsavedAnswer: "Some of your answer could not be saved yet.",
  },
};

export type CandidateMessages = typeof en;

// LiveKit's ConnectionState values; English shows them as they are.
const koreanRoomStates: Record<string, string> = {
  connected: "연결됨",
  connecting: "연결하는 중",
  reconnecting: "다시 연결하는 중",
  signalReconnecting: "다시 연결하는 중",
  disconnected: "연결 끊김",
};

const ko: CandidateMessages = {
  lang: "ko",
  title: "면접",
  header: {
    greeting: (name: string) => `${name}님, 안녕하세요. 이번 면접은 음성 면접으로, `,
    questionCount: (count: number) => `질문 ${count}개`,
    pacing: (languageName: string) =>
      `를 ${languageName}로 한 번에 하나씩 드립니다. 편하게 본인의 말로 답변해 주세요. 중간에 잠시 생각하셔도 괜찮습니다.`,
  },
  consent: consentMessages.ko,
  notice: noticeMessages.ko,
  selfIdentification: selfIdMessages.ko,
  micCheck: {
    heading: "마이크를 확인해 주세요",
    welcomeBack: "다시 오신 것을 환영합니다",
    resumeNote: (questionNumber: number) =>
      `지금까지의 답변은 저장되어 있습니다. ${questionNumber}번 질문부터 이어서 진행합니다.`,
    modeLegend: "어떤 방식으로 답변하시겠어요?",
    modeSpeech: "말로 답변하기 (실시간 텍스트 변환)",
    modeTyped: "글로 입력하기",
    sttOff: "이 서버에서는 음성 인식을 사용할 수 없어 답변을 직접 입력하시게 됩니다.",
    speakPrompt: "말씀을 해 보세요. 말하는 동안 막대가 움직이면 정상입니다.",
    levelLabel: "마이크 음량",
    browserWillAsk: "브라우저에서 마이크 사용 권한을 요청합니다.",
    waiting: "권한을 기다리는 중…",
    allow: "마이크 허용",
    problems: {
      blocked: "마이크 사용이 차단되었습니다.",
      unavailable: "마이크를 열 수 없습니다.",
    },
    typeInstead: " 대신 답변을 직접 입력하실 수 있습니다.",
    start: "면접 시작하기",
    resume: "면접 이어서 하기",
  },
  question: {
    progress: (number: number, total: number) => `질문 ${number} / ${total}`,
    mute: "음성 끄기",
    unmute: "음성 켜기",
    readAgain: "다시 듣기",
    readingAloud: "읽는 중…",
    aiVoiceNotice: "면접관의 음성은 AI로 생성되었습니다.",
    transcriptHeading: "지금까지의 답변",
    listening: "듣고 있습니다… 천천히 말씀하세요. 잠시 멈추셔도 괜찮습니다.",
    wordsAppear: "말씀하시는 내용이 여기에 표시됩니다.",
    typeBelow: "아래에 답변을 입력해 주세요.",
    saving: "저장 중…",
    saved: "저장됨",
    saveRetrying: "답변 저장이 늦어지고 있어 다시 시도하는 중입니다…",
    transcriptionStopped:
      "실시간 음성 인식이 중단되었고 다시 연결하지 못했습니다. 저장된 내용은 그대로 남아 있으니, 나머지 답변은 직접 입력해 주세요.",
    typeInstead: "직접 입력하기",
    yourAnswer: "답변",
    savePart: "이 부분 저장",
    pause: "녹음 일시정지",
    resume: "녹음 다시 시작",
    next: "다음 질문",
    finish: "면접 마치기",
    followUp: "추가 질문",
    timeLeft: "남은 시간",
    clock: (time: string) => `남은 시간 ${time}`,
    timeWarning: (seconds: number) => `이 답변의 남은 시간은 ${seconds}초입니다.`,
    timeUp: "시간이 다 되어 답변을 저장했습니다.",
    doneNext: "답변을 마치셨나요? 다음 질문",
    doneFinish: "답변을 마치셨나요? 면접 마치기",
    typing: "입력 중",
    recording: {
      paused: "일시정지됨",
      reading: "질문 읽는 중",
      recording: "녹음 중",
      reconnecting: "다시 연결하는 중…",
      failed: "음성 인식 실패",
      connecting: "연결하는 중…",
    },
  },
  mediaRoom: {
    unavailable: (reason: string) => `미디어 룸을 사용할 수 없습니다: ${reason}`,
    state: (state: string) => `미디어 룸: ${koreanRoomStates[state] ?? state}`,
  },
  savingLast: "마지막 답변을 저장하는 중입니다…",
  evaluating: {
    heading: "면접을 평가하고 있습니다",
    intro:
      "보통 1분 안에 끝납니다. 이 페이지를 열어 두시면 리포트가 준비되는 대로 여기에 표시됩니다.",
    stages: { saved: "답변 저장", scoring: "평가 기준에 따른 답변별 채점", writing: "리포트 작성" },
    done: " (완료)",
    inProgress: " (진행 중)",
  },
  report: {
    heading: "평가 리포트",
    scoredByOffline:
      "오프라인 휴리스틱 채점기로 채점했습니다(이 서버에는 AI 모델이 설정되어 있지 않습니다).",
    scoredByModel: (model: string) => `OpenAI ${model} 모델로 채점했습니다.`,
    overallScore: "종합 점수",
    recommendation: "채용 의견",
    recommendations: {
      strong_hire: "적극 추천",
      hire: "추천",
      lean_hire: "조건부 추천",
      no_hire: "비추천",
      needs_review: "채용 담당자 검토 대기",
    },
    evidence: "답변에서 인용",
    strengths: "강점",
    improvements: "보완할 점",
    thankYouHeading: "면접에 참여해 주셔서 감사합니다",
    thankYou: "답변이 접수되었습니다. 다음 단계는 회사에서 안내해 드립니다.",
    feedbackIntro: "답변별로 잘한 점과 보완할 점입니다. 점수와 채용 결정은 회사만 확인합니다.",
    reviewedByPerson: "채용 담당자가 조정함",
  },
  failure: {
    heading: "문제가 발생했습니다.",
    evaluationFailed: "평가를 완료하지 못했습니다.",
    unsavedAnswer: "답변 일부를 아직 저장하지 못했습니다.",
  },
};

/** The candidate's texts for a position language tag ("ko", "ko-KR"); English otherwise. */
export function getCandidateMessages(language: string): CandidateMessages {
  return getBaseLanguage(language) === "ko" ? ko : en;
}
